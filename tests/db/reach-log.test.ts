import type { PorteVoixDb } from '../../utils/db';
import { getDraft, saveDraft } from '../../utils/db/drafts';
import { MissingRowError } from '../../utils/db/errors';
import { deleteReachEntry, getReachEntry, listReachLog, listSharedItemIds, recordPublish, restoreMetrics, updateMetrics } from '../../utils/db/reach-log';
import { draftInput, dropDb, entryInput, freshDb } from './helpers';

let database: PorteVoixDb;
beforeEach(() => {
  database = freshDb();
});
afterEach(async () => {
  await dropDb(database);
});

test('recordPublish logs the post with computed features and marks the draft published', async () => {
  await saveDraft(draftInput({ id: 'd1' }), database);
  const id = await recordPublish(entryInput({ draftId: 'd1', text: 'Hello #World and #world again #2026' }), database);
  expect(await getReachEntry(id, database)).toMatchObject({
    id,
    draftId: 'd1',
    hashtags: ['World'],
    personalVoice: null,
    length: 35,
  });
  expect((await getDraft('d1', database))?.status).toBe('published');
});

test('recordPublish without a draft, and the log lists newest first', async () => {
  await recordPublish(entryInput({ publishedAt: 1 }), database);
  await recordPublish(entryInput({ publishedAt: 3 }), database);
  await recordPublish(entryInput({ publishedAt: 2, personalVoice: true }), database);
  expect((await listReachLog(database)).map((entry) => entry.publishedAt)).toEqual([3, 2, 1]);
});

test('updateMetrics validates, stores and returns the previous numbers for undo', async () => {
  const id = await recordPublish(entryInput(), database);
  const metrics = { impressions: 1200, reactions: 40, comments: 3, reposts: 2, colleagueShare: 0.25 };
  const first = await updateMetrics(id, metrics, database);
  expect(first).toEqual({ metrics: undefined, metricsUpdatedAt: undefined });
  const stored = await getReachEntry(id, database);
  expect(stored?.metrics).toEqual(metrics);
  expect(stored?.metricsUpdatedAt).toEqual(expect.any(Number));

  const second = await updateMetrics(id, { ...metrics, impressions: 1500 }, database);
  expect(second.metrics).toEqual(metrics);
  await restoreMetrics(id, second, database);
  expect((await getReachEntry(id, database))?.metrics?.impressions).toBe(1200);
  await restoreMetrics(id, first, database);
  const cleared = await getReachEntry(id, database);
  expect(cleared).not.toHaveProperty('metrics');
  expect(cleared).not.toHaveProperty('metricsUpdatedAt');
});

test.each([
  { impressions: -1, reactions: 0, comments: 0, reposts: 0 },
  { impressions: 1.5, reactions: 0, comments: 0, reposts: 0 },
  { impressions: 1, reactions: 0, comments: 0, reposts: 0, colleagueShare: 1.2 },
])('updateMetrics rejects %o', async (metrics) => {
  const id = await recordPublish(entryInput(), database);
  await expect(updateMetrics(id, metrics, database)).rejects.toThrow();
  expect((await getReachEntry(id, database))?.metrics).toBeUndefined();
});

test('updateMetrics on a row deleted elsewhere says MissingRowError', async () => {
  const id = await recordPublish(entryInput(), database);
  expect(await deleteReachEntry(id, database)).toMatchObject({ id });
  await expect(updateMetrics(id, { impressions: 1, reactions: 0, comments: 0, reposts: 0 }, database)).rejects.toBeInstanceOf(MissingRowError);
});

test('the editorial kind is inferred when the publish message does not say it, and shared items are listed', async () => {
  const { kind: _kind, ...withoutKind } = entryInput();
  const own = await recordPublish(withoutKind, database);
  const company = await recordPublish({ ...withoutKind, linkedItemId: 'item-1', personalVoice: false }, database);
  const withTake = await recordPublish({ ...withoutKind, linkedItemId: 'item-2', personalVoice: true, composerKind: 'post', url: 'https://x.com/home' } as typeof withoutKind, database);
  expect((await getReachEntry(own, database))?.kind).toBe('own');
  expect((await getReachEntry(company, database))?.kind).toBe('company');
  expect(await getReachEntry(withTake, database)).toMatchObject({ kind: 'company_with_take' });
  expect(await getReachEntry(withTake, database)).not.toHaveProperty('url');
  expect((await listSharedItemIds(database)).sort()).toEqual(['item-1', 'item-2']);
});

test('a post with more hashtags than a row holds, or very long ones, is logged with what fits', async () => {
  const many = Array.from({ length: 600 }, (_, i) => `tag${i}`);
  const long = 'x'.repeat(300);
  const id = await recordPublish(entryInput({ hashtags: [long, ...many] }), database);
  const row = await getReachEntry(id, database);
  expect(row?.hashtags).toHaveLength(500);
  expect(row?.hashtags[0]).toBe('x'.repeat(200));
  expect(row?.hashtags[1]).toBe('tag0');
  // Cut by whole characters: an emoji at the limit is left out, never split into half a surrogate pair.
  const emoji = await recordPublish(entryInput({ hashtags: ['a' + '🎉'.repeat(150)] }), database);
  expect((await getReachEntry(emoji, database))?.hashtags[0]).toBe('a' + '🎉'.repeat(99));
});
