import type { Locale } from './translate';

/**
 * The digit-group separator of each UI locale's number format (en-GB ",", fr-FR narrow no-break space), as ICU
 * formats integers (checked against Intl.NumberFormat by a test, so a change in ICU data fails it).
 */
const GROUP_SEPARATOR: Readonly<Record<Locale, string>> = { en: ',', fr: '\u202f' };

/**
 * A safe integer as Intl.NumberFormat(locale) writes it, without building one: building the first Intl.NumberFormat
 * of a page took 10-25 ms in Chromium 156 (2026-12), on the panel's first paint, only to write "0 / 3,000".
 * Anything else (fractions, NaN, unsafe integers) returns null: the caller formats it with Intl.
 */
export function formatInteger(value: number, locale: Locale): string | null {
  if (!Number.isSafeInteger(value)) return null;
  const digits = String(Math.abs(value));
  let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let index = grouped.length; index < digits.length; index += 3) grouped += GROUP_SEPARATOR[locale] + digits.slice(index, index + 3);
  return value < 0 || Object.is(value, -0) ? `-${grouped}` : grouped;
}
