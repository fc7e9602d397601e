import { useId } from 'react';
import { useSettingsStore } from '../../utils/stores/settings-store';
import { useI18n } from '../ui/i18n';
import { SettingsSection } from './SettingsSection';

/** The pause switch (applies at once, outside the form) and the way back to the introduction. */
export function PauseSection({ onReopenOnboarding }: { onReopenOnboarding: (() => void) | undefined }) {
  const { t } = useI18n();
  const id = useId();
  const paused = useSettingsStore((state) => state.draft?.paused ?? false);
  const setPaused = useSettingsStore((state) => state.setPaused);
  return (
    <SettingsSection title={t('set_pause_heading')}>
      <div className="pv-choice">
        <input
          type="checkbox"
          id={`${id}-paused`}
          checked={paused}
          aria-describedby={`${id}-paused-note`}
          onChange={(event) => void setPaused(event.currentTarget.checked)}
        />
        <label htmlFor={`${id}-paused`}>{t('set_pause')}</label>
      </div>
      <p className="pv-hint" id={`${id}-paused-note`}>
        {t('set_pause_note')}
      </p>
      {onReopenOnboarding ? (
        <button type="button" onClick={onReopenOnboarding}>
          {t('set_reopen_onboarding')}
        </button>
      ) : null}
    </SettingsSection>
  );
}
