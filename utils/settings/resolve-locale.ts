import { localeFromTag, type Locale } from '../i18n/translate';
import type { Settings } from './settings-schema';

/** The UI locale: the person's choice, or the browser's language when they left it on 'auto'. */
export function resolveLocale(settings: Pick<Settings, 'language'>, navigatorLanguage: string | undefined): Locale {
  return settings.language === 'auto' ? localeFromTag(navigatorLanguage) : settings.language;
}
