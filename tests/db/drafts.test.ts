import {
  deleteDraft,
  discardDraft,
  getDraft,
  getRestorableDraft,
  listDrafts,
  markDraftPublished,
  restoreDraft,
  saveDraft,
} from '../../utils/db/drafts';
import type { PorteVoixDb } from '../../utils/db';
import { draftInput, dropDb, freshDb } from './helpers';

let database: PorteVoixDb;
beforeEach(() => {
  database = freshDb();
});
afterEach(async () => {
  await dropDb(database);
});

describe('saveDraft', () => {
  test('inserts with defaults and keeps createdAt on later saves', async () => {
    const input = draftInput({ id: 'a', updatedAt: 100 });
    const first = await saveDraft(input, database);
    expect(first).toEqual({ saved: true, draft: expect.objectContaining({ id: 'a', status: 'open', dismissedFindings: [], createdAt: 100 }) });
    await saveDraft({ ...input, text: 'edited', updatedAt: 200, createdAt: 150 }, database);
    expect(await getDraft('a', database)).toMatchObject({ text: 'edited', createdAt: 100, updatedAt: 200 });
  });

  test('never overwrites a newer save (out-of-order autosaves)', async () => {
    await saveDraft(draftInput({ id: 'a', text: 'newer', updatedAt: 300 }), database);
    const late = await saveDraft(draftInput({ id: 'a', text: 'older', updatedAt: 200 }), database);
    expect(late.saved).toBe(false);
    expect((await getDraft('a', database))?.text).toBe('newer');
  });

  test('two tabs with two composers keep two drafts', async () => {
    await Promise.all([
      saveDraft(draftInput({ id: 'tab-1', text: 'first tab', updatedAt: 10 }), database),
      saveDraft(draftInput({ id: 'tab-2', text: 'second tab', updatedAt: 10 }), database),
    ]);
    expect((await listDrafts({}, database)).map((draft) => draft.text).sort()).toEqual(['first tab', 'second tab']);
  });

  test('a published draft is not reopened by a late autosave', async () => {
    await saveDraft(draftInput({ id: 'a', updatedAt: 10 }), database);
    await markDraftPublished('a', database);
    const late = await saveDraft(draftInput({ id: 'a', updatedAt: Date.now() + 1000 }), database);
    expect(late.saved).toBe(false);
    expect((await getDraft('a', database))?.status).toBe('published');
  });

  test('rejects invalid rows before touching the database', async () => {
    await expect(saveDraft(draftInput({ url: 'javascript:alert(1)' }), database)).rejects.toThrow();
    await expect(saveDraft({ ...draftInput(), platform: 'facebook' as 'x' }, database)).rejects.toThrow();
    expect(await database.drafts.count()).toBe(0);
  });
});

describe('getRestorableDraft', () => {
  test('returns the latest open non-empty draft of the platform and kind', async () => {
    await saveDraft(draftInput({ id: 'old', updatedAt: 1 }), database);
    await saveDraft(draftInput({ id: 'new', updatedAt: 5 }), database);
    await saveDraft(draftInput({ id: 'blank', text: '  ', updatedAt: 9 }), database);
    await saveDraft(draftInput({ id: 'x', platform: 'x', updatedAt: 10 }), database);
    await saveDraft(draftInput({ id: 'comment', composerKind: 'comment', updatedAt: 8 }), database);
    expect((await getRestorableDraft('linkedin', undefined, database))?.id).toBe('comment');
    expect((await getRestorableDraft('linkedin', 'post', database))?.id).toBe('new');
    await discardDraft('new', database);
    expect((await getRestorableDraft('linkedin', 'post', database))?.id).toBe('old');
    expect(await getRestorableDraft('x', 'reply', database)).toBeUndefined();
  });
});

describe('listDrafts, delete and restore', () => {
  test('searches ignoring case and accents, newest first, by status', async () => {
    await saveDraft(draftInput({ id: '1', text: 'Le Résumé annuel', updatedAt: 1 }), database);
    await saveDraft(draftInput({ id: '2', text: 'resume of the year', updatedAt: 2 }), database);
    await saveDraft(draftInput({ id: '3', text: 'Something else', updatedAt: 3 }), database);
    expect((await listDrafts({ query: 'RESUME' }, database)).map((draft) => draft.id)).toEqual(['2', '1']);
    expect((await listDrafts({ query: 'résumé annuel' }, database)).map((draft) => draft.id)).toEqual(['1']);
    // Pasted "bold" letters fold like the feed search and the checks fold them.
    expect((await listDrafts({ query: '𝗮𝗻𝗻𝘂𝗲𝗹' }, database)).map((draft) => draft.id)).toEqual(['1']);
    await discardDraft('3', database);
    expect((await listDrafts({ status: 'discarded' }, database)).map((draft) => draft.id)).toEqual(['3']);
    expect(await listDrafts({}, database)).toHaveLength(3);
  });

  test('deleteDraft returns the row and restoreDraft puts it back', async () => {
    await saveDraft(draftInput({ id: 'a' }), database);
    const deleted = await deleteDraft('a', database);
    expect(await getDraft('a', database)).toBeUndefined();
    await restoreDraft(deleted!, database);
    expect(await getDraft('a', database)).toEqual(deleted);
    expect(await deleteDraft('missing', database)).toBeUndefined();
  });
});
