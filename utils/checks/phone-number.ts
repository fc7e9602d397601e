import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js/min';
import { finding } from './lib/finding';
import { scan, withoutOverlaps } from './lib/scan';
import type { CheckRule } from './types';

// Digits with at most a few separators: a quick filter before asking libphonenumber-js.
const HAS_DIGIT_RUN = /\d[\d .\-()]{6,}\d/;
// A maximal run of phone characters. libphonenumber-js's matcher is quadratic on long digit runs, so it
// only ever sees runs short enough to be one or two numbers; longer runs are tables of figures.
const PHONE_RUN = /(?<![\d+(.-])[+(]?\d[\d \u00A0.\-()]*\d/g;
const MAX_RUN = 40;
const DIGIT = /\d/;
// Dotted quads are IP addresses (internal-url reports private ones), not phone numbers.
const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;

// National formats per default region; numbers starting with "+" or "00" are accepted from any region.
const US_FORMAT = /^(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}$/;
const TRUNK_ZERO = /^0\d/;

function acceptedFormat(raw: string, digits: string, region: CountryCode): boolean {
  if (raw.startsWith('+') || raw.startsWith('00')) return true;
  if (region === 'FR') return TRUNK_ZERO.test(raw) && digits.length === 10;
  if (region === 'GB') return TRUNK_ZERO.test(raw) && digits.length >= 10 && digits.length <= 11 && /\s/.test(raw);
  return US_FORMAT.test(raw);
}

/** Default regions tried for numbers written without "+": our people post from France and in English. */
const REGIONS: readonly CountryCode[] = ['FR', 'US', 'GB'];

/**
 * Phone numbers, French and international, validated with libphonenumber-js's min metadata: each
 * country's number pattern and lengths, not a loose digit regex, so years, prices and order numbers pass.
 * (min, not max: 19 kB instead of 39 kB gzipped in each content script. Max also rejects numbers of
 * unallocated ranges, e.g. "07 10 13 01 94"; a reader sees a phone number there too, so flagging it is fine.
 * /mobile would miss fixed lines: "04 72 10 20 30", "+44 20 7946 0958".)
 */
export const phoneNumber: CheckRule = {
  id: 'phone-number',
  category: 'phone',
  severity: 'medium',
  languages: ['fr', 'en'],
  patterns: [HAS_DIGIT_RUN, PHONE_RUN, DIGIT, DOTTED_QUAD, US_FORMAT, TRUNK_ZERO],
  check(text, context) {
    if (!HAS_DIGIT_RUN.test(text)) return [];
    const spans: { start: number; end: number }[] = [];
    for (const run of scan(PHONE_RUN, text)) {
      if (run.text.length > MAX_RUN || run.text.length < 9) continue;
      for (const region of REGIONS) {
        for (const found of findPhoneNumbersInText(run.text, { defaultCountry: region })) {
          const startsAt = run.start + found.startsAt;
          const endsAt = run.start + found.endsAt;
          const raw = text.slice(startsAt, endsAt);
          const digits = raw.replace(/\D/g, '');
          if (digits.length < 9 || digits.length > 15 || DOTTED_QUAD.test(raw)) continue;
          // Part of a longer figure (IBAN, card, reference): not a phone number.
          const before = text[startsAt - 1] ?? '';
          const after = text[endsAt] ?? '';
          if (/[\p{L}\p{N}€$£%,]/u.test(before) || /[\p{L}\p{N}€$£%]/u.test(after)) continue;
          if (/^\s?\d/.test(text.slice(endsAt, endsAt + 2)) || /\d\s?$/.test(text.slice(Math.max(0, startsAt - 2), startsAt))) continue;
          if (!acceptedFormat(raw, digits, region)) continue;
          spans.push({ start: startsAt, end: endsAt });
        }
      }
    }
    return withoutOverlaps(spans).map((span) => finding(this, context, span, 'check_phone_number'));
  },
};
