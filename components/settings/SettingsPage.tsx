import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { CONFIDENTIALITY_CATEGORIES, HYGIENE_CATEGORIES, type Category } from '../../utils/checks/types';
import type { MergedPolicy } from '../../utils/policy';
import {
  clearImportedPolicy,
  importPolicyFile,
  loadPolicy,
  watchPolicy,
  type ManagedPolicyReader,
} from '../../utils/policy-source';
import { effectiveSettings } from '../../utils/settings/effective-settings';
import {
  LANGUAGE_CHOICES,
  PANEL_POSITIONS,
  SettingsSchema,
  fieldErrors,
  type CheckSetting,
  type Settings,
} from '../../utils/settings';
import { getSettings, importedPolicyItem, settingsItem, updateSettings, watchSettings, type ImportedPolicy } from '../../utils/storage';
import { request } from '../../utils/messaging/protocol';
import { FeedStatus, useFeedState, type FeedStatusState } from '../feed/FeedStatus';
import { useI18n } from '../ui/i18n';
import { errorText } from './field-error';
import { GoalsField } from './GoalsField';
import { InterestsField } from './InterestsField';
import { resolveDisclosure } from '../../utils/policy/disclosure';
import { QuietHoursFields } from './QuietHoursFields';
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

// A locale key, not text: a language change saved by this very form must show in the new language.
type Status = { kind: 'ok' | 'error' | 'warning'; key: string; substitutions?: string[] } | undefined;

const requestHostPermission = (origins: string[]) => browser.permissions.request({ origins });
const containsHostPermission = async (origins: string[]) => {
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return true;
  }
};
const askFeedState = async () =>
  (await request((message) => browser.runtime.sendMessage(message), { type: 'feed:get' })).state;

