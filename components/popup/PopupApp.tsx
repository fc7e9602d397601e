import { useEffect, useMemo } from 'react';
import { PLATFORMS, type Platform } from '../../utils/platform';
import type { FeedItem } from '../../utils/feed/feed-item';
import { createRanker } from '../../utils/feed/rank-items';
import { popupItems } from '../../utils/feed/popup-items';
import { now } from '../../utils/time/clock';
import type { Disclosure } from '../../utils/policy/disclosure';
import type { Policy } from '../../utils/policy';
import type { ShareSubject } from '../../utils/browser/pending-share';
import { usePopupStore } from '../../utils/stores/popup-store';
import { FeedStatus, useFeedState, type FeedStatusState } from '../feed/FeedStatus';
import { useI18n } from '../ui/i18n';
import { ShareForm } from './ShareForm';

export interface PopupDeps {
  /** Cached company items (no network wait). */
  loadItems(): Promise<FeedItem[]>;
  /** The tab the popup was opened on, for "Share this page". */
  activeTab(): Promise<{ title: string; url: string } | null>;
  /** Opens a URL in a new tab (the platform's composer). */
  openTab(url: string): Promise<void>;
  /** A share started from the context menu, if any (consumed once). */
  pendingShare?(): Promise<ShareSubject | null>;
  /** When the feed was last updated and its last error: shown only when the last update failed. */
  loadFeedState?(): Promise<FeedStatusState | null>;
  policy: Policy;
  /** The disclosure a share of company news owes (the company's, else the person's own); null when none is set. */
  disclosure?: Disclosure | null;
}

/** The toolbar popup: the latest company news, searchable, each shareable with the person's take. */
export function PopupApp({ deps }: { deps: PopupDeps }) {
  const { t, formatDate, locale } = useI18n();
  const { items, query, subject, loadError, setItems, setQuery, startShare, setLoadError } = usePopupStore();

  const { loadItems, pendingShare } = deps;
  const feedState = useFeedState(deps.loadFeedState);
  useEffect(() => {
    loadItems()
      .then(setItems)
      .catch(() => setLoadError('popup_load_error'));
    void pendingShare?.().then((pending) => pending && startShare(pending));
  }, [loadItems, pendingShare, setItems, setLoadError, startShare]);

  const ranker = useMemo(() => createRanker(items), [items]);
  // A search that matches nothing lists nothing (the ranker falls back to the latest items).
  // Items under embargo or expired are not listed; a story's translations show as one entry.
  const visible = useMemo(
    () =>
      popupItems(
        ranker.rank({ draft: query, limit: items.length }).filter((ranked) => !query.trim() || ranked.why.mode === 'draft'),
        locale,
        now(),
      ).slice(0, 30),
    [ranker, query, items.length, locale],
  );

  const sharePage = async (platform: Platform) => {
    const tab = await deps.activeTab();
    if (tab && /^https?:\/\//.test(tab.url)) startShare({ kind: 'page', platform, ...tab });
    else setLoadError('popup_page_not_shareable');
  };

  if (subject) return <ShareForm subject={subject} policy={deps.policy} disclosure={deps.disclosure ?? null} openTab={deps.openTab} />;

  return (
    <main className="pv-popup">
      <h1 className="pv-popup__title">{t('popup_title')}</h1>
      <label className="pv-field">
        <span>{t('popup_search')}</span>
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} autoFocus />
      </label>
      {loadError && <p role="status" className="pv-problem">{t(loadError)}</p>}
      <FeedStatus state={feedState} errorsOnly />
      <div className="pv-row">
        <span>{t('popup_share_page')}</span>
        {PLATFORMS.map((platform) => (
          <button key={platform} type="button" onClick={() => void sharePage(platform)}>
            {t(`dash_platform_${platform}`)}
          </button>
        ))}
      </div>
      {visible.length === 0 ? (
        <p className="pv-muted">{t(items.length === 0 ? 'popup_empty' : 'popup_no_match')}</p>
      ) : (
        <ul className="pv-news" aria-label={t('popup_news')}>
          {visible.map((item) => (
            <li key={item.id} className="pv-news__item">
              <p className="pv-news__title">{item.title}</p>
              <p className="pv-muted">
                {[item.published && formatDate(item.published), hostOf(item.url)].filter(Boolean).join(' · ')}
              </p>
              <div className="pv-row">
                {PLATFORMS.map((platform) => (
                  <button
                    key={platform}
                    type="button"
                    aria-label={t('popup_share_on_item', [t(`dash_platform_${platform}`), item.title])}
                    onClick={() => startShare({ kind: 'item', item, platform })}
                  >
                    {t('popup_share_on', [t(`dash_platform_${platform}`)])}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
