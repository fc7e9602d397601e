import { luhnValid } from './lib/checksums';
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
// "her social" is how Americans say it in speech and chat.
const SSN_WORDS = /(?<![\p{L}])(?:SSN|social(?: security)?|s[ée]curit[ée] sociale am[ée]ricaine)(?![\p{L}])/iu;

// Belgian national register number (numéro de registre national, NISS): YY.MM.DD-NNN.CC, the check digits
// 97 - (number mod 97), with 2 in front of the number for people born from 2000. Without its dots and
// dash, only after a word naming it: eleven digits pass the key one time in a hundred.
const BELGIAN = /(?<![0-9.])([0-9]{2})\.?([0-9]{2})\.?([0-9]{2})-?([0-9]{3})\.?([0-9]{2})(?![0-9])/g;
const BELGIAN_WRITTEN = /^[0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2}$/;
const BELGIAN_WORDS = /(?<![\p{L}])(?:registre national|num[ée]ro national|rijksregister|national (?:register|number)|NISS|INSZ)(?![\p{L}])/iu;

// Swiss AVS/AHV number: 756, nine digits and an EAN-13 check digit, written 756.1234.5678.97; undotted only
// after a word naming it.
const SWISS = /(?<![0-9.])756(\.?)[0-9]{4}\1[0-9]{4}\1[0-9]{2}(?![0-9])/g;
const SWISS_WORDS = /(?<![\p{L}])(?:AVS|AHV|NAVS|OASI)(?![\p{L}])/u;
// Canadian social insurance number (NAS in French), 3-3-3 digits with a Luhn check, after a word naming it.
const CANADIAN = /(?<![0-9-])[0-9]{3}([ -]?)[0-9]{3}\1[0-9]{3}(?![0-9-])/g;
const CANADIAN_WORDS = /(?<![\p{L}])(?:SIN|NAS|social insurance|assurance sociale)(?![\p{L}])/u;
// Dutch BSN: nine digits passing the "elfproef", after a word naming it.
const DUTCH = /(?<![0-9])[0-9]{9}(?![0-9])/g;
const DUTCH_WORDS = /(?<![\p{L}])(?:BSN|burgerservicenummer)(?![\p{L}])/iu;
// Spanish DNI (eight digits) or NIE (X, Y or Z and seven digits) and the letter of their mod 23 check,
// after a word naming it.
const SPANISH = /(?<![A-Za-z0-9])([XYZ]?)([0-9]{7,8})-?([A-Z])(?![A-Za-z0-9])/g;
const SPANISH_WORDS = /(?<![\p{L}])(?:DNI|NIE|NIF)(?![\p{L}])/u;
const SPANISH_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
// Italian codice fiscale: surname, name, birth date and place, check letter; its shape and check are enough.
const ITALIAN = /(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNP-V]{2}[A-EHLMPR-T][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z](?![A-Za-z0-9])/g;
// Cheap test before the scan (no lookbehind): six capitals then two digits or their omocodia letters.
const ITALIAN_GATE = /[A-Z]{6}[0-9LMNP-V]{2}[A-EHLMPR-T]/;
const ITALIAN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
// Passport numbers (French 12AB34567, British and American nine digits, a letter and eight digits), after the word.
const PASSPORT = /(?<![A-Za-z0-9])(?:[0-9]{2}[A-Z]{2}[0-9]{5}|[A-Z]?[0-9]{8,9})(?![A-Za-z0-9])/g;
const PASSPORT_WORDS = /(?<![\p{L}])(?:passport|passeport)(?![\p{L}])/iu;

// Literal tests before the word patterns (whose leading lookbehind would be tried at every position of a long paste).
const CANADIAN_GATE = /SIN|NAS|social insurance|assurance sociale/;
const DUTCH_GATE = /BSN|burgerservicenummer/i;
const SPANISH_GATE = /DNI|NIE|NIF/;
const PASSPORT_GATE = /passport|passeport/i;

/** How far before a number the word that names it may sit. */
const WORD_REACH = 60;

function namedBefore(text: string, start: number, words: RegExp): boolean {
  return words.test(text.slice(Math.max(0, start - WORD_REACH), start));
}

