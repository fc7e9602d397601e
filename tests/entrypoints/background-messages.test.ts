// @vitest-environment node
// The background is a service worker: no DOM.
import { handleMessage } from '../../entrypoints/background/messages';
import { forgetRecentDraftCopy } from '../../entrypoints/background/recent-draft';
import { db } from '../../utils/db';
import { listReachLog, listSharedItemIds } from '../../utils/db/reach-log';
import { replaceFeedItems } from '../../utils/db/feed';
import { sampleFeedUrl } from '../../entrypoints/background/feed-sync';

const NOW = Date.parse('2026-12-02T10:00:00Z');

const draft = (over: Record<string, unknown> = {}) => ({
  id: 'composer-1',
  platform: 'linkedin',
  composerKind: 'post',
  url: 'https://www.linkedin.com/feed/',
  text: 'Half-written thoughts',
  updatedAt: 1_000,
  ...over,
});

beforeEach(async () => {
  forgetRecentDraftCopy();
  await db.delete();
  await db.open();
});

test('rejects a malformed message with a clear, showable error and does no work', async () => {
  const reply = await handleMessage({ type: 'draft:save', draft: { id: 3 } });
  expect(reply).toMatchObject({ ok: false, error: { kind: 'invalid', messageKey: 'err_invalid_message' } });
  expect(await db.drafts.count()).toBe(0);
});

test('a saved draft is offered back for the same platform and kind, not for another platform', async () => {
  expect((await handleMessage({ type: 'draft:save', draft: draft() })).ok).toBe(true);
  const same = await handleMessage({ type: 'draft:restorable', platform: 'linkedin', composerKind: 'post' });
  expect(same).toMatchObject({ ok: true, data: { id: 'composer-1', text: 'Half-written thoughts' } });
  const other = await handleMessage({ type: 'draft:restorable', platform: 'x', composerKind: 'post' });
  expect(other).toEqual({ ok: true, data: null });
});

test('two composers in two tabs never overwrite each other', async () => {
  await handleMessage({ type: 'draft:save', draft: draft({ id: 'tab-a', text: 'A', updatedAt: 5 }) });
  await handleMessage({ type: 'draft:save', draft: draft({ id: 'tab-b', text: 'B', updatedAt: 6 }) });
  // A late autosave of tab A must not clobber B, nor a newer A.
  await handleMessage({ type: 'draft:save', draft: draft({ id: 'tab-a', text: 'A older', updatedAt: 4 }) });
  const rows = await db.drafts.orderBy('id').toArray();
  expect(rows.map((row) => [row.id, row.text])).toEqual([
    ['tab-a', 'A'],
    ['tab-b', 'B'],
  ]);
});

test('publishing logs the post, classifies it and takes the draft out of the restore list', async () => {
  await handleMessage({ type: 'draft:save', draft: draft() });
  const reply = await handleMessage({
    type: 'publish:record',
    entry: {
      draftId: 'composer-1',
      platform: 'linkedin',
      composerKind: 'post',
      url: 'https://www.linkedin.com/feed/',
      text: 'I am proud of this #Hydrogen project',
      linkedItemId: 'item-1',
      personalVoice: true,
      publishedAt: 2_000,
    },
  });
  expect(reply.ok).toBe(true);
  const [entry] = await listReachLog();
  expect(entry).toMatchObject({ kind: 'company_with_take', hashtags: ['Hydrogen'], personalVoice: true });
  expect(await handleMessage({ type: 'draft:restorable', platform: 'linkedin', composerKind: 'post' })).toEqual({
    ok: true,
    data: null,
  });
  expect(await listSharedItemIds()).toEqual(['item-1']);
});

