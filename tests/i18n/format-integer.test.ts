import { formatInteger } from '../../utils/i18n/format-integer';
import { LOCALES } from '../../utils/i18n/translate';

const TAGS = { en: 'en-GB', fr: 'fr-FR' } as const;

test.each(LOCALES)('integers read as Intl.NumberFormat writes them in %s', (locale) => {
  const intl = new Intl.NumberFormat(TAGS[locale]);
  const samples = [0, 1, 9, 10, 99, 100, 280, 999, 1000, 1001, 3000, 9999, 10_000, 99_999, 100_000, 123_456, 1_000_000, 25_000, 987_654_321, Number.MAX_SAFE_INTEGER];
  let seed = 7;
  for (let index = 0; index < 500; index += 1) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    samples.push(seed % 10 ** ((index % 12) + 1));
  }
  for (const value of [...samples, ...samples.map((sample) => -sample)]) expect(formatInteger(value, locale)).toBe(intl.format(value));
});

test('what is not a safe integer is left to Intl', () => {
  for (const value of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) expect(formatInteger(value, 'en')).toBeNull();
});
