import { useId } from 'react';
import { LANGUAGE_CHOICES, type Settings } from '../../utils/settings';
import { useSettingsStore } from '../../utils/stores/settings-store';
import { useI18n } from '../ui/i18n';
import { SettingsSection } from './SettingsSection';

/** The language of Porte-Voix: the browser's, English or French. */
export function LanguageSection() {
  const { t } = useI18n();
  const id = useId();
  const language = useSettingsStore((state) => state.draft?.language ?? 'auto');
  const edit = useSettingsStore((state) => state.edit);
  return (
    <SettingsSection title={t('set_language')}>
      <label htmlFor={`${id}-language`} className="pv-visually-hidden">
        {t('set_language')}
      </label>
      <select id={`${id}-language`} value={language} onChange={(event) => edit({ language: event.currentTarget.value as Settings['language'] })}>
        {LANGUAGE_CHOICES.map((choice) => (
          <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
            {t(`set_language_${choice}`)}
          </option>
        ))}
      </select>
    </SettingsSection>
  );
}
