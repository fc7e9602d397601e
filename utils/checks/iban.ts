import { IBAN_SHAPE, ibanValid } from './lib/checksums';
import { finding } from './lib/finding';
import { scan } from './lib/scan';
import type { CheckRule } from './types';

// Country code, check digits, then 11..30 alphanumerics with optional single spaces or dashes.
// Each repetition consumes exactly one alphanumeric: no ambiguity, linear time.
const CANDIDATE = /(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?:[ -]?[A-Z0-9]){11,30}/g;

/** IBAN lengths per country (ISO 13616 registry, the ones our people are likely to meet). */
const LENGTHS: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27,
  GB: 22, GR: 27, HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MA: 28, MC: 27,
  MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24, SE: 24, SI: 19, SK: 24, SM: 27, TN: 24, TR: 26,
};

/** IBANs whose mod-97 checksum is valid, spaced or not. A look-alike with a bad checksum passes. */
export const iban: CheckRule = {
  id: 'iban',
  category: 'iban',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [CANDIDATE, IBAN_SHAPE],
  check(text, context) {
    const findings = [];
    for (const span of scan(CANDIDATE, text)) {
      const country = span.text.slice(0, 2);
      const expected = LENGTHS[country];
      const lengths = expected ? [expected] : range(15, 34);
      // Walk the span to find where the nth alphanumeric ends, for each plausible length (longest first).
      for (const length of lengths.reverse()) {
        let count = 0;
        let endOffset = -1;
        let compact = '';
        for (let index = 0; index < span.text.length; index += 1) {
          const char = span.text[index] as string;
          if (char === ' ' || char === '-') continue;
          compact += char;
          count += 1;
          if (count === length) {
            endOffset = index + 1;
            break;
          }
        }
        if (endOffset < 0 || !ibanValid(compact)) continue;
        const end = span.start + endOffset;
        findings.push(finding(this, context, { start: span.start, end }, 'check_iban'));
        break;
      }
    }
    return findings;
  },
};

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_value, index) => from + index);
}
