import { useId } from 'react';
import { PANEL_POSITIONS, type Settings } from '../../utils/settings';
import { useSettingsStore } from '../../utils/stores/settings-store';
import { useI18n } from '../ui/i18n';
import { SettingsSection } from './SettingsSection';

/** Where the panel sits beside a composer, and whether it is compact. */
export function PanelSection() {
  const { t } = useI18n();
  const id = useId();
  const panel = useSettingsStore((state) => state.draft?.panel);
  const edit = useSettingsStore((state) => state.edit);
  if (!panel) return null;
  return (
    <SettingsSection title={t('set_panel_heading')}>
      <div className="pv-field">
        <label htmlFor={`${id}-position`}>{t('set_panel_position')}</label>
        <select
          id={`${id}-position`}
          value={panel.position}
          onChange={(event) => edit({ panel: { ...panel, position: event.currentTarget.value as Settings['panel']['position'] } })}
        >
          {PANEL_POSITIONS.map((position) => (
            <option key={position} value={position}>
              {t(`set_panel_${position}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="pv-choice">
        <input
          type="checkbox"
          id={`${id}-compact`}
          checked={panel.compact}
          onChange={(event) => edit({ panel: { ...panel, compact: event.currentTarget.checked } })}
        />
        <label htmlFor={`${id}-compact`}>{t('set_panel_compact')}</label>
      </div>
    </SettingsSection>
  );
}
