import { IBAN_SHAPE } from './lib/checksums';
import { finding } from './lib/finding';
import { findIbans, IBAN_CANDIDATE, IBAN_GATE } from './lib/ibans';
import type { CheckRule } from './types';

/** IBANs whose mod-97 checksum is valid, spaced or not, in either case. A look-alike with a bad checksum passes. */
export const iban: CheckRule = {
  id: 'iban',
  category: 'iban',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [IBAN_CANDIDATE, IBAN_GATE, IBAN_SHAPE],
  check(text, context) {
    return findIbans(text).map((span) => finding(this, context, span, 'check_iban'));
  },
};
