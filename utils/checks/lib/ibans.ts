import { ibanValid } from './checksums';
import { scan } from './scan';

// Country code, check digits, then 11..30 alphanumerics with optional spaces or dashes (up to two: a
// doubled space slips in when groups are retyped or pasted, "DE56 7877  8932 …").
// Each repetition consumes exactly one alphanumeric: no ambiguity, linear time. Either case: people
// copy IBANs from forms that lower-case them ("fr76 3000 …"); the checksum keeps prose out.
export const IBAN_CANDIDATE = /(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?:[ -]{0,2}[A-Za-z0-9]){11,30}/g;
// Cheap test before the scan: two digits after two letters.
export const IBAN_GATE = /[A-Za-z]{2}[0-9]{2}/;
const SEPARATORS = /[ -]/g;
export const SAID_INVALID = /(?<![^\P{L}])(?:invalid|invalide|not (?:even )?(?:an? )?valid|pas (?:m[êe]me )?(?:un )?(?:IBAN )?valide|n['’]existe pas|doesn['’]t exist|does not exist)(?![^\P{L}])/iu;

/** IBAN lengths per country (ISO 13616 registry, the ones our people are likely to meet). */
const LENGTHS: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27,
  GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MA: 28, MC: 27,
  MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26,
};
const LOWER_CASE = /[a-z]/;
const ALL_LENGTHS = Array.from({ length: 20 }, (_value, index) => 34 - index);

/** Offset just past the `length`-th alphanumeric of a candidate (separators skipped), or -1 when it is shorter. */
function endOfCount(candidate: string, length: number): number {
  let count = 0;
  for (let index = 0; index < candidate.length; index += 1) {
    const code = candidate.charCodeAt(index);
    if (code === 32 || code === 45) continue;
    count += 1;
    if (count === length) return index + 1;
  }
  return -1;
}

/**
 * Length in code units of the valid IBAN a candidate starts with, or 0 when there is none; negative when its length is
 * one off its country's (see findIbans).
 */
function validLength(candidate: string): number {
  const country = candidate.slice(0, 2).toUpperCase();
  const expected = LENGTHS[country];
  // A lower-case candidate must be of a known country: fewer chances for prose to pass the checksum.
  if (!expected && country !== candidate.slice(0, 2)) return 0;
  // For each plausible length (longest first), where the length-th alphanumeric ends: counted by char
  // codes, then one string for the checksum (not one built character by character per length tried).
  for (const length of expected ? [expected] : ALL_LENGTHS) {
    const endOffset = endOfCount(candidate, length);
    if (endOffset < 0) continue;
    // A country not listed is read in capitals only: 20 lengths tried on prose ("FY27 budget for the Japan office") pass
    // the checksum one time in five (fresh45, 2026-12-04).
    if (!expected && LOWER_CASE.test(candidate.slice(0, endOffset))) continue;
    if (ibanValid(candidate.slice(0, endOffset).replace(SEPARATORS, '').toUpperCase())) return endOffset;
  }
  // One character more or fewer than its country's length, ending a group, passing mod-97, in capitals: an IBAN mistyped
  // or misremembered, still someone's account to a reader ("LU49 0019 9395 5972 0099 5", 21 characters where Luxembourg
  // has 20, in two blind sets, 2026-12-03). The checksum keeps chance matches at 1 in 97.
  if (expected && country === candidate.slice(0, 2)) {
    for (const length of [expected + 1, expected - 1]) {
      const endOffset = endOfCount(candidate, length);
      const next = candidate.charCodeAt(endOffset);
      if (endOffset < 0 || !(endOffset === candidate.length || next === 32 || next === 45)) continue;
      if (ibanValid(candidate.slice(0, endOffset).replace(SEPARATORS, ''))) return -endOffset;
    }
  }
  return 0;
}

let lastText: string | undefined;
let lastIbans: readonly { start: number; end: number }[] = [];

/**
 * Spans of valid IBANs (mod-97), spaced or not, upper or lower case. The iban rule reports them and
 * payment-card skips digit runs inside them; both ask for the same draft, so the last result is kept
 * (a pure memo). Do not mutate the result.
 */
export function findIbans(text: string): readonly { start: number; end: number }[] {
  if (text === lastText) return lastIbans;
  const found: { start: number; end: number }[] = [];
  if (IBAN_GATE.test(text)) {
    // A pasted table repeats the same candidates: each distinct one is checked once per draft.
    const lengthOf = new Map<string, number>();
    for (const span of scan(IBAN_CANDIDATE, text)) {
      let length = lengthOf.get(span.text);
      if (length === undefined) {
        length = validLength(span.text);
        lengthOf.set(span.text, length);
      }
      if (length > 0) found.push({ start: span.start, end: span.start + length });
      // A length one off, said to be invalid in the words around it ("ce n'est même pas un IBAN valide"): a fake, not an account.
      else if (length < 0 && !SAID_INVALID.test(text.slice(Math.max(0, span.start - 120), span.end - length + 120))) {
        found.push({ start: span.start, end: span.start - length });
      }
    }
  }
  lastText = text;
  lastIbans = found;
  return found;
}
