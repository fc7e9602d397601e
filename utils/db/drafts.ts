import { db as sharedDb, type PorteVoixDb } from './index';
import { withStorage } from './errors';
import { takeRow } from './take-row';
import { DraftSchema, SaveDraftInputSchema, type Draft, type DraftStatus, type SaveDraftInput } from './records';
import type { ComposerKind } from '../composer-kind';
import type { Platform } from '../platform';
import { foldAccents } from '../text/fold-accents';

export interface SaveDraftResult {
  /** False when the stored row was newer or already final (published/discarded) and was kept. */
  saved: boolean;
  /** The row as stored after the call. */
  draft: Draft;
}

export interface SaveDraftOptions {
  /**
   * The open draft this one continues (a restored draft): it is taken over in the same transaction (its row
   * removed, its createdAt kept), so it is not offered again and a second tab restoring it writes its own row.
   */
  replaces?: string;
}

/**
 * Upserts a draft by id. Never overwrites a row with a newer updatedAt: autosaves from the same composer can
 * arrive out of order through messaging. Two tabs have two composer ids, so they never touch each other's row.
 * A published or discarded draft is final: a late autosave does not bring it back as open.
 * A refused save says so (`saved: false`): the panel then keeps the text as a new draft.
 */
export async function saveDraft(
  input: SaveDraftInput,
  database: PorteVoixDb = sharedDb,
  options: SaveDraftOptions = {},
): Promise<SaveDraftResult> {
  const parsed = SaveDraftInputSchema.parse(input);
  return withStorage(() =>
    database.transaction('rw', database.drafts, async () => {
      const existing = await database.drafts.get(parsed.id);
      if (existing && (existing.updatedAt > parsed.updatedAt || existing.status !== 'open')) {
        return { saved: false, draft: existing };
      }
      const replaced = options.replaces && options.replaces !== parsed.id ? await database.drafts.get(options.replaces) : undefined;
      const taken = replaced?.status === 'open' ? replaced : undefined;
      const draft: Draft = DraftSchema.parse({
        ...parsed,
        createdAt: existing?.createdAt ?? taken?.createdAt ?? parsed.createdAt ?? parsed.updatedAt,
      });
      await database.drafts.put(draft);
      if (taken) await database.drafts.delete(taken.id);
      return { saved: true, draft };
    }),
  );
}

export function getDraft(id: string, database: PorteVoixDb = sharedDb): Promise<Draft | undefined> {
  return withStorage(() => database.drafts.get(id));
}

/** The latest open draft with some text for a platform (and composer kind), to offer when a composer opens empty. */
export function getRestorableDraft(
  platform: Platform,
  composerKind?: ComposerKind,
  database: PorteVoixDb = sharedDb,
): Promise<Draft | undefined> {
  return withStorage(async () => {
    const open = await database.drafts
      .where('[platform+status]')
      .equals([platform, 'open'])
      .filter((draft) => draft.text.trim() !== '' && (!composerKind || draft.composerKind === composerKind))
      .toArray();
    return open.reduce<Draft | undefined>((latest, draft) => (!latest || draft.updatedAt > latest.updatedAt ? draft : latest), undefined);
  });
}

export interface ListDraftsOptions {
  /** Words to find in the text, ignoring case and accents ("resume" finds "résumé"). */
  query?: string;
  /** Only drafts with this status; all when absent. */
  status?: DraftStatus;
}

/** Drafts, most recently edited first. Every word of the query must appear. */
export function listDrafts(options: ListDraftsOptions = {}, database: PorteVoixDb = sharedDb): Promise<Draft[]> {
  const words = foldAccents(options.query ?? '').split(/\s+/).filter(Boolean);
  return withStorage(() =>
    database.drafts
      .orderBy('updatedAt')
      .reverse()
      .filter((draft) => {
        if (options.status && draft.status !== options.status) return false;
        if (words.length === 0) return true;
        const text = foldAccents(draft.text);
        return words.every((word) => text.includes(word));
      })
      .toArray(),
  );
}

async function setStatus(id: string, status: DraftStatus, database: PorteVoixDb): Promise<boolean> {
  return withStorage(async () => (await database.drafts.update(id, { status, updatedAt: Date.now() })) === 1);
}

/** Keeps the draft (it can still be found and copied) but stops offering it for restore. */
export function discardDraft(id: string, database: PorteVoixDb = sharedDb): Promise<boolean> {
  return setStatus(id, 'discarded', database);
}

export function markDraftPublished(id: string, database: PorteVoixDb = sharedDb): Promise<boolean> {
  return setStatus(id, 'published', database);
}

/** Deletes a draft and returns it, so the UI can offer undo with {@link restoreDraft}. */
export function deleteDraft(id: string, database: PorteVoixDb = sharedDb): Promise<Draft | undefined> {
  return takeRow(database, database.drafts, id);
}

/** Puts a deleted draft back as it was (undo). */
export async function restoreDraft(draft: Draft, database: PorteVoixDb = sharedDb): Promise<void> {
  const parsed = DraftSchema.parse(draft);
  await withStorage(() => database.drafts.put(parsed));
}
