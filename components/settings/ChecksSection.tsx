import { useId } from 'react';
import { CONFIDENTIALITY_CATEGORIES, HYGIENE_CATEGORIES, type Category } from '../../utils/checks/types';
import { useSettingsStore } from '../../utils/stores/settings-store';
import { useI18n } from '../ui/i18n';
import { LockedNote } from './LockedNote';
import { SettingsSection } from './SettingsSection';
import { useEffectiveSettings } from './useEffectiveSettings';

/** Each check on or off, with its severity; the ones the company manages are shown locked, as it set them. */
export function ChecksSection() {
  const { t } = useI18n();
  return (
    <SettingsSection title={t('set_checks_heading')}>
      <p className="pv-hint">{t('set_checks_intro')}</p>
      <CheckGroup legend={t('set_checks_confidentiality')} categories={CONFIDENTIALITY_CATEGORIES} />
      <CheckGroup legend={t('set_checks_hygiene')} categories={HYGIENE_CATEGORIES} />
    </SettingsSection>
  );
}

function CheckGroup({ legend, categories }: { legend: string; categories: readonly Category[] }) {
  const { t } = useI18n();
  const id = useId();
  const draft = useSettingsStore((state) => state.draft);
  const editCheck = useSettingsStore((state) => state.editCheck);
  const effective = useEffectiveSettings();
  if (!draft || !effective) return null;
  return (
    <fieldset className="pv-fieldset pv-checks">
      <legend>{legend}</legend>
      {categories.map((category) => {
        const locked = effective.locked.checks[category];
        const shown = locked ? effective.checks[category] : draft.checks[category];
        const noteId = `${id}-check-${category}-locked`;
        return (
          <div className="pv-check-row" key={category}>
            <span className="pv-choice">
              <input
                type="checkbox"
                id={`${id}-check-${category}`}
                checked={shown.enabled}
                disabled={locked}
                aria-describedby={locked ? noteId : undefined}
                onChange={(event) => editCheck(category, { enabled: event.currentTarget.checked })}
              />
              <label htmlFor={`${id}-check-${category}`}>{t(`set_cat_${category}`)}</label>
            </span>
            <select
              aria-label={t('set_severity_label', [t(`set_cat_${category}`)])}
              value={shown.severity ?? ''}
              disabled={locked || !shown.enabled}
              aria-describedby={locked ? noteId : undefined}
              onChange={(event) => {
                const severity = event.currentTarget.value;
                editCheck(category, { severity: severity === '' ? undefined : (severity as 'high' | 'medium' | 'low') });
              }}
            >
              <option value="">{t('set_severity_default')}</option>
              <option value="high">{t('set_severity_high')}</option>
              <option value="medium">{t('set_severity_medium')}</option>
              <option value="low">{t('set_severity_low')}</option>
            </select>
            {locked ? <LockedNote id={noteId} /> : null}
          </div>
        );
      })}
    </fieldset>
  );
}
