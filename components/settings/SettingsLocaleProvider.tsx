import { useEffect, useState, type ReactNode } from 'react';
import { localeFromTag, type Locale } from '../../utils/i18n/translate';
import { resolveLocale } from '../../utils/settings';
import { getSettings, watchSettings } from '../../utils/browser/storage';
import { I18nProvider } from '../ui/i18n';

export interface SettingsLocaleProviderProps {
  children: ReactNode;
  /** Default navigator.language. */
  navigatorLanguage?: string;
}

/**
 * Gives its children the language the person chose in settings (or the browser's), and
 * switches live when they change it, in this page and every other open one.
 */
export function SettingsLocaleProvider({ children, navigatorLanguage = navigator.language }: SettingsLocaleProviderProps) {
  const [locale, setLocale] = useState<Locale>(() => localeFromTag(navigatorLanguage));
  useEffect(() => {
    let live = true;
    const apply = (next: Locale) => {
      if (!live) return;
      setLocale(next);
      document.documentElement.lang = next;
    };
    void getSettings().then((settings) => apply(resolveLocale(settings, navigatorLanguage)));
    const unwatch = watchSettings((settings) => apply(resolveLocale(settings, navigatorLanguage)));
    return () => {
      live = false;
      unwatch();
    };
  }, [navigatorLanguage]);
  return <I18nProvider locale={locale}>{children}</I18nProvider>;
}
