/** Luhn (mod 10) check used by payment card numbers. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    let digit = digits.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return false;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

/** ISO 13616 IBAN check: move the first four characters to the end, letters to numbers, mod 97 = 1. */
export const IBAN_SHAPE = /^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/;

export function ibanValid(compact: string): boolean {
  if (!IBAN_SHAPE.test(compact)) return false;
  // Mod 97 over the rearranged digits, by char codes (a letter is two digits, 10..35): no strings built,
  // since a table of IBAN-like references asks this for thousands of candidates.
  let remainder = 0;
  const length = compact.length;
  for (let step = 0; step < length; step += 1) {
    const code = compact.charCodeAt((step + 4) % length);
    remainder = code >= 65 ? (remainder * 100 + code - 55) % 97 : (remainder * 10 + code - 48) % 97;
  }
  return remainder === 1;
}
