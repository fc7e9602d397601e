/**
 * Check digits of national identity numbers read by the national-id rule for further countries (fresh37 to fresh41,
 * 2026-12-04), and the weighted sum most of them share. Each takes the number as written and ignores its separators.
 */

function digitsOf(written: string): string {
  return written.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
}

/** The digits of `digits` times their weights, summed (as many digits as weights). */
export function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < weights.length; index += 1) sum += (digits.charCodeAt(index) - 48) * (weights[index] ?? 0);
  return sum;
}

const IRD_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const IRD_SECOND_WEIGHTS = [7, 4, 3, 2, 5, 2, 7, 6];
/** New Zealand's IRD number: eight or nine digits, weighted mod 11, a second set of weights when the first gives 10. */
export function irdValid(written: string): boolean {
  const digits = written.replace(/-/g, '').padStart(9, '0');
  const value = Number(digits);
  if (value < 10_000_000 || value > 150_000_000) return false;
  const base = digits.slice(0, 8);
  const check = Number(digits.charAt(8));
  for (const weights of [IRD_WEIGHTS, IRD_SECOND_WEIGHTS]) {
    const remainder = weightedSum(base, weights) % 11;
    const expected = remainder === 0 ? 0 : 11 - remainder;
    if (expected !== 10) return expected === check;
  }
  return false;
}

const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
/** Mexico's CURP: each of 17 characters' place in the alphabet, weighted 18..2, (10 - sum mod 10) mod 10. */
export function curpValid(curp: string): boolean {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += CURP_ALPHABET.indexOf(curp.charAt(index)) * (18 - index);
  return (10 - (sum % 10)) % 10 === Number(curp.charAt(17));
}

/** Japan's My Number: weights 2..7 then 2..6 from the right, 11 minus the rest (0 when the rest is 0 or 1). */
export function myNumberValid(written: string): boolean {
  const digits = written.replace(/ /g, '');
  let sum = 0;
  for (let n = 1; n <= 11; n += 1) sum += Number(digits.charAt(11 - n)) * (n <= 6 ? n + 1 : n - 5);
  const remainder = sum % 11;
  return (remainder <= 1 ? 0 : 11 - remainder) === Number(digits.charAt(11));
}

const MEDICARE_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9];
/** Australia's Medicare number: weights 1,3,7,9 twice on eight digits, mod 10 is the ninth. */
export function medicareValid(written: string): boolean {
  const digits = written.replace(/[ -]/g, '');
  return weightedSum(digits.slice(0, 8), MEDICARE_WEIGHTS) % 10 === Number(digits.charAt(8));
}

