import { db as sharedDb, type PorteVoixDb } from './index';
import { MissingRowError, StaleImportError, withStorage } from './errors';
import { fittingHashtags } from './reach-log';
import { editorialKindOf, ReachEntrySchema, StoredMetricsSchema, type ReachEntry } from './records';
import { countsToMetrics, planImport, type ImportPlan } from '../reach/import-plan';
import type { ParsedExport } from '../reach/exported-post';
import { countLength, extractHashtags } from '../reach/text-features';

/**
 * Writes a reviewed import of a platform export into the reach log, in one transaction, and takes it back (Undo).
 * The plan was made from the rows as they were when the file was read; a row changed since (edited in another tab)
 * stops the whole import, so nothing is overwritten unseen.
 */

/** What Undo needs: the rows the import added, and every row it changed as it was before. */
export interface ImportUndo {
  addedIds: number[];
  previous: ReachEntry[];
}

/** Reads the log and works out the plan for a parsed file. */
export function previewExportImport(parsed: Extract<ParsedExport, { ok: true }>, database: PorteVoixDb = sharedDb): Promise<{ plan: ImportPlan; snapshot: Map<number, ReachEntry> }> {
  return withStorage(async () => {
    const rows = await database.reachLog.toArray();
    const items = await database.feedItems.toArray();
    const plan = planImport(parsed, rows, items.map((item) => ({ id: item.id, url: item.url })));
    const touched = new Set(plan.matched.map((row) => row.entryId));
    return { plan, snapshot: new Map(rows.filter((row) => touched.has(row.id)).map((row) => [row.id, row])) };
  });
}

const sameRow = (a: ReachEntry, b: ReachEntry) => JSON.stringify(a) === JSON.stringify(b);

function newRow(post: ImportPlan['added'][number], now: number): Omit<ReachEntry, 'id'> {
  const text = post.text ?? '';
  const metrics = countsToMetrics(post.counts);
  return ReachEntrySchema.omit({ id: true }).parse({
    platform: post.platform,
    publishedAt: post.publishedAt,
    text,
    hashtags: fittingHashtags(extractHashtags(text)),
    // Not known from a file: the voice check never saw these texts.
    personalVoice: null,
    length: countLength(text),
    // Company news when it shared a cached feed item's page; with or without a take is unknown (no voice check ran).
    kind: editorialKindOf({ linkedItemId: post.linkedItemId }),
    ...(post.linkedItemId ? { linkedItemId: post.linkedItemId } : {}),
    ...(metrics ? { metrics, metricsUpdatedAt: now } : {}),
    ...(post.url ? { postUrl: post.url } : {}),
  });
}

/**
 * Applies the plan: new posts added, matched rows given their counts and link. All or nothing.
 * Throws StaleImportError when a matched row differs from `snapshot`, MissingRowError when it is gone.
 */
export async function applyExportImport(
  plan: ImportPlan,
  snapshot: ReadonlyMap<number, ReachEntry>,
  database: PorteVoixDb = sharedDb,
  now: number = Date.now(),
): Promise<ImportUndo> {
  const additions = plan.added.map((post) => newRow(post, now));
  const updates = plan.matched.map((row) => ({ row, metrics: row.metrics ? StoredMetricsSchema.parse(row.metrics) : undefined }));
  return withStorage(() =>
    database.transaction('rw', database.reachLog, async () => {
      const previous: ReachEntry[] = [];
      for (const { row, metrics } of updates) {
        const current = await database.reachLog.get(row.entryId);
        if (!current) throw new MissingRowError('reachLog', row.entryId);
        const seen = snapshot.get(row.entryId);
        if (!seen || !sameRow(seen, current)) throw new StaleImportError(row.entryId);
        previous.push(current);
        const metricsChanged = JSON.stringify(metrics) !== JSON.stringify(current.metrics);
        await database.reachLog.put(
          ReachEntrySchema.parse({
            ...current,
            ...(metrics ? { metrics } : {}),
            ...(metrics && metricsChanged ? { metricsUpdatedAt: now } : {}),
            ...(row.postUrl ? { postUrl: row.postUrl } : {}),
          }),
        );
      }
      const addedIds = additions.length > 0 ? ((await database.reachLog.bulkAdd(additions as ReachEntry[], { allKeys: true })) as number[]) : [];
      return { addedIds, previous };
    }),
  );
}

/** Takes an applied import back: its rows removed, the rows it changed put back exactly as they were. */
export function undoExportImport(undo: ImportUndo, database: PorteVoixDb = sharedDb): Promise<void> {
  return withStorage(() =>
    database.transaction('rw', database.reachLog, async () => {
      await database.reachLog.bulkDelete(undo.addedIds);
      await database.reachLog.bulkPut(undo.previous);
    }),
  );
}
