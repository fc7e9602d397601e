// @vitest-environment node
// The background is a service worker: no DOM.
import { handleMessage } from '../../entrypoints/background/messages';
import { db } from '../../utils/db';
import { listReachLog } from '../../utils/db/reach-log';

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
  expect(await handleMessage({ type: 'reach:shared-item-ids' })).toEqual({ ok: true, data: ['item-1'] });
});

test('a full disk comes back as a message the panel can show, not a crash', async () => {
  vi.spyOn(db.drafts, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
  const reply = await handleMessage({ type: 'draft:save', draft: draft() });
  expect(reply).toMatchObject({ ok: false, error: { kind: 'quota' } });
});
