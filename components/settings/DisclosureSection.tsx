import { useId } from 'react';
import { resolveDisclosure } from '../../utils/policy/disclosure';
import { useSettingsStore } from '../../utils/stores/settings-store';
import { useI18n } from '../ui/i18n';
import { errorText } from './field-error';
import { SettingsSection } from './SettingsSection';

/** The person's own disclosure line, and which line posts actually get (the company's wins, issue 13). */
export function DisclosureSection() {
  const { t } = useI18n();
  const id = useId();
  const disclosure = useSettingsStore((state) => state.draft?.disclosure ?? '');
  const error = useSettingsStore((state) => state.errors.disclosure);
  const policy = useSettingsStore((state) => state.policy);
  const edit = useSettingsStore((state) => state.edit);
  const companyDisclosure = policy ? resolveDisclosure(policy.policy) : null;
  return (
    <SettingsSection title={t('set_disclosure_heading')}>
      <div className="pv-field">
        <label htmlFor={`${id}-disclosure`}>{t('set_disclosure_label')}</label>
        <input
          id={`${id}-disclosure`}
          value={disclosure}
          maxLength={200}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-disclosure-hint`}
          onChange={(event) => edit({ disclosure: event.currentTarget.value })}
        />
        {error ? <p className="pv-error">{errorText(t, error)}</p> : null}
        <p className="pv-hint" id={`${id}-disclosure-hint`} data-testid="pv-disclosure-source">
          {companyDisclosure ? t('set_disclosure_company', [Object.values(companyDisclosure.lines).join(' / ')]) : t('set_disclosure_hint')}
        </p>
      </div>
    </SettingsSection>
  );
}
