import { CHEQUE_SPECIMEN, DOCS_STATUS, FOR_INSTANCE, OWNED_BEFORE, QA_PEOPLE, REAL_CASE_EXAMPLE, saidToBeSpecimen } from './lib/example-words';
import { finding } from './lib/finding';
import { scan } from './lib/scan';
import type { CheckRule } from './types';

// Sex (1/2, 3/4/7/8 for provisional numbers), year, month, department (incl. Corsica 2A/2B) and
// commune, order number, key; optional single spaces between groups as on the carte Vitale, or dots.
const CANDIDATE =
  /(?<![0-9A-Za-z.])([1-478])[ .]?([0-9]{2})[ .]?([0-9]{2})[ .]?([0-9]{2}|2[AaBb])[ .]?([0-9])[ .]?([0-9]{2})[ .]?([0-9]{3})[ .]?([0-9]{2})(?![0-9A-Za-z]|\.[0-9])/g;

/** Checks the NIR key: 97 - (number mod 97), with 2A/2B replaced as INSEE specifies. */
export function nirKeyValid(body: string, key: string): boolean {
  let digits = body;
  let adjust = 0n;
  if (/2A/i.test(body.slice(5, 7))) {
    digits = body.slice(0, 5) + '19' + body.slice(7);
    adjust = 1000000n;
  } else if (/2B/i.test(body.slice(5, 7))) {
    digits = body.slice(0, 5) + '18' + body.slice(7);
    adjust = 2000000n;
  }
  if (!/^\d{13}$/.test(digits)) return false;
  // Two conventions are in use for Corsica: the substitution alone (as python-stdnum computes it) and the substitution
  // less 1,000,000 or 2,000,000 (fresh38, 2026-12-04, used the first): a key right under either is a NIR.
  const expected = BigInt(key);
  return 97n - ((BigInt(digits) - adjust) % 97n) === expected || (adjust !== 0n && 97n - (BigInt(digits) % 97n) === expected);
}

/** French social security numbers (NIR) with a valid key: sensitive personal data. */
export const frenchNir: CheckRule = {
  id: 'french-nir',
  category: 'national_id',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [CANDIDATE, FOR_INSTANCE, DOCS_STATUS, OWNED_BEFORE, CHEQUE_SPECIMEN, REAL_CASE_EXAMPLE, QA_PEOPLE],
  check(text, context) {
    const findings = [];
    for (const span of scan(CANDIDATE, text)) {
      const [, , month = '', department = '', c1 = '', c2 = '', order = '', key = ''] = span.groups;
      const monthValue = Number(month);
      if (!((monthValue >= 1 && monthValue <= 12) || (monthValue >= 20 && monthValue <= 42) || monthValue >= 50)) continue;
      if (department === '00') continue;
      const body = span.text.replace(/[ .]/g, '').slice(0, 13);
      if (!nirKeyValid(body, key) || order === '000' || c1 + c2 === '000') continue;
      // The specimen printed on the sample carte Vitale, called so, is no one's number.
      if (saidToBeSpecimen(text, span)) continue;
      findings.push(finding(this, context, span, 'check_french_nir'));
    }
    return findings;
  },
};
