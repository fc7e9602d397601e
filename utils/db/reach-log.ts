import { db as sharedDb, type PorteVoixDb } from './index';
import { MissingRowError, withStorage } from './errors';
import { takeRow } from './take-row';
import { editorialKindOf, MAX_HASHTAG_LENGTH, MAX_HASHTAGS, MetricsSchema, NewReachEntrySchema, ReachEntrySchema, StoredMetricsSchema, type Metrics, type StoredMetrics, type NewReachEntry, type ReachEntry } from './records';
import { countLength, extractHashtags } from '../reach/text-features';

/** The hashtags a row can hold: the first MAX_HASHTAGS, each cut to MAX_HASHTAG_LENGTH. A post is never dropped for them. */
export function fittingHashtags(hashtags: readonly string[]): string[] {
  return hashtags
    .filter((tag) => tag.length > 0)
    .slice(0, MAX_HASHTAGS)
    .map(cutToLength);
}

/** At most MAX_HASHTAG_LENGTH UTF-16 units (what the schema counts), never splitting a character. */
function cutToLength(tag: string): string {
  if (tag.length <= MAX_HASHTAG_LENGTH) return tag;
  let cut = '';
  for (const char of tag) {
    if (cut.length + char.length > MAX_HASHTAG_LENGTH) break;
    cut += char;
  }
  return cut;
}

/**
 * Logs a published post and marks its draft published, in one transaction. Returns the new row id.
 * Hashtags, length and the editorial kind are computed unless given. `otherDraftIds` (an X thread's later
 * parts) are marked published in the same step, so no part comes back as a restore offer.
 */
export async function recordPublish(
  input: NewReachEntry,
  database: PorteVoixDb = sharedDb,
  otherDraftIds: readonly string[] = [],
): Promise<number> {
  const parsed = NewReachEntrySchema.parse({ ...input, ...(input.hashtags ? { hashtags: fittingHashtags(input.hashtags) } : {}) });
  const row = ReachEntrySchema.omit({ id: true }).parse({
    ...parsed,
    kind: parsed.kind ?? editorialKindOf(parsed),
    publishedAt: parsed.publishedAt ?? Date.now(),
    hashtags: parsed.hashtags ?? fittingHashtags(extractHashtags(parsed.text)),
    length: parsed.length ?? countLength(parsed.text),
  });
  return withStorage(() =>
    database.transaction('rw', database.reachLog, database.drafts, async () => {
      const id = await database.reachLog.add(row);
      for (const draftId of [row.draftId, ...otherDraftIds]) {
        if (draftId) await database.drafts.update(draftId, { status: 'published', updatedAt: Date.now() });
      }
      return id;
    }),
  );
}

/** The log, newest first. */
export function listReachLog(database: PorteVoixDb = sharedDb): Promise<ReachEntry[]> {
  return withStorage(() => database.reachLog.orderBy('publishedAt').reverse().toArray());
}

export function getReachEntry(id: number, database: PorteVoixDb = sharedDb): Promise<ReachEntry | undefined> {
  return withStorage(() => database.reachLog.get(id));
}

/** What the row held before an update, for undo. */
export interface PreviousMetrics {
  metrics: StoredMetrics | undefined;
  metricsUpdatedAt: number | undefined;
}

async function writeMetrics(
  id: number,
  metrics: StoredMetrics | undefined,
  metricsUpdatedAt: number | undefined,
  database: PorteVoixDb,
  keepEngagements = false,
): Promise<PreviousMetrics> {
  return withStorage(() =>
    database.transaction('rw', database.reachLog, async () => {
      const existing = await database.reachLog.get(id);
      if (!existing) throw new MissingRowError('reachLog', id);
      const { metrics: _oldMetrics, metricsUpdatedAt: _oldAt, ...rest } = existing;
      // The form has no engagements field: an imported total stays beside the numbers typed by hand.
      const engagements = keepEngagements ? existing.metrics?.engagements : undefined;
      const kept = metrics && engagements !== undefined ? { ...metrics, engagements } : metrics;
      const next: ReachEntry = { ...rest, ...(kept ? { metrics: kept, metricsUpdatedAt } : {}) };
      await database.reachLog.put(next);
      return { metrics: existing.metrics, metricsUpdatedAt: existing.metricsUpdatedAt };
    }),
  );
}

/**
 * Sets the reach numbers of a log entry (non-negative integers; colleagueShare 0..1).
 * Returns the previous numbers so the UI can undo with {@link restoreMetrics}.
 * Throws MissingRowError when the row is gone (deleted in another tab).
 */
export async function updateMetrics(id: number, metrics: Metrics, database: PorteVoixDb = sharedDb): Promise<PreviousMetrics> {
  const parsed = MetricsSchema.parse(metrics);
  return writeMetrics(id, parsed, Date.now(), database, true);
}

/** Puts back what {@link updateMetrics} returned (undo); undefined metrics removes them. */
export async function restoreMetrics(id: number, previous: PreviousMetrics, database: PorteVoixDb = sharedDb): Promise<void> {
  const metrics = previous.metrics ? StoredMetricsSchema.parse(previous.metrics) : undefined;
  await writeMetrics(id, metrics, previous.metricsUpdatedAt, database);
}

/** Removes a log row (e.g. logged by mistake). Returns it for undo. */
export function deleteReachEntry(id: number, database: PorteVoixDb = sharedDb): Promise<ReachEntry | undefined> {
  return takeRow(database, database.reachLog, id);
}

/** Ids of the feed items the person already shared, so suggestions can skip them. */
export function listSharedItemIds(database: PorteVoixDb = sharedDb): Promise<string[]> {
  return withStorage(async () => {
    const ids = new Set<string>();
    await database.reachLog.each((entry) => {
      if (entry.linkedItemId) ids.add(entry.linkedItemId);
    });
    return [...ids];
  });
}
