import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatInteger } from '../../utils/i18n/format-integer';
import { translate, type Locale } from '../../utils/i18n/translate';

export interface I18n {
  locale: Locale;
  /** Looks a key up in the locale files; `$1`.. take `substitutions`. */
  t: (key: string, substitutions?: ReadonlyArray<string | number>) => string;
  formatDate: (date: Date | string | number, options?: Intl.DateTimeFormatOptions) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
}

export function createI18n(locale: Locale): I18n {
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  // Building an Intl formatter costs about a millisecond, using one microseconds: the panel formats a count on every
  // render, so each locale and set of options gets one formatter.
  const dateFormats = new Map<string, Intl.DateTimeFormat>();
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const cached = <F,>(cache: Map<string, F>, options: object | undefined, make: () => F): F => {
    const key = JSON.stringify(options ?? null);
    let format = cache.get(key);
    if (!format) cache.set(key, (format = make()));
    return format;
  };
  return {
    locale,
    t: (key, substitutions) => translate(locale, key, substitutions),
    // Total: a date Date cannot hold (an old import, a corrupt row) reads "unknown date" instead of throwing
    // a RangeError through the render (issue 10).
    formatDate: (date, options = { dateStyle: 'medium' }) => {
      const time = new Date(date).getTime();
      if (!Number.isFinite(time)) return translate(locale, 'date_unknown');
      try {
        return cached(dateFormats, options, () => new Intl.DateTimeFormat(tag, options)).format(time);
      } catch {
        return translate(locale, 'date_unknown');
      }
    },
    // Counts (the panel's "0 / 3,000" on its first paint) need no Intl.NumberFormat: building one is the slow part.
    formatNumber: (value, options) =>
      (options === undefined ? formatInteger(value, locale) : null) ?? cached(numberFormats, options, () => new Intl.NumberFormat(tag, options)).format(value),
  };
}

const I18nContext = createContext<I18n>(createI18n('en'));

/** Gives every component below the chosen UI language (the settings decide it; tests pass it). */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => createI18n(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
