import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';

/** The UI languages. The locale files in public/_locales are the single source of every string shown. */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

type Catalog = Record<string, { message: string; description?: string }>;
const catalogs: Record<Locale, Catalog> = { en: en as Catalog, fr: fr as Catalog };

/** A locale's messages by key, as the background sends them to a panel. */
export type Messages = Record<string, string>;

/**
 * Whether `locale`'s strings are here. Always, but in the panel bundles, which carry English only (issue 12: the
 * other catalogue was 4 kB gzipped of every site's panel); a panel asks the background for the others.
 */
export function hasMessages(locale: Locale): boolean {
  for (const _key in catalogs[locale]) return true;
  return false;
}

/** Every message of `locale` (what a panel installs with installMessages). */
export function messagesOf(locale: Locale): Messages {
  return Object.fromEntries(Object.entries(catalogs[locale]).map(([key, { message }]) => [key, message]));
}

/** Installs the strings of `locale` sent by the background (panels only). */
export function installMessages(locale: Locale, messages: Messages): void {
  catalogs[locale] = Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, { message }]));
}

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