/** Iceland's kennitala: weights 3,2,7,6,5,4,3,2 on the first eight digits, 11 minus the rest (10 is no number). */
export function kennitalaValid(written: string): boolean {
  const digits = digitsOf(written);
  if (digits.length !== 10) return false;
  const rest = 11 - (weightedSum(digits, [3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return (rest === 11 ? 0 : rest) === digits.charCodeAt(8) - 48;
}

/** Hungary's TAJ: weights 3 and 7 in turn on eight digits, the sum mod 10. */
export function tajValid(written: string): boolean {
  const digits = digitsOf(written);
  return digits.length === 9 && weightedSum(digits, [3, 7, 3, 7, 3, 7, 3, 7]) % 10 === digits.charCodeAt(8) - 48;
}

/** Ukraine's RNOKPP (taxpayer number): weights -1,5,7,9,4,6,10,5,7, mod 11, mod 10. */
export function rnokppValid(written: string): boolean {
  const digits = digitsOf(written);
  return digits.length === 10 && (((weightedSum(digits, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11) + 11) % 11) % 10 === digits.charCodeAt(9) - 48;
}

/** Chile's RUT/RUN: weights 2..7 from the right, 11 minus the rest; 11 is 0, 10 is K. */
export function rutValid(written: string): boolean {
  const compact = digitsOf(written);
  const body = compact.slice(0, -1);
  if (!/^[0-9]{7,8}$/.test(body)) return false;
  let sum = 0;
  for (let index = body.length - 1, weight = 2; index >= 0; index -= 1, weight = weight === 7 ? 2 : weight + 1) sum += (body.charCodeAt(index) - 48) * weight;
  const rest = 11 - (sum % 11);
  return (rest === 11 ? '0' : rest === 10 ? 'K' : String(rest)) === compact.slice(-1);
}

/** Argentina's CUIT/CUIL: weights 5,4,3,2,7,6,5,4,3,2, 11 minus the rest (11 is 0, 10 is no number). */
export function cuitValid(written: string): boolean {
  const digits = digitsOf(written);
  if (digits.length !== 11) return false;
  const rest = 11 - (weightedSum(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return rest !== 10 && (rest === 11 ? 0 : rest) === digits.charCodeAt(10) - 48;
}

/** Brazil's CNPJ: two mod-11 check digits. */
export function cnpjValid(written: string): boolean {
  const digits = digitsOf(written);
  if (digits.length !== 14 || /^(\d)\1{13}$/.test(digits)) return false;
  const check = (length: number, weights: readonly number[]) => {
    const rest = weightedSum(digits.slice(0, length), weights) % 11;
    return (rest < 2 ? 0 : 11 - rest) === digits.charCodeAt(length) - 48;
  };
  return check(12, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) && check(13, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
}

/** South Korea's resident registration number (before 2020): weights 2..9,2..5, (11 - rest) mod 10. */
export function rrnValid(written: string): boolean {
  const digits = digitsOf(written);
  return digits.length === 13 && (11 - (weightedSum(digits, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === digits.charCodeAt(12) - 48;
}

const TAIWAN_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
/** Taiwan's national ID: the letter as a two-digit code (A=10 … in the official order), then weights 1,9,8..1,1, mod 10. */
export function taiwanIdValid(written: string): boolean {
  const compact = digitsOf(written);
  const letter = TAIWAN_LETTERS.indexOf(compact.charAt(0));
  if (letter < 0 || !/^[A-Z][12][0-9]{8}$/.test(compact)) return false;
  const code = letter + 10;
  let sum = Math.floor(code / 10) + (code % 10) * 9;
  for (let index = 1; index < 9; index += 1) sum += (compact.charCodeAt(index) - 48) * (9 - index);
  sum += compact.charCodeAt(9) - 48;
  return sum % 10 === 0;
}

/** Hong Kong's HKID: one or two letters (a space counts 36), six digits, a check of 11 minus the rest (10 is A). */
export function hkidValid(written: string): boolean {
  const compact = digitsOf(written);
  const match = /^([A-Z]{1,2})([0-9]{6})([0-9A])$/.exec(compact);
  if (!match) return false;
  const letters = (match[1] as string).padStart(2, ' ');
  let sum = 0;
  for (let index = 0; index < 2; index += 1) sum += (letters.charAt(index) === ' ' ? 36 : letters.charCodeAt(index) - 55) * (9 - index);
  for (let index = 0; index < 6; index += 1) sum += ((match[2] as string).charCodeAt(index) - 48) * (7 - index);
  const rest = (11 - (sum % 11)) % 11;
  return (rest === 10 ? 'A' : String(rest)) === match[3];
}

/** China's resident identity number: ISO 7064 MOD 11-2 over 17 digits, its check 0-9 or X. */
export function chineseIdValid(written: string): boolean {
  const compact = digitsOf(written);
  if (!/^[0-9]{17}[0-9X]$/.test(compact)) return false;
  const sum = weightedSum(compact, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  return '10X98765432'.charAt(sum % 11) === compact.charAt(17);
}

/** Thailand's national ID: weights 13..2 on twelve digits, (11 - rest) mod 10. */
export function thaiIdValid(written: string): boolean {
  const digits = digitsOf(written);
  return digits.length === 13 && (11 - (weightedSum(digits, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10 === digits.charCodeAt(12) - 48;
}

const PIS_WEIGHTS = [3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
/** Brazil's PIS/PASEP number: ten digits weighted 3,2,9..2, 11 minus the sum mod 11 (0 for 10 and 11). */
export function pisValid(written: string): boolean {
  const digits = digitsOf(written);
  if (digits.length !== 11) return false;
  const check = 11 - (weightedSum(digits, PIS_WEIGHTS) % 11);
  return (check >= 10 ? 0 : check) === digits.charCodeAt(10) - 48;
}

/**
 * Spain's social security (afiliación) number: province (2), serial (8), control (2). The control is the first ten digits
 * mod 97, or, for a serial under 10,000,000, serial + province × 10,000,000 mod 97 (the older numbers).
 */
export function spanishSocialSecurityValid(written: string): boolean {
  const digits = digitsOf(written);
  if (digits.length !== 12) return false;
  const serial = Number(digits.slice(2, 10));
  const base = serial < 10_000_000 ? serial + Number(digits.slice(0, 2)) * 10_000_000 : Number(digits.slice(0, 10));
  return base % 97 === Number(digits.slice(10));
}

/** An American ITIN: nine digits starting with 9, the fourth and fifth in the IRS's ranges (50-65, 70-88, 90-92, 94-99). */
export function itinValid(written: string): boolean {
  const digits = digitsOf(written);
  const group = Number(digits.slice(3, 5));
  return digits.length === 9 && digits.startsWith('9') && ((group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94);
}

const RVNR_WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
/**
 * Germany's pension and social insurance number (Rentenversicherungsnummer): area (2), birth date (DDMMYY), the surname's
 * initial, serial (2), check digit. The letter counts as its place in the alphabet (two digits); weights 2,1,2,5,7,1,2,1,2,1,2,1,
 * the digits of each product summed, mod 10.
 */
export function germanPensionNumberValid(written: string): boolean {
  const compact = digitsOf(written);
  if (!/^[0-9]{8}[A-Z][0-9]{3}$/.test(compact)) return false;
  const digits = compact.slice(0, 8) + String(compact.charCodeAt(8) - 64).padStart(2, '0') + compact.slice(9, 11);
  let sum = 0;
  for (let index = 0; index < 12; index += 1) {
    const product = (digits.charCodeAt(index) - 48) * (RVNR_WEIGHTS[index] as number);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return sum % 10 === compact.charCodeAt(11) - 48;
}
