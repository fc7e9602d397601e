/** An ASCII digit (0-9), by code unit. */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** An ASCII letter (A-Z, a-z), by code unit: setting bit 5 folds the upper-case range onto the lower. */
export function isAsciiLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

/** An ASCII letter or digit ([A-Za-z0-9]), by code unit: the core of the character classes rules walk by hand. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code);
}
