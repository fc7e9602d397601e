import { finding } from './lib/finding';
import { scan } from './lib/scan';
import type { CheckRule } from './types';

// Identity numbers of the countries our people hire in, besides France's NIR (french-nir): each shape is
// common enough in prose (a part number, a phone, a count) that it needs its checksum, its ranges or a
// word naming it. Written by hand, not with the stdnum package (1.12.0, measured 2026-12-02): its
// per-country files bring its whole util module, 15.9 kB minified in each panel for the UK and US checks
// alone, and its Belgian check asks the clock whether the birth date is past, which a rule may not.

// UK National Insurance number: two letters (HMRC never issues D, F, I, Q, U, V first, nor D, F, I, O, Q,
// U, V second, nor BG, GB, KN, NK, NT, TN, ZZ), six digits, a suffix A to D.
const NINO = /(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?([0-9]{2}) ?([0-9]{2}) ?([0-9]{2}) ?([A-D])(?![A-Za-z0-9])/g;
const NINO_NEVER = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
const NINO_SPACED = /^[A-Z]{2} [0-9]{2} [0-9]{2} [0-9]{2} [A-D]$/;
const NINO_WORDS = /(?<![\p{L}])(?:NI(?: number| no\.?)|NINO|national insurance)(?![\p{L}])/iu;

// US Social Security number, 3-2-4 digits: no area 000, 666 or 900-999, no group 00, no serial 0000.
const SSN = /(?<![0-9-])([0-9]{3})-?([0-9]{2})-?([0-9]{4})(?![0-9-])/g;
const SSN_WORDS = /(?<![\p{L}])(?:SSN|social security|s[ée]curit[ée] sociale am[ée]ricaine)(?![\p{L}])/iu;

// Belgian national register number (numéro de registre national, NISS): YY.MM.DD-NNN.CC, the check digits
// 97 - (number mod 97), with 2 in front of the number for people born from 2000. Without its dots and
// dash, only after a word naming it: eleven digits pass the key one time in a hundred.
const BELGIAN = /(?<![0-9.])([0-9]{2})\.?([0-9]{2})\.?([0-9]{2})-?([0-9]{3})\.?([0-9]{2})(?![0-9])/g;
const BELGIAN_WRITTEN = /^[0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2}$/;
const BELGIAN_WORDS = /(?<![\p{L}])(?:registre national|rijksregister|national (?:register|number)|NISS|INSZ)(?![\p{L}])/iu;

/** How far before a number the word that names it may sit. */
const WORD_REACH = 60;

function namedBefore(text: string, start: number, words: RegExp): boolean {
  return words.test(text.slice(Math.max(0, start - WORD_REACH), start));
}

export function belgianKeyValid(digits: string): boolean {
  const body = BigInt(digits.slice(0, 9));
  const key = BigInt(digits.slice(9));
  return 97n - (body % 97n) === key || 97n - ((2000000000n + body) % 97n) === key;
}

/** National identity numbers of other countries (UK, US, Belgium): sensitive personal data. */
export const nationalIdNumber: CheckRule = {
  id: 'national-id-number',
  category: 'national_id',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [NINO, NINO_SPACED, NINO_WORDS, SSN, SSN_WORDS, BELGIAN, BELGIAN_WRITTEN, BELGIAN_WORDS],
  check(text, context) {
    if (!/[0-9]{2}/.test(text)) return [];
    const findings = [];
    for (const span of scan(NINO, text)) {
      if (NINO_NEVER.has(span.groups[0] ?? '')) continue;
      if (!NINO_SPACED.test(span.text) && !namedBefore(text, span.start, NINO_WORDS)) continue;
      findings.push(finding(this, context, span, 'check_national_id_number'));
    }
    for (const span of scan(SSN, text)) {
      const [area = '', group = '', serial = ''] = span.groups;
      if (area === '000' || area === '666' || area.startsWith('9') || group === '00' || serial === '0000') continue;
      if (!namedBefore(text, span.start, SSN_WORDS)) continue;
      findings.push(finding(this, context, span, 'check_national_id_number'));
    }
    for (const span of scan(BELGIAN, text)) {
      const month = Number(span.groups[1]) % 20;
      const day = Number(span.groups[2]);
      if (month > 12 || day > 31) continue;
      if (!belgianKeyValid(span.groups.join(''))) continue;
      if (!BELGIAN_WRITTEN.test(span.text) && !namedBefore(text, span.start, BELGIAN_WORDS)) continue;
      findings.push(finding(this, context, span, 'check_national_id_number'));
    }
    return findings;
  },
};
