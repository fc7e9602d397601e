import { IBAN_SHAPE } from './lib/checksums';
import { finding } from './lib/finding';
import { findIbans, IBAN_CANDIDATE, IBAN_GATE } from './lib/ibans';
import { scan } from './lib/scan';
import type { CheckRule } from './types';

// A French RIB as printed on a relevé d'identité bancaire: bank (5), branch (5), account (11, letters
// allowed), key (2), spaced; its key (97 - (89 bank + 15 branch + 3 account) mod 97) keeps other figures out.
const RIB = /(?<![0-9A-Za-z])([0-9]{5}) ([0-9]{5}) ([0-9A-Za-z]{11}) ([0-9]{2})(?![0-9A-Za-z])/g;
const RIB_GATE = /[0-9]{5} [0-9]{5} /;
// A British sort code and account number ("sort code 40-05-15, account 12345678"): named, as people give them.
const SORT_CODE = /(?<![\p{L}])sort[ -]?code:?[ \t]{0,3}([0-9]{2}[- ]?[0-9]{2}[- ]?[0-9]{2})[^0-9\n]{0,30}?(?<![0-9])([0-9]{8})(?![0-9])/giu;
const SORT_CODE_GATE = /sort[ -]?code/i;

// A..I, J..R and S..Z count 1..9, 1..9 and 2..9 in a RIB key.
const RIB_LETTER_VALUES = '12345678912345678923456789';

/** The RIB key of bank, branch and account (letters of the account as the Banque de France maps them). */
export function ribKeyValid(bank: string, branch: string, account: string, key: string): boolean {
  const digits = account.toUpperCase().replace(/[A-Z]/g, (letter) => RIB_LETTER_VALUES.charAt(letter.charCodeAt(0) - 65));
  const remainder = (89 * Number(bank) + 15 * Number(branch) + 3 * Number(digits)) % 97;
  return 97 - remainder === Number(key);
}

/**
 * IBANs whose mod-97 checksum is valid, spaced or not, in either case; French RIBs with a valid key; British
 * sort codes with their account number. A look-alike with a bad checksum passes.
 */
export const iban: CheckRule = {
  id: 'iban',
  category: 'iban',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [IBAN_CANDIDATE, IBAN_GATE, IBAN_SHAPE, RIB, RIB_GATE, SORT_CODE, SORT_CODE_GATE],
  check(text, context) {
    const findings = findIbans(text).map((span) => finding(this, context, span, 'check_iban'));
    if (RIB_GATE.test(text)) {
      for (const span of scan(RIB, text)) {
        const [bank = '', branch = '', account = '', key = ''] = span.groups;
        if (ribKeyValid(bank, branch, account, key)) findings.push(finding(this, context, span, 'check_iban'));
      }
    }
    if (SORT_CODE_GATE.test(text)) {
      for (const span of scan(SORT_CODE, text)) findings.push(finding(this, context, span, 'check_iban'));
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