test('suggestions are ranked here, for every tab: the draft\'s topic first, an item already shared last, the linked one never', async () => {
  const item = (id: string, title: string, daysAgo: number) =>
    ({ id, source: sampleFeedUrl(), title, summary: title, url: `https://newsroom.example/${id}`, published: new Date(NOW - daysAgo * 86_400_000).toISOString(), tags: [] });
  await replaceFeedItems(sampleFeedUrl(), [item('h2', 'Our electrolyser plant opens in Grenoble', 1), item('jobs', 'We are hiring engineers', 2), item('solar', 'Solar roofs for schools', 3)]);
  const ask = (draft: string, linkedItemId: string | null = null) =>
    handleMessage({ type: 'feed:suggest', request: { draft, interests: [], locale: 'en', linkedItemId, now: NOW } });
  const ids = (reply: Awaited<ReturnType<typeof ask>>) => (reply.ok ? (reply.data as Array<{ item: { id: string } }>).map((entry) => entry.item.id) : []);
  expect(ids(await ask('Proud of the hiring drive: engineers wanted'))[0]).toBe('jobs');
  expect(ids(await ask('', 'h2'))).not.toContain('h2');
  await handleMessage({ type: 'publish:record', entry: { platform: 'linkedin', composerKind: 'post', url: 'https://www.linkedin.com/feed/', text: 'Hiring!', linkedItemId: 'jobs', personalVoice: true, publishedAt: NOW } });
  expect(ids(await ask('')).at(-1)).toBe('jobs');
  // A malformed request is refused before any work.
  expect(await handleMessage({ type: 'feed:suggest', request: { draft: 3 } })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
});

test('a full disk comes back as a message the panel can show, not a crash', async () => {
  vi.spyOn(db.drafts, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
  const reply = await handleMessage({ type: 'draft:save', draft: draft() });
  expect(reply).toMatchObject({ ok: false, error: { kind: 'quota' } });
});

// Issue 10, "Nothing typed is lost".
test('a save the database refused is reported to the panel, not dropped', async () => {
  await handleMessage({ type: 'draft:save', draft: draft({ updatedAt: 9_000 }) });
  const refused = await handleMessage({ type: 'draft:save', draft: draft({ text: 'older clock', updatedAt: 1_000 }) });
  expect(refused).toEqual({ ok: true, data: { saved: false } });
  expect(await handleMessage({ type: 'draft:save', draft: draft({ text: 'newer', updatedAt: 9_500 }) })).toEqual({
    ok: true,
    data: { saved: true },
  });
});

test('two tabs that restored the same draft each write their own row, and the old row is taken over', async () => {
  await handleMessage({ type: 'draft:save', draft: draft({ id: 'old', text: 'Left off', updatedAt: 5 }) });
  await handleMessage({ type: 'draft:save', draft: draft({ id: 'tab-a', text: 'Left off, from A', updatedAt: 10, replaces: 'old' }) });
  await handleMessage({ type: 'draft:save', draft: draft({ id: 'tab-b', text: 'Left off, from B', updatedAt: 11, replaces: 'old' }) });
  await handleMessage({ type: 'draft:save', draft: draft({ id: 'tab-a', text: 'Left off, from A again', updatedAt: 12 }) });
  const rows = await db.drafts.orderBy('id').toArray();
  expect(rows.map((row) => [row.id, row.text, row.status])).toEqual([
    ['tab-a', 'Left off, from A again', 'open'],
    ['tab-b', 'Left off, from B', 'open'],
  ]);
  // The restored draft keeps the age of the one it continues.
  expect(rows[0]!.createdAt).toBe(5);
});

test('a thread is settled together: its later parts are published, never offered back', async () => {
  for (const [id, text] of [['part-0', 'First'], ['part-1', 'Second'], ['part-2', 'Third']] as const) {
    await handleMessage({ type: 'draft:save', draft: draft({ id, text, platform: 'x' }) });
  }
  const reply = await handleMessage({
    type: 'publish:record',
    entry: {
      draftId: 'part-0',
      partDraftIds: ['part-1', 'part-2'],
      platform: 'x',
      composerKind: 'post',
      url: 'https://x.com/compose/post',
      text: 'First\n\nSecond\n\nThird',
      personalVoice: null,
      publishedAt: 2_000,
    },
  });
  expect(reply.ok).toBe(true);
  expect((await db.drafts.toArray()).map((row) => row.status)).toEqual(['published', 'published', 'published']);
  expect(await handleMessage({ type: 'draft:restorable', platform: 'x', composerKind: 'post' })).toEqual({ ok: true, data: null });
});

test('a post with more hashtags than a log row holds is logged with those that fit, never dropped', async () => {
  const text = Array.from({ length: 600 }, (_, i) => `#tag${i}`).join(' ');
  const reply = await handleMessage({
    type: 'publish:record',
    entry: { platform: 'linkedin', composerKind: 'post', url: '', text, personalVoice: null, publishedAt: 2_000 },
  });
  expect(reply.ok).toBe(true);
  const [entry] = await listReachLog();
  expect(entry!.hashtags).toHaveLength(500);
  expect(entry!.hashtags[0]).toBe('tag0');
  expect(entry!.text).toBe(text);
});

test('a date Date cannot hold is refused before any work', async () => {
  const reply = await handleMessage({ type: 'draft:save', draft: draft({ updatedAt: 8.64e15 + 1 }) });
  expect(reply).toMatchObject({ ok: false, error: { kind: 'invalid' } });
  expect(await db.drafts.count()).toBe(0);
});

test('the panel gets settings validated here: a stored value it cannot use reads as the defaults, field by field', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  await fakeBrowser.storage.local.set({ settings: { language: 'fr', goals: ['not-a-goal'], quietHours: 'always' } });
  const reply = await handleMessage({ type: 'settings:get' });
  expect(reply.ok).toBe(true);
  const settings = reply.ok ? (reply.data as { language: string; goals: string[] }) : null;
  expect(settings?.language).toBe('fr');
  expect(settings?.goals).toEqual([]);
});

test('a panel in French gets its strings here (its bundle carries English only); a locale outside the UI languages is refused', async () => {
  const reply = await handleMessage({ type: 'i18n:messages', locale: 'fr' });
  expect(reply).toMatchObject({ ok: true, data: { panel_show: 'Montrer', panel_no_findings: "Rien à signaler pour l'instant." } });
  expect(await handleMessage({ type: 'i18n:messages', locale: 'de' })).toMatchObject({ ok: false, error: { kind: 'invalid' } });
});

test('the panel gets the company policy merged here, with what was ignored and why', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  await fakeBrowser.storage.local.set({
    importedPolicy: { document: { codenames: ['Bluebird', 42], severities: { email: 'off' } }, importedAt: '2026-12-01T00:00:00Z' },
  });
  const reply = await handleMessage({ type: 'policy:get' });
  expect(reply).toMatchObject({
    ok: true,
    data: { policy: { codenames: ['Bluebird'], severities: { email: 'off' } }, sources: { codenames: 'imported' } },
  });
  expect(reply.ok && (reply.data as { issues: unknown[] }).issues).toHaveLength(1);
});

