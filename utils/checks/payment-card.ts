import { finding } from './lib/finding';
import { findIbans } from './lib/ibans';
import { scan } from './lib/scan';
import type { CheckRule } from './types';

// 13..19 digits, optionally grouped by single spaces or dashes; one digit per repetition: linear.
const CANDIDATE = /(?<![0-9A-Za-z.,])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])/g;
// Issuer prefixes (IIN ranges) of the networks in use: Visa, Mastercard, Amex, Discover, JCB, Diners, CB, UnionPay, Maestro.
const ISSUER = /^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6011|65|64[4-9]|35|62|5[06-8]|6[37])/;
const SEPARATORS = /[ -]/g;
// Other numbers that carry a Luhn check: a phone's IMEI, a French company's SIRET or SIREN; named just before.
const LUHN_NUMBER_NAMED_BEFORE = /(?<![\p{L}])(?:IMEI(?:SV)?|MEID|SIRET|SIREN)(?![\p{L}])[^0-9\n]{0,12}$/iu;

/** ISSUER on the first digits of a candidate (-1 past its end): the same prefixes, by numbers. */
function knownIssuer(a: number, b: number, c: number, d: number): boolean {
  if (a === 4) return true;
  if (a === 5) return b >= 0 && b <= 8; // 5[1-5] and 5[06-8]
  if (a === 2) return b >= 2 && b <= 7;
  if (a === 3) return b === 0 || (b >= 4 && b <= 9); // 3[47], 3[0689], 35
  if (a === 6) return (b === 0 && c === 1 && d === 1) || b === 2 || b === 3 || b === 5 || b === 7 || (b === 4 && c >= 4);
  return false;
}

/**
 * Whether a candidate (digits with single spaces or dashes) is a card number: known issuer, 13..19
 * digits, Luhn, consistent separators, not one digit repeated. Read by char codes in two walks, with no
 * string built: a table of figures or a pasted run of digits has thousands of candidates, nearly all
 * rejected (the same tests as ISSUER and luhnValid on the digits, and not one digit repeated).
 */
function isCardNumber(candidate: string): boolean {
  const first = [-1, -1, -1, -1];
  let count = 0;
  let space = false;
  let dash = false;
  for (let index = 0; index < candidate.length; index += 1) {
    const code = candidate.charCodeAt(index);
    if (code === 32) space = true;
    else if (code === 45) dash = true;
    else if (count < 4) first[count++] = code - 48;
    else count += 1;
  }
  if (count < 13 || count > 19 || (space && dash)) return false;
  if (!knownIssuer(first[0] as number, first[1] as number, first[2] as number, first[3] as number)) return false;
  let sum = 0;
  let double = false;
  let repeated = true;
  for (let index = candidate.length - 1; index >= 0; index -= 1) {
    const code = candidate.charCodeAt(index);
    if (code === 32 || code === 45) continue;
    let digit = code - 48;
    if (digit !== first[0]) repeated = false;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0 && !repeated;
}

/** Payment card numbers: known issuer prefix, 13..19 digits and a valid Luhn check. Fix: masked number. */
export const paymentCard: CheckRule = {
  id: 'payment-card',
  category: 'card',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [CANDIDATE, ISSUER, SEPARATORS, LUHN_NUMBER_NAMED_BEFORE],
  check(text, context) {
    const findings = [];
    // Digits of an IBAN's account number can pass Luhn by chance: inside a valid IBAN they are the IBAN.
    // Looked up only once a candidate passes every other test (most candidates of a table of figures fail).
    let ibans: readonly { start: number; end: number }[] | undefined;
    let next = 0; // both lists are sorted by start, and neither overlaps itself
    for (const span of scan(CANDIDATE, text)) {
      if (!isCardNumber(span.text)) continue;
      if (LUHN_NUMBER_NAMED_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start))) continue;
      const digits = span.text.replace(SEPARATORS, '');
      ibans ??= findIbans(text);
      while (next < ibans.length && (ibans[next] as { end: number }).end <= span.start) next += 1;
      const around = ibans[next];
      if (around && around.start <= span.start && span.end <= around.end) continue;
      const masked = '•••• ' + digits.slice(-4);
      findings.push(finding(this, context, span, 'check_payment_card', [digits.slice(-4)], masked));
    }
    return findings;
  },
};
