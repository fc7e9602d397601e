import { useEffect, useId, useMemo } from 'react';
import { policyFeedOrigin } from '../../utils/settings';
import { useSettingsStore } from '../../utils/stores/settings-store';
import { FeedStatus, useFeedState, type FeedStatusState } from '../feed/FeedStatus';
import { useI18n } from '../ui/i18n';
import { errorText } from './field-error';
import { LockedNote } from './LockedNote';
import { SettingsSection } from './SettingsSection';
import { useEffectiveSettings } from './useEffectiveSettings';

export interface FeedSectionProps {
  /** When the company news was last updated and the last error. */
  loadFeedState: () => Promise<FeedStatusState | null>;
}

/** The company feed address (locked when the company sets it), its host access, and how its last update went. */
export function FeedSection({ loadFeedState }: FeedSectionProps) {
  const { t } = useI18n();
  const id = useId();
  const draft = useSettingsStore((state) => state.draft);
  const policy = useSettingsStore((state) => state.policy);
  const feedError = errorText(t, useSettingsStore((state) => state.errors.feedUrl));
  const droppedFeed = useSettingsStore((state) => state.droppedFeed);
  const access = useSettingsStore((state) => state.policyFeedAccess);
  const savedCount = useSettingsStore((state) => state.savedCount);
  const { edit, checkPolicyFeedAccess, allowPolicyFeed } = useSettingsStore.getState();
  const effective = useEffectiveSettings();
  // Reloaded after each save: a new feed address is fetched on the first read.
  const feedState = useFeedState(loadFeedState, savedCount);
  const companyOrigin = useMemo(() => (draft && policy ? policyFeedOrigin(draft, policy) : undefined), [draft, policy]);

  useEffect(() => {
    if (companyOrigin) void checkPolicyFeedAccess(companyOrigin);
  }, [companyOrigin, checkPolicyFeedAccess]);

  if (!draft || !effective) return null;
  const locked = effective.locked.feedUrl;
  const companyHost = companyOrigin ? new URL(companyOrigin).host : undefined;
  return (
    <SettingsSection title={t('set_feed_heading')}>
      <div className="pv-field">
        <label htmlFor={`${id}-feed`}>{t('set_feed_label')}</label>
        <input
          id={`${id}-feed`}
          type="url"
          inputMode="url"
          autoComplete="url"
          value={locked ? (effective.feedUrl ?? '') : (draft.feedUrl ?? '')}
          disabled={locked}
          aria-invalid={feedError ? true : undefined}
          aria-describedby={[feedError ? `${id}-feed-error` : '', locked ? `${id}-feed-locked` : `${id}-feed-hint`].filter(Boolean).join(' ') || undefined}
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
        {locked ? (
          <LockedNote id={`${id}-feed-locked`} />
        ) : (
          <p className="pv-hint" id={`${id}-feed-hint`}>
            {t('set_feed_hint')}
          </p>
        )}
        {companyHost && access === 'missing' ? (
          <div className="pv-feed-permission" role="group" aria-labelledby={`${id}-feed-permission`}>
            <p id={`${id}-feed-permission`}>{t('set_feed_permission_needed', [companyHost])}</p>
            <button type="button" onClick={() => void allowPolicyFeed()}>
              {t('set_feed_permission_allow', [companyHost])}
            </button>
          </div>
        ) : null}
        <FeedStatus state={feedState} />
      </div>
    </SettingsSection>
  );
}