test('a draft saved moments ago is noted for the pages of its site, and forgotten once its post goes out', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  const { hasRecentDraft, STORAGE_KEYS } = await import('../../utils/storage-keys');
  const recent = async () => (await fakeBrowser.storage.local.get(STORAGE_KEYS.recentDraft))[STORAGE_KEYS.recentDraft];
  const now = Date.now();
  await handleMessage({ type: 'draft:save', draft: draft({ updatedAt: now }) });
  expect(hasRecentDraft(await recent(), 'linkedin', now + 1000)).toBe(true);
  expect(hasRecentDraft(await recent(), 'x', now + 1000)).toBe(false);
  // Reopened the next day: the panel waits for the person to write, as on any page.
  expect(hasRecentDraft(await recent(), 'linkedin', now + 24 * 3600_000)).toBe(false);
  await handleMessage({
    type: 'publish:record',
    entry: { draftId: 'composer-1', platform: 'linkedin', composerKind: 'post', url: 'https://www.linkedin.com/feed/', text: 'Done', personalVoice: true, publishedAt: now + 2000 },
  });
  expect(hasRecentDraft(await recent(), 'linkedin', now + 3000)).toBe(false);
});

test('autosave while typing notes the recent draft once a minute, and reads it once, not on every save', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  const set = vi.spyOn(fakeBrowser.storage.local, 'set');
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  const now = Date.now();
  for (let second = 0; second < 30; second++) {
    await handleMessage({ type: 'draft:save', draft: draft({ text: `typing ${second}`, updatedAt: now + second * 1000 }) });
  }
  expect(set.mock.calls.filter(([items]) => 'recentDraft' in (items as object))).toHaveLength(1);
  expect(get.mock.calls.filter(([keys]) => keys === 'recentDraft')).toHaveLength(1);
});
