import { useEffect, useRef, useState } from 'react';
import type { FeedState } from '../../utils/db/records';
import { describeFeedErrorRecord } from '../../utils/feed/describe-feed-error';
import { useI18n } from '../ui/i18n';

export type FeedStatusState = Pick<FeedState, 'lastGoodAt' | 'lastError' | 'lastErrorAt'>;

/**
 * When the company news was last updated and, if the latest attempt failed, why (in the person's
 * language; the stored English detail is for logs). The items shown stay the last good copy.
 * Plain text only: nothing from the feed or the server is ever rendered as HTML.
 */
export function FeedStatus({ state, errorsOnly = false }: { state: FeedStatusState | null | undefined; errorsOnly?: boolean }) {
  const { t, locale, formatDate } = useI18n();
  if (!state || (errorsOnly && !state.lastError)) return null;
  const when = (ms: number) => formatDate(ms, { dateStyle: 'medium', timeStyle: 'short' });
  const updated = state.lastGoodAt ? t('feed_status_updated', [when(state.lastGoodAt)]) : t('feed_status_never');
  return (
    <div className="pv-feed-status" role="status" aria-label={t('feed_status_label')} data-testid="pv-feed-status">
      <p>
        {updated}
        {state.lastError ? (
          <>
            {' '}
            <span className="pv-error" title={state.lastErrorAt ? when(state.lastErrorAt) : undefined}>
              {t('feed_status_failed', [describeFeedErrorRecord(state.lastError, locale)])}
            </span>
          </>
        ) : null}
      </p>
    </div>
  );
}

/** Loads the feed state once per `version` (bump it to reload, e.g. after saving a new feed URL). */
export function useFeedState(load: (() => Promise<FeedStatusState | null>) | undefined, version = 0): FeedStatusState | null {
  const [state, setState] = useState<FeedStatusState | null>(null);
  // The latest loader, without reloading on every render when a caller passes an inline function.
  const loader = useRef(load);
  loader.current = load;
  useEffect(() => {
    const current = loader.current;
    if (!current) return;
    let live = true;
    current()
      .then((next) => live && setState(next))
      .catch(() => live && setState(null));
    return () => {
      live = false;
    };
  }, [version]);
  return state;
}