/** Every setting the person controls, with company-set values shown locked. */
export function SettingsPage({
  onReopenOnboarding,
  readManaged,
  requestPermission = requestHostPermission,
  loadFeedState = askFeedState,
  hasPermission = containsHostPermission,
}: SettingsPageProps) {
  const { t, formatDate } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<Settings | undefined>();
  const [policy, setPolicy] = useState<MergedPolicy | undefined>();
  const [imported, setImported] = useState<ImportedPolicy | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>();
  const [invalidAttempt, setInvalidAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const [policyStatus, setPolicyStatus] = useState<{ kind: 'ok' | 'error'; text: string; detail?: string }>();
  // Reloaded after each save: a new feed address is fetched on the first read.
  const [savedCount, setSavedCount] = useState(0);
  const feedState = useFeedState(loadFeedState, savedCount);
  // A feed set by a policy (managed or imported) never went through the prompt of onSubmit: the
  // background does not fetch it without access (issue 10), and this page says so and asks.
  const [policyFeedAccess, setPolicyFeedAccess] = useState<'unknown' | 'missing' | 'granted'>('unknown');
  // An http feed address saved before feeds became https-only is dropped when settings are read:
  // say so, rather than show an empty field for no reason (issue 10).
  const [droppedFeed, setDroppedFeed] = useState<string>();

  useEffect(() => {
    let live = true;
    const options = readManaged ? { readManaged } : {};
    void Promise.all([getSettings(), loadPolicy(options), importedPolicyItem.getValue(), settingsItem.getValue().catch(() => null)]).then(
      ([settings, merged, file, raw]) => {
        if (!live) return;
        const storedFeed = raw && typeof raw === 'object' ? (raw as { feedUrl?: unknown }).feedUrl : undefined;
        if (typeof storedFeed === 'string' && storedFeed.startsWith('http:') && settings.feedUrl === undefined) setDroppedFeed(storedFeed);
        setDraft(settings);
        setPolicy(merged);
        setImported(file);
      },
    );
    // The form keeps its unsaved edits; only the company policy is followed live.
    const unwatch = watchPolicy((merged) => {
      if (!live) return;
      setPolicy(merged);
      void importedPolicyItem.getValue().then((file) => live && setImported(file));
    }, options);
    return () => {
      live = false;
      unwatch();
    };
  }, [readManaged]);

  const policyFeedOrigin = (() => {
    if (!draft || !policy) return undefined;
    const { feedUrl, feedUrlSource } = effectiveSettings(draft, policy);
    return feedUrl && (feedUrlSource === 'managed' || feedUrlSource === 'imported') ? new URL(feedUrl).origin : undefined;
  })();
  useEffect(() => {
    if (!policyFeedOrigin) return;
    let live = true;
    void hasPermission([`${policyFeedOrigin}/*`]).then((granted) => live && setPolicyFeedAccess(granted ? 'granted' : 'missing'));
    return () => {
      live = false;
    };
  }, [policyFeedOrigin, hasPermission]);

  // After a refused save, take the person to the first field to fix.
  useEffect(() => {
    if (invalidAttempt > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [invalidAttempt]);

  // Pause can change from the popup while this page is open: follow it without touching other edits.
  useEffect(
    () =>
      watchSettings((settings) =>
        setDraft((current) => (current && current.paused !== settings.paused ? { ...current, paused: settings.paused } : current)),
      ),
    [],
  );

  if (!draft || !policy) {
    return (
      <div className="pv-settings" aria-busy="true">
        <p>{t('set_loading')}</p>
      </div>
    );
  }

  const effective = effectiveSettings(draft, policy);
  const edit = (patch: Partial<Settings>) => {
    setDraft({ ...draft, ...patch });
    setStatus(undefined);
  };
  const editCheck = (category: Category, patch: Partial<CheckSetting>) =>
    edit({ checks: { ...draft.checks, [category]: { ...draft.checks[category], ...patch } } });
  const errorFor = (path: string) => errorText(t, errors[path]);
  const subErrors = (prefix: string) =>
    Object.fromEntries(
      Object.entries(errors)
        .filter(([path]) => path.startsWith(`${prefix}.`))
        .map(([path, message]) => [path.slice(prefix.length + 1), message]),
    );

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = SettingsSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      setStatus({ kind: 'error', key: 'set_save_invalid' });
      setInvalidAttempt((count) => count + 1);
      return;
    }
    setErrors({});
    // Asked first, before any await, so the browser still sees the click (permission
    // requests need a user gesture). A company-set feed is the company's business.
    const feedUrl = effective.locked.feedUrl ? undefined : parsed.data.feedUrl;
    const origin = feedUrl ? new URL(feedUrl).origin : undefined;
    const permission = origin ? requestPermission([`${origin}/*`]).catch(() => false) : Promise.resolve(true);
    void (async () => {
      try {
        const granted = await permission;
        // Pause and onboarding have their own controls; never overwrite them from a stale form.
        const { paused: _paused, onboardingDone: _onboardingDone, ...patch } = parsed.data;
        if (!('feedUrl' in patch)) Object.assign(patch, { feedUrl: undefined });
        const saved = await updateSettings(patch);
        setDraft(saved);
        setDroppedFeed(undefined);
        setSavedCount((count) => count + 1);
        setStatus(
          granted || !origin
            ? { kind: 'ok', key: 'set_saved' }
            : { kind: 'warning', key: 'set_feed_denied', substitutions: [new URL(origin).host] },
        );
      } catch {
        setStatus({ kind: 'error', key: 'set_save_failed' });
      }
    })();
  };

  const togglePause = async (paused: boolean) => {
    setDraft({ ...draft, paused });
    try {
      await updateSettings({ paused });
    } catch {
      setStatus({ kind: 'error', key: 'set_save_failed' });
    }
  };

  const onPolicyFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await importPolicyFile(await file.text(), file.name);
    if (result.ok) {
      setPolicyStatus({ kind: 'ok', text: t('set_policy_imported') });
      setPolicy(await loadPolicy(readManaged ? { readManaged } : {}));
      setImported(await importedPolicyItem.getValue());
    } else {
      setPolicyStatus({ kind: 'error', text: t('set_policy_invalid'), detail: result.error });
    }
  };

  const onRemovePolicy = async () => {
    await clearImportedPolicy();
    setImported(null);
    setPolicyStatus(undefined);
    setPolicy(await loadPolicy(readManaged ? { readManaged } : {}));
  };

  const allowPolicyFeed = () => {
    if (!policyFeedOrigin) return;
    // Asked before any await: the browser needs the click's user gesture.
    void requestPermission([`${policyFeedOrigin}/*`])
      .catch(() => false)
      .then((granted) => {
        if (!granted) return;
        setPolicyFeedAccess('granted');
        setStatus({ kind: 'ok', key: 'set_feed_permission_granted' });
        setSavedCount((count) => count + 1);
      });
  };

  const managedAny = Object.values(policy.sources).includes('managed');
  // The company's line wins over the person's own: say which one posts get.
  const companyDisclosure = resolveDisclosure(policy.policy);
  const lockedNote = (noteId: string) => (
    <span className="pv-locked" id={noteId}>
      {t('set_locked')}
    </span>
  );

  const checkGroup = (legend: string, categories: readonly Category[]) => (
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
            {locked ? lockedNote(noteId) : null}
          </div>
        );
      })}
    </fieldset>
  );

  const feedError = errorFor('feedUrl');
  return (
    // A section, not <main>: the page that hosts it (options, dashboard) owns the landmark.
    <section className="pv-settings" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('set_title')}</h1>

      <Section title={t('set_pause_heading')}>
        <div className="pv-choice">
          <input
            type="checkbox"
            id={`${id}-paused`}
            checked={draft.paused}
            aria-describedby={`${id}-paused-note`}
            onChange={(event) => void togglePause(event.currentTarget.checked)}
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
      </Section>

      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <Section title={t('set_language')}>
          <label htmlFor={`${id}-language`} className="pv-visually-hidden">
            {t('set_language')}
          </label>
          <select
            id={`${id}-language`}
            value={draft.language}
            onChange={(event) => edit({ language: event.currentTarget.value as Settings['language'] })}
          >
            {LANGUAGE_CHOICES.map((choice) => (
              <option key={choice} value={choice} lang={choice === 'auto' ? undefined : choice}>
                {t(`set_language_${choice}`)}
              </option>
            ))}
          </select>
        </Section>

        <Section title={t('set_goals_heading')}>
          <GoalsField value={draft.goals} onChange={(goals) => edit({ goals })} />
        </Section>

        <Section title={t('set_interests_heading')}>
          <InterestsField value={draft.interests} onChange={(interests) => edit({ interests })} error={errors.interests} />
        </Section>

        <Section title={t('set_quiet_heading')}>
          <QuietHoursFields
            value={draft.quietHours}
            onChange={(quietHours) => edit({ quietHours })}
            errors={subErrors('quietHours')}
          />
        </Section>

        <Section title={t('set_disclosure_heading')}>
          <div className="pv-field">
            <label htmlFor={`${id}-disclosure`}>{t('set_disclosure_label')}</label>
            <input
              id={`${id}-disclosure`}
              value={draft.disclosure}
              maxLength={200}
              aria-invalid={errors.disclosure ? true : undefined}
              aria-describedby={`${id}-disclosure-hint`}
              onChange={(event) => edit({ disclosure: event.currentTarget.value })}
            />
            {errors.disclosure ? <p className="pv-error">{errorFor('disclosure')}</p> : null}
            <p className="pv-hint" id={`${id}-disclosure-hint`} data-testid="pv-disclosure-source">
              {companyDisclosure
                ? t('set_disclosure_company', [Object.values(companyDisclosure.lines).join(' / ')])
                : t('set_disclosure_hint')}
            </p>
          </div>
        </Section>

        <Section title={t('set_feed_heading')}>
          <div className="pv-field">
            <label htmlFor={`${id}-feed`}>{t('set_feed_label')}</label>
            <input
              id={`${id}-feed`}
              type="url"
              inputMode="url"
              autoComplete="url"
              value={effective.locked.feedUrl ? (effective.feedUrl ?? '') : (draft.feedUrl ?? '')}
              disabled={effective.locked.feedUrl}
              aria-invalid={feedError ? true : undefined}
              aria-describedby={
                [feedError ? `${id}-feed-error` : '', effective.locked.feedUrl ? `${id}-feed-locked` : `${id}-feed-hint`]
                  .filter(Boolean)
                  .join(' ') || undefined
              }
              onChange={(event) => {
                const value = event.currentTarget.value.trim();
                edit({ feedUrl: value === '' ? undefined : value });
              }}
            />
            {droppedFeed && !feedError ? <p className="pv-error">{t('set_feed_http_dropped', [droppedFeed])}</p> : null}
            {feedError ? (
              <p className="pv-error" id={`${id}-feed-error`}>
                {feedError}
              </p>
            ) : null}
            {effective.locked.feedUrl ? (
              lockedNote(`${id}-feed-locked`)
            ) : (
              <p className="pv-hint" id={`${id}-feed-hint`}>
                {t('set_feed_hint')}
              </p>
            )}
            {policyFeedOrigin && policyFeedAccess === 'missing' ? (
              <div className="pv-feed-permission" role="group" aria-labelledby={`${id}-feed-permission`}>
                <p id={`${id}-feed-permission`}>{t('set_feed_permission_needed', [new URL(policyFeedOrigin).host])}</p>
                <button type="button" onClick={allowPolicyFeed}>
                  {t('set_feed_permission_allow', [new URL(policyFeedOrigin).host])}
                </button>
              </div>
            ) : null}
            <FeedStatus state={feedState} />
          </div>
        </Section>

        <Section title={t('set_checks_heading')}>
          <p className="pv-hint">{t('set_checks_intro')}</p>
          {checkGroup(t('set_checks_confidentiality'), CONFIDENTIALITY_CATEGORIES)}
          {checkGroup(t('set_checks_hygiene'), HYGIENE_CATEGORIES)}
        </Section>

        <Section title={t('set_panel_heading')}>
          <div className="pv-field">
            <label htmlFor={`${id}-position`}>{t('set_panel_position')}</label>
            <select
              id={`${id}-position`}
              value={draft.panel.position}
              onChange={(event) =>
                edit({ panel: { ...draft.panel, position: event.currentTarget.value as Settings['panel']['position'] } })
              }
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
              checked={draft.panel.compact}
              onChange={(event) => edit({ panel: { ...draft.panel, compact: event.currentTarget.checked } })}
            />
            <label htmlFor={`${id}-compact`}>{t('set_panel_compact')}</label>
          </div>
        </Section>

        <div className="pv-actions">
          <button type="submit" className="pv-primary">
            {t('set_save')}
          </button>
          <p className={status ? `pv-status pv-status-${status.kind}` : 'pv-status'} role="status">
            {status && t(status.key, status.substitutions)}
          </p>
        </div>
      </form>

      <Section title={t('set_policy_heading')}>
        <p className="pv-hint">{t('set_policy_intro')}</p>
        {managedAny ? <p>{t('set_policy_status_managed')}</p> : null}
        <p>
          {imported
            ? t('set_policy_status_imported', [imported.fileName ?? '—', formatDate(imported.importedAt)])
            : t('set_policy_status_none')}
        </p>
        <div className="pv-field">
          <label htmlFor={`${id}-policy`}>{t('set_policy_import')}</label>
          <input
            id={`${id}-policy`}
            type="file"
            accept="application/json,.json"
            aria-describedby={policyStatus ? `${id}-policy-status` : undefined}
            onChange={(event) => {
              const input = event.currentTarget;
              void onPolicyFile(input.files?.[0]).finally(() => {
                // Lets the same file be picked again after fixing it.
                input.value = '';
              });
            }}
          />
        </div>
        {policyStatus ? (
          <div id={`${id}-policy-status`} role={policyStatus.kind === 'error' ? 'alert' : 'status'}>
            <p className={policyStatus.kind === 'error' ? 'pv-error' : 'pv-status pv-status-ok'}>{policyStatus.text}</p>
            {policyStatus.detail ? <pre className="pv-error-detail">{policyStatus.detail}</pre> : null}
          </div>
        ) : null}
        {policy.issues.length > 0 ? (
          <div className="pv-policy-problems" role="group" aria-labelledby={`${id}-policy-problems`}>
            <h3 id={`${id}-policy-problems`}>{t('set_policy_problems_heading')}</h3>
            <p className="pv-hint">{t('set_policy_problems_intro')}</p>
            <ul aria-labelledby={`${id}-policy-problems`}>
              {policy.issues.map((issue, index) => (
                <li key={index}>
                  <strong>{t(`set_policy_problem_${issue.source}`)}</strong>{' '}
                  <code>{issue.path || '—'}</code>{' '}
                  {issue.message}{' '}
                  <span className="pv-hint">{t('set_policy_problem_ignored', [issue.ignored])}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {imported ? (
          <button type="button" onClick={() => void onRemovePolicy()}>
            {t('set_policy_remove')}
          </button>
        ) : null}
      </Section>
    </section>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="pv-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
