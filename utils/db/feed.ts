import { db as sharedDb, type PorteVoixDb } from './index';
import { withStorage } from './errors';
import { FeedStateSchema, StoredFeedItemSchema, type FeedState, type StoredFeedItem } from './records';
import { FeedItemSchema, type FeedItem } from '../feed/feed-item';

/**
 * Replaces the cached items of one feed after a good fetch, in one transaction, and records the fetch as good
 * (itemCount, lastGoodAt; the last error is cleared). Items of other feeds are kept. Returns the stored count.
 */
export async function replaceFeedItems(
  url: string,
  items: readonly FeedItem[],
  database: PorteVoixDb = sharedDb,
  fetchedAt: number = Date.now(),
): Promise<number> {
  const rows: StoredFeedItem[] = items.map((item) => StoredFeedItemSchema.parse({ ...FeedItemSchema.parse(item), fetchedAt }));
  return withStorage(() =>
    database.transaction('rw', database.feedItems, database.feedState, async () => {
      await database.feedItems.filter((item) => item.source === url).delete();
      await database.feedItems.bulkPut(rows);
      const previous = await database.feedState.get(url);
      const { lastError: _error, lastErrorAt: _errorAt, ...kept } = previous ?? { url, itemCount: 0 };
      await database.feedState.put(FeedStateSchema.parse({ ...kept, url, itemCount: rows.length, lastGoodAt: fetchedAt }));
      return rows.length;
    }),
  );
}

/** Every cached item, newest first (items without a date last, in stored order). */
export function getFeedItems(database: PorteVoixDb = sharedDb): Promise<StoredFeedItem[]> {
  return withStorage(async () => {
    const items = await database.feedItems.toArray();
    const time = (item: StoredFeedItem) => (item.published ? Date.parse(item.published) : Number.NEGATIVE_INFINITY);
    return items.sort((a, b) => time(b) - time(a));
  });
}

export function getFeedState(url: string, database: PorteVoixDb = sharedDb): Promise<FeedState | undefined> {
  return withStorage(() => database.feedState.get(url));
}

/** Writes the whole state row of a feed (validators, errors). */
export async function setFeedState(state: FeedState, database: PorteVoixDb = sharedDb): Promise<void> {
  const parsed = FeedStateSchema.parse(state);
  await withStorage(() => database.feedState.put(parsed));
}
