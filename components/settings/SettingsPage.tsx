import { useEffect, useId, useRef, type FormEvent } from 'react';
import type { ManagedPolicyReader } from '../../utils/browser/policy-source';
import { errorsUnder } from '../../utils/settings';
import { useSettingsStore, type SettingsOutcome } from '../../utils/stores/settings-store';
import type { FeedStatusState } from '../feed/FeedStatus';
import { useI18n } from '../ui/i18n';
import { askFeedState, containsHostPermission, requestHostPermission } from './browser-access';
import { ChecksSection } from './ChecksSection';
import { DisclosureSection } from './DisclosureSection';
import { FeedSection } from './FeedSection';
import { GoalsField } from './GoalsField';
import { InterestsField } from './InterestsField';
import { LanguageSection } from './LanguageSection';
import { PanelSection } from './PanelSection';
import { PauseSection } from './PauseSection';
import { PolicySection } from './PolicySection';
import { focusFirstInvalidField } from '../../utils/dom/focus-field';
import { QuietHoursFields } from './QuietHoursFields';
import { SettingsSection } from './SettingsSection';
import './settings.css';

export interface SettingsPageProps {
  /** Shows the "Reopen the introduction" button when given. */
  onReopenOnboarding?: () => void;
  /** Reads the managed policy; default browser.storage.managed. Tests inject one. */
  readManaged?: ManagedPolicyReader;
  /** Asks for host access; default browser.permissions.request. Resolves false when refused. */
  requestPermission?: (origins: string[]) => Promise<boolean>;
  /** When the company news was last updated and the last error; default asks the background. */
  loadFeedState?: () => Promise<FeedStatusState | null>;
  /** Whether host access is granted; default browser.permissions.contains (true when the browser cannot say). */
  hasPermission?: (origins: string[]) => Promise<boolean>;
}

// Worded at render time: a language change saved by this very form shows in the new language.
const OUTCOMES: Record<SettingsOutcome, { kind: 'ok' | 'error' | 'warning'; key: string }> = {
  saved: { kind: 'ok', key: 'set_saved' },
  invalid: { kind: 'error', key: 'set_save_invalid' },
  saveFailed: { kind: 'error', key: 'set_save_failed' },
  feedDenied: { kind: 'warning', key: 'set_feed_denied' },
  feedAllowed: { kind: 'ok', key: 'set_feed_permission_granted' },
};

/** Every setting the person controls, with company-set values shown locked. */
export function SettingsPage({
  onReopenOnboarding,
  readManaged,
  requestPermission = requestHostPermission,
  loadFeedState = askFeedState,
  hasPermission = containsHostPermission,
}: SettingsPageProps) {
  const { t } = useI18n();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const loaded = useSettingsStore((state) => state.draft !== undefined && state.policy !== undefined);
  const draft = useSettingsStore((state) => state.draft);
  const errors = useSettingsStore((state) => state.errors);
  const status = useSettingsStore((state) => state.status);
  const shown = status && OUTCOMES[status.outcome];
  const invalidAttempts = useSettingsStore((state) => state.invalidAttempts);
  const { openSettings, edit, save } = useSettingsStore.getState();

  // The latest permission functions, without reopening (and losing edits) when a caller passes inline ones.
  const access = useRef({ requestPermission, hasPermission });
  access.current = { requestPermission, hasPermission };
  useEffect(
    () =>
      openSettings({
        ...(readManaged ? { readManaged } : {}),
        requestPermission: (origins) => access.current.requestPermission(origins),
        hasPermission: (origins) => access.current.hasPermission(origins),
      }),
    [openSettings, readManaged],
  );

  // After a refused save, take the person to the first field to fix.
  useEffect(() => {
    if (invalidAttempts > 0) focusFirstInvalidField(formRef.current);
  }, [invalidAttempts]);

  if (!loaded || !draft) {
    return (
      <div className="pv-settings" aria-busy="true">
        <p>{t('set_loading')}</p>
      </div>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  return (
    // A section, not <main>: the page that hosts it (options, dashboard) owns the landmark.
    <section className="pv-settings" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('set_title')}</h1>
      <PauseSection onReopenOnboarding={onReopenOnboarding} />

      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <LanguageSection />
        <SettingsSection title={t('set_goals_heading')}>
          <GoalsField value={draft.goals} onChange={(goals) => edit({ goals })} />
        </SettingsSection>
        <SettingsSection title={t('set_interests_heading')}>
          <InterestsField value={draft.interests} onChange={(interests) => edit({ interests })} error={errors.interests} />
        </SettingsSection>
        <SettingsSection title={t('set_quiet_heading')}>
          <QuietHoursFields value={draft.quietHours} onChange={(quietHours) => edit({ quietHours })} errors={errorsUnder(errors, 'quietHours')} />
        </SettingsSection>
        <DisclosureSection />
        <FeedSection loadFeedState={loadFeedState} />
        <ChecksSection />
        <PanelSection />

        <div className="pv-actions">
          <button type="submit" className="pv-primary">
            {t('set_save')}
          </button>
          <p className={shown ? `pv-status pv-status-${shown.kind}` : 'pv-status'} role="status">
            {shown && t(shown.key, status.host === undefined ? undefined : [status.host])}
          </p>
        </div>
      </form>

      <PolicySection />
    </section>
  );
}