/** EAN-13 check digit, as the Swiss AVS number carries. */
function ean13Valid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < 12; index += 1) sum += (digits.charCodeAt(index) - 48) * (index % 2 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48;
}

function dutchElevenProof(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < 8; index += 1) sum += (digits.charCodeAt(index) - 48) * (9 - index);
  return (sum - (digits.charCodeAt(8) - 48)) % 11 === 0;
}

function italianCheckValid(code: string): boolean {
  let sum = 0;
  for (let index = 0; index < 15; index += 1) {
    const char = code.charCodeAt(index);
    const value = char <= 57 ? char - 48 : char - 65;
    sum += index % 2 === 0 ? (ITALIAN_ODD[value] ?? 0) : value;
  }
  return String.fromCharCode(65 + (sum % 26)) === code.charAt(15);
}

export function belgianKeyValid(digits: string): boolean {
  const body = BigInt(digits.slice(0, 9));
  const key = BigInt(digits.slice(9));
  return 97n - (body % 97n) === key || 97n - ((2000000000n + body) % 97n) === key;
}

/** National identity numbers of other countries (UK, US, Belgium, Switzerland, Canada, the Netherlands, Spain, Italy) and passports: sensitive personal data. */
export const nationalIdNumber: CheckRule = {
  id: 'national-id-number',
  category: 'national_id',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [NINO, NINO_SPACED, NINO_WORDS, SSN, SSN_WORDS, BELGIAN, BELGIAN_WRITTEN, BELGIAN_WORDS, SWISS, SWISS_WORDS, CANADIAN, CANADIAN_WORDS, DUTCH, DUTCH_WORDS, SPANISH, SPANISH_WORDS, ITALIAN, ITALIAN_GATE, PASSPORT, PASSPORT_WORDS, CANADIAN_GATE, DUTCH_GATE, SPANISH_GATE, PASSPORT_GATE],
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
    for (const span of text.includes('756') ? scan(SWISS, text) : []) {
      if (!ean13Valid(span.text.replace(/\./g, ''))) continue;
      if (!span.groups[0] && !namedBefore(text, span.start, SWISS_WORDS)) continue;
      findings.push(finding(this, context, span, 'check_national_id_number'));
    }
    // The numbers below have no shape of their own: only read when a word naming them is in the draft.
    if (CANADIAN_GATE.test(text) && CANADIAN_WORDS.test(text)) {
      for (const span of scan(CANADIAN, text)) {
        if (!luhnValid(span.text.replace(/[ -]/g, '')) || !namedBefore(text, span.start, CANADIAN_WORDS)) continue;
        findings.push(finding(this, context, span, 'check_national_id_number'));
      }
    }
    if (DUTCH_GATE.test(text) && DUTCH_WORDS.test(text)) {
      for (const span of scan(DUTCH, text)) {
        if (!dutchElevenProof(span.text) || !namedBefore(text, span.start, DUTCH_WORDS)) continue;
        findings.push(finding(this, context, span, 'check_national_id_number'));
      }
    }
    if (SPANISH_GATE.test(text) && SPANISH_WORDS.test(text)) {
      for (const span of scan(SPANISH, text)) {
        const [prefix = '', number = '', letter = ''] = span.groups;
        if (prefix ? number.length !== 7 : number.length !== 8) continue;
        const value = Number((prefix ? String('XYZ'.indexOf(prefix)) : '') + number);
        if (SPANISH_LETTERS.charAt(value % 23) !== letter || !namedBefore(text, span.start, SPANISH_WORDS)) continue;
        findings.push(finding(this, context, span, 'check_national_id_number'));
      }
    }
    for (const span of ITALIAN_GATE.test(text) ? scan(ITALIAN, text) : []) {
      if (italianCheckValid(span.text)) findings.push(finding(this, context, span, 'check_national_id_number'));
    }
    if (PASSPORT_GATE.test(text) && PASSPORT_WORDS.test(text)) {
      for (const span of scan(PASSPORT, text)) {
        if (namedBefore(text, span.start, PASSPORT_WORDS)) findings.push(finding(this, context, span, 'check_national_id_number'));
      }
    }
    return findings;
  },
};
