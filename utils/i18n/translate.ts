import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';

/** The UI languages. The locale files in public/_locales are the single source of every string shown. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

type Catalog = Record<string, { message: string; description?: string }>;
const catalogs: Record<Locale, Catalog> = { en: en as Catalog, fr: fr as Catalog };

/**
 * Looks a message up in the locale files, pure (usable in utils/ and Node).
 * `$1`..`$9` in the message are replaced by `substitutions`, as chrome.i18n does.
 * A key missing in `locale` falls back to English, then to the key itself (tests catch missing keys).
 */
export function translate(
  locale: Locale,
  key: string,
  substitutions: ReadonlyArray<string | number> = [],
): string {
  const entry = catalogs[locale][key] ?? catalogs.en[key];
  if (!entry) return key;
  return entry.message.replace(/\$([1-9])/g, (_match, digit: string) => {
    const value = substitutions[Number(digit) - 1];
    return value === undefined ? '' : String(value);
  });
}

export function hasMessage(locale: Locale, key: string): boolean {
  return key in catalogs[locale];
}

export function messageKeys(locale: Locale): string[] {
  return Object.keys(catalogs[locale]);
}

/** Picks the UI locale from a BCP 47 tag such as navigator.language ("fr-CA" -> "fr"). */
export function localeFromTag(tag: string | undefined): Locale {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
