import { browser } from 'wxt/browser';
import { fetchFeed, feedErrorRecord, parseFeed } from '../../utils/feed';
import { FeedError } from '../../utils/feed/feed-error';
import { getFeedItems, getFeedState, replaceFeedItems, setFeedState } from '../../utils/db/feed';
import type { FeedSnapshot } from '../../utils/messaging/protocol';
import { effectiveFeed } from './effective-config';
import { anchorRelativeDates } from '../../utils/feed/relative-dates';
import { now } from '../../utils/time/clock';

export const FEED_ALARM = 'porte-voix-feed-refresh';
/** Company newsrooms publish a few times a day at most. */
const REFRESH_MINUTES = 60;

/** The bundled sample newsroom: the default, so a fresh install is useful offline. */
export function sampleFeedUrl(): string {
  return browser.runtime.getURL('/sample-feed.json');
}


let inFlight: { url: string; done: Promise<FeedSnapshot> } | null = null;

/**
 * Fetches the effective feed (conditional request), keeps the last good copy when the fetch or the
 * document fails, and records the error with the time of the last good update.
 */
export async function refreshFeed(): Promise<FeedSnapshot> {
  const feed = await effectiveFeed();
  const url = feed.url ?? sampleFeedUrl();
  // A feed a policy set never went through the permission prompt of Settings: say so there rather
  // than fetch it without the person knowing (issue 10).
  const needsPermission = feed.url !== undefined && (feed.source === 'managed' || feed.source === 'imported');
  // One refresh per address at a time: an alarm and a panel may ask at once. A refresh of another
  // address (the person just changed it) waits for the running one, then runs: it must not be
  // answered with the previous address's result.
  if (inFlight?.url === url) return inFlight.done;
  const running = inFlight?.done.catch(() => undefined);
  const done: Promise<FeedSnapshot> = (async () => {
    await running;
    return doRefresh(url, needsPermission);
  })().finally(() => {
    if (inFlight?.done === done) inFlight = null;
  });
  inFlight = { url, done };
  return done;
}

/** Whether the extension may read `url`'s origin; true when the browser cannot say (the fetch then decides). */
export async function hasHostPermission(url: string): Promise<boolean> {
  const { origin } = new URL(url);
  try {
    return await browser.permissions.contains({ origins: [`${origin}/*`] });
  } catch {
    return true;
  }
}

async function doRefresh(url: string, needsPermission = false): Promise<FeedSnapshot> {
  const previous = await getFeedState(url);
  try {
    if (needsPermission && url.startsWith('https:') && !(await hasHostPermission(url))) {
      const { host } = new URL(url);
      throw new FeedError('permission', `Not fetched: no host permission for ${host} (feed set by a policy)`, { host });
    }
    if (url === sampleFeedUrl()) {
      // Its embargoed and expired demo items are dated relative to now, so the demo always shows both.
      const text = anchorRelativeDates(await (await fetch(url)).text(), now());
      await replaceFeedItems(url, parseFeed(text, url).items);
    } else {
      const result = await fetchFeed(url, previous);
      if (result.status === 'ok') {
        await replaceFeedItems(url, result.items);
        const state = await getFeedState(url);
        await setFeedState({ ...state!, etag: result.etag, lastModified: result.lastModified });
      } else if (previous) {
        await setFeedState({ ...previous, lastError: undefined, lastErrorAt: undefined });
      }
    }
  } catch (error) {
    await setFeedState({
      ...(previous ?? { url, itemCount: 0 }),
      lastError: feedErrorRecord(error),
      lastErrorAt: Date.now(),
    });
  }
  return snapshot(url);
}

/** The cached items of the effective feed, fetching once when nothing is cached yet. */
export async function currentFeed(): Promise<FeedSnapshot> {
  const url = (await effectiveFeed()).url ?? sampleFeedUrl();
  const current = await snapshot(url);
  if (current.items.length === 0 && !current.state?.lastGoodAt) return refreshFeed();
  return current;
}

async function snapshot(url: string): Promise<FeedSnapshot> {
  const items = (await getFeedItems()).filter((item) => item.source === url);
  return { url, items, state: (await getFeedState(url)) ?? null };
}

export function registerFeedSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) void refreshFeed();
  });
  browser.runtime.onInstalled.addListener(() => {
    void browser.alarms.create(FEED_ALARM, { periodInMinutes: REFRESH_MINUTES, delayInMinutes: REFRESH_MINUTES });
    void refreshFeed();
  });
  browser.runtime.onStartup.addListener(() => void refreshFeed());
}
