import type { PorteVoixDb } from '../../utils/db';
import { getFeedItems, getFeedState, replaceFeedItems, setFeedState } from '../../utils/db/feed';
import type { FeedItem } from '../../utils/feed/feed-item';
import { dropDb, freshDb } from './helpers';

let database: PorteVoixDb;
beforeEach(() => {
  database = freshDb();
});
afterEach(async () => {
  await dropDb(database);
});

const FEED = 'https://news.example.com/feed.json';
const item = (id: string, published?: string, source = FEED): FeedItem => ({
  id,
  title: `Title ${id}`,
  url: `https://news.example.com/${id}`,
  summary: '',
  tags: [],
  source,
  ...(published ? { published } : {}),
});

test('replaceFeedItems swaps one feed’s items, keeps others, and records a good fetch', async () => {
  await setFeedState({ url: FEED, etag: '"v1"', lastError: 'dash_feed_error', lastErrorAt: 3, itemCount: 0 }, database);
  await replaceFeedItems('https://other.example.com/rss', [item('other', undefined, 'https://other.example.com/rss')], database, 1);
  await replaceFeedItems(FEED, [item('a', '2026-01-01T00:00:00Z'), item('b')], database, 10);
  await replaceFeedItems(FEED, [item('c', '2026-02-01T09:00:00+02:00'), item('d', '2026-02-01T08:00:00Z')], database, 20);

  expect((await getFeedItems(database)).map((row) => row.id)).toEqual(['d', 'c', 'other']);
  expect(await getFeedState(FEED, database)).toEqual({ url: FEED, etag: '"v1"', itemCount: 2, lastGoodAt: 20 });
});

test('invalid items are rejected as a whole', async () => {
  await expect(replaceFeedItems(FEED, [{ ...item('a'), url: 'javascript:alert(1)' }], database)).rejects.toThrow();
  expect(await database.feedItems.count()).toBe(0);
});
