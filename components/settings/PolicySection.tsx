import { useId } from 'react';
import { useSettingsStore } from '../../utils/stores/settings-store';
import { useI18n } from '../ui/i18n';
import { SettingsSection } from './SettingsSection';

/** Where the company policy comes from, importing or removing a policy file, and every problem found in them. */
export function PolicySection() {
  const { t, formatDate } = useI18n();
  const id = useId();
  const policy = useSettingsStore((state) => state.policy);
  const imported = useSettingsStore((state) => state.imported);
  const status = useSettingsStore((state) => state.policyStatus);
  const { importPolicy, removePolicy } = useSettingsStore.getState();
  if (!policy) return null;
  const managedAny = Object.values(policy.sources).includes('managed');

  const onFile = async (file: File | undefined) => {
    if (file) await importPolicy(await file.text(), file.name);
  };

  return (
    <SettingsSection title={t('set_policy_heading')}>
      <p className="pv-hint">{t('set_policy_intro')}</p>
      {managedAny ? <p>{t('set_policy_status_managed')}</p> : null}
      <p>{imported ? t('set_policy_status_imported', [imported.fileName ?? '—', formatDate(imported.importedAt)]) : t('set_policy_status_none')}</p>
      <div className="pv-field">
        <label htmlFor={`${id}-policy`}>{t('set_policy_import')}</label>
        <input
          id={`${id}-policy`}
          type="file"
          accept="application/json,.json"
          aria-describedby={status ? `${id}-policy-status` : undefined}
          onChange={(event) => {
            const input = event.currentTarget;
            void onFile(input.files?.[0]).finally(() => {
              // Lets the same file be picked again after fixing it.
              input.value = '';
            });
          }}
        />
      </div>
      {status ? (
        <div id={`${id}-policy-status`} role={status.outcome === 'invalid' ? 'alert' : 'status'}>
          <p className={status.outcome === 'invalid' ? 'pv-error' : 'pv-status pv-status-ok'}>{t(status.outcome === 'invalid' ? 'set_policy_invalid' : 'set_policy_imported')}</p>
          {status.detail ? <pre className="pv-error-detail">{status.detail}</pre> : null}
        </div>
      ) : null}
      {policy.issues.length > 0 ? (
        <div className="pv-policy-problems" role="group" aria-labelledby={`${id}-policy-problems`}>
          <h3 id={`${id}-policy-problems`}>{t('set_policy_problems_heading')}</h3>
          <p className="pv-hint">{t('set_policy_problems_intro')}</p>
          <ul aria-labelledby={`${id}-policy-problems`}>
            {policy.issues.map((issue, index) => (
              <li key={index}>
                <strong>{t(`set_policy_problem_${issue.source}`)}</strong> <code>{issue.path || '—'}</code> {issue.message}{' '}
                <span className="pv-hint">{t('set_policy_problem_ignored', [issue.ignored])}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {imported ? (
        <button type="button" onClick={() => void removePolicy()}>
          {t('set_policy_remove')}
        </button>
      ) : null}
    </SettingsSection>
  );
}
