import { z } from 'zod';
import { db as sharedDb, type PorteVoixDb } from './index';
import { withStorage } from './errors';
import { DraftSchema, ReachEntrySchema, type Draft, type ReachEntry } from './records';
import { fittingHashtags } from './reach-log';
import { SettingsSchema, readSettings, settingsChanges, type Settings, type SettingsChange } from '../settings';

/**
 * Export, import and erase of everything Porte-Voix keeps about the person.
 * The export holds drafts, the reach log and the settings handed in; the feed cache is left out
 * (it is the company's public feed and is fetched again).
 */

export const EXPORT_FORMAT = 'porte-voix-export';
/** Version of the export file format (not of the database). */
export const EXPORT_VERSION = 1;

export const ExportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().positive().max(EXPORT_VERSION, { message: 'made by a newer version of Porte-Voix' }),
  exportedAt: z.string().datetime({ offset: true }),
  drafts: z.array(DraftSchema),
  // A post is never dropped for its hashtags: an entry keeps the ones a row holds (issue 10).
  reachLog: z.array(
    z.preprocess(
      (entry) =>
        entry && typeof entry === 'object' && Array.isArray((entry as { hashtags?: unknown }).hashtags) && (entry as { hashtags: unknown[] }).hashtags.every((tag) => typeof tag === 'string')
          ? { ...entry, hashtags: fittingHashtags((entry as { hashtags: string[] }).hashtags) }
          : entry,
      ReachEntrySchema,
    ),
  ),
  /**
   * The same schema as the settings storage writes with (issue 10: an edited export could silently
   * pause Porte-Voix, turn checks off or change the feed). Invalid settings refuse the whole file.
   */
  settings: SettingsSchema.optional(),
});
export type ExportData = z.infer<typeof ExportSchema>;

export type TableName = 'drafts' | 'reachLog' | 'feedItems' | 'feedState';
export const TABLE_NAMES: readonly TableName[] = ['drafts', 'reachLog', 'feedItems', 'feedState'];

/** Row count of each table, for "What Porte-Voix stores". */
export function storageCounts(database: PorteVoixDb = sharedDb): Promise<Record<TableName, number>> {
  return withStorage(() =>
    database.transaction('r', database.drafts, database.reachLog, database.feedItems, database.feedState, async () => ({
      drafts: await database.drafts.count(),
      reachLog: await database.reachLog.count(),
      feedItems: await database.feedItems.count(),
      feedState: await database.feedState.count(),
    })),
  );
}

/**
 * A JSON-serialisable snapshot of the person's data; read in one transaction so drafts and log agree.
 * `settings` as stored, read as the settings storage reads them (so the file always imports again).
 */
export function exportAll(settings: unknown, database: PorteVoixDb = sharedDb, now: Date = new Date()): Promise<ExportData> {
  return withStorage(() =>
    database.transaction('r', database.drafts, database.reachLog, async () => ({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: now.toISOString(),
      drafts: await database.drafts.toArray(),
      reachLog: await database.reachLog.toArray(),
      ...(settings === undefined ? {} : { settings: readSettings(settings) }),
    })),
  );
}

/** "reachLog[3].metrics.impressions" from a zod issue path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

export interface ImportIssue {
  /** Where in the file, e.g. "reachLog[3].metrics.impressions"; "" for the file itself. */
  path: string;
  message: string;
}

export type ParseImportResult =
  | { ok: true; data: ExportData }
  | { ok: false; /** The first problems, one per line, "path: message". */ error: string; issues: ImportIssue[] };

/**
 * Validates an export file already parsed from JSON. Pass the settings schema to check the settings part too;
 * without one the settings are carried through as they are.
 */
export function parseImport(json: unknown, settingsSchema?: z.ZodType): ParseImportResult {
  const schema = settingsSchema ? ExportSchema.extend({ settings: settingsSchema.optional() }) : ExportSchema;
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, data: result.data as ExportData };
  const issues = result.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message }));
  const shown = issues.slice(0, 5).map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message));
  if (issues.length > shown.length) shown.push(`(+${issues.length - shown.length})`);
  return { ok: false, error: shown.join('\n'), issues };
}

export type ImportMode = 'merge' | 'replace';

export interface ImportCounts {
  /** Rows that will be (or were) added. */
  added: number;
  /** Existing rows that will be (or were) updated by newer imported data. */
  updated: number;
  /** Imported rows already present and not newer. */
  unchanged: number;
}

/** What an import does (or did), as the person reviews it. */
export interface ImportSummary {
  mode: ImportMode;
  drafts: ImportCounts;
  reachLog: ImportCounts;
  /** Rows that replace mode deletes and the file does not bring back. */
  removed: { drafts: number; reachLog: number };
  hasSettings: boolean;
  /** What the file's settings change compared with the current ones ([] without settings). */
  settingsChanges: SettingsChange[];
}

export interface ImportPlan extends ImportSummary {
  draftsToPut: Draft[];
  /** Rows to put; merge adds new ones without an id (taking the next local id) when their id is taken here. */
  reachToPut: Array<ReachEntry | Omit<ReachEntry, 'id'>>;
}

/** Identity of a log row across devices: ids are local autoincrements and do not travel. */
const reachKey = (entry: Pick<ReachEntry, 'platform' | 'publishedAt' | 'text'>) =>
  `${entry.platform}\u0000${entry.publishedAt}\u0000${entry.text}`;

function planImport(data: ExportData, mode: ImportMode, existingDrafts: Draft[], existingLog: ReachEntry[], currentSettings: unknown): ImportPlan {
  const hasSettings = data.settings !== undefined;
  const changes = data.settings === undefined ? [] : settingsChanges(currentSettings, data.settings);
  if (mode === 'replace') {
    const incomingDraftIds = new Set(data.drafts.map((draft) => draft.id));
    const incomingKeys = new Set(data.reachLog.map(reachKey));
    return {
      mode,
      drafts: { added: data.drafts.length, updated: 0, unchanged: 0 },
      reachLog: { added: data.reachLog.length, updated: 0, unchanged: 0 },
      removed: {
        drafts: existingDrafts.filter((draft) => !incomingDraftIds.has(draft.id)).length,
        reachLog: existingLog.filter((entry) => !incomingKeys.has(reachKey(entry))).length,
      },
      hasSettings,
      settingsChanges: changes,
      draftsToPut: data.drafts,
      reachToPut: data.reachLog,
    };
  }

  const drafts: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
  const draftsById = new Map(existingDrafts.map((draft) => [draft.id, draft]));
  const draftsToPut: Draft[] = [];
  for (const draft of data.drafts) {
    const existing = draftsById.get(draft.id);
    if (!existing) drafts.added++;
    else if (existing.updatedAt < draft.updatedAt) drafts.updated++;
    else {
      drafts.unchanged++;
      continue;
    }
    draftsToPut.push(draft);
  }

  const reachLog: ImportCounts = { added: 0, updated: 0, unchanged: 0 };
  const logByKey = new Map(existingLog.map((entry) => [reachKey(entry), entry]));
  const usedIds = new Set(existingLog.map((entry) => entry.id));
  const reachToPut: Array<ReachEntry | Omit<ReachEntry, 'id'>> = [];
  for (const entry of data.reachLog) {
    const key = reachKey(entry);
    const existing = logByKey.get(key);
    if (!existing) {
      // Keep the file's id when it is free here (a restore gives back the same rows); else take the next local id.
      if (usedIds.has(entry.id)) {
        const { id: _id, ...rest } = entry;
        reachToPut.push(rest);
      } else {
        reachToPut.push(entry);
        usedIds.add(entry.id);
      }
      logByKey.set(key, { ...entry }); // a file listing the same post twice adds it once
      reachLog.added++;
    } else if (entry.metrics && (existing.metricsUpdatedAt ?? -1) < (entry.metricsUpdatedAt ?? 0)) {
      // Same post: only newer reach numbers are worth taking.
      reachToPut.push({ ...existing, metrics: entry.metrics, metricsUpdatedAt: entry.metricsUpdatedAt });
      reachLog.updated++;
    } else {
      reachLog.unchanged++;
    }
  }
  return { mode, drafts, reachLog, removed: { drafts: 0, reachLog: 0 }, hasSettings, settingsChanges: changes, draftsToPut, reachToPut };
}


const summarise = ({ draftsToPut: _d, reachToPut: _r, ...summary }: ImportPlan): ImportSummary => summary;

/**
 * What {@link importAll} would do with this file, without writing: for the confirmation step.
 * `currentSettings` (as stored) is what the file's settings are compared with.
 */
export function previewImport(data: ExportData, mode: ImportMode, database: PorteVoixDb = sharedDb, currentSettings?: unknown): Promise<ImportSummary> {
  return withStorage(() =>
    database.transaction('r', database.drafts, database.reachLog, async () =>
      summarise(planImport(data, mode, await database.drafts.toArray(), await database.reachLog.toArray(), currentSettings)),
    ),
  );
}

export interface ImportOptions {
  mode: ImportMode;
  /** Writes the file's (validated) settings; without it the file's settings are not applied. */
  applySettings?: (settings: Settings) => Promise<unknown>;
  /** The settings as stored before the import: written back if the database part fails. */
  currentSettings?: unknown;
}

/**
 * Imports drafts, log rows and settings: all or nothing.
 * merge: adds what is new, takes newer drafts (by updatedAt) and newer reach numbers (by metricsUpdatedAt).
 * replace: the file becomes the data (ids kept).
 * The rows go in one transaction. Storage and IndexedDB cannot share one, so the settings are written
 * first (a refusal leaves everything as it was) and put back as they were if the rows then fail.
 */
export async function importAll(data: ExportData, options: ImportOptions, database: PorteVoixDb = sharedDb): Promise<ImportSummary> {
  const parsed = ExportSchema.parse(data);
  const { applySettings } = options;
  const settings = applySettings ? parsed.settings : undefined;
  if (applySettings && settings !== undefined) await applySettings(settings);
  try {
    return await withStorage(() =>
      database.transaction('rw', database.drafts, database.reachLog, async () => {
        const plan = planImport(parsed, options.mode, await database.drafts.toArray(), await database.reachLog.toArray(), options.currentSettings);
        if (options.mode === 'replace') {
          await database.drafts.clear();
          await database.reachLog.clear();
        }
        await database.drafts.bulkPut(plan.draftsToPut);
        await database.reachLog.bulkPut(plan.reachToPut);
        return summarise(plan);
      }),
    );
  } catch (error) {
    if (applySettings && settings !== undefined) await applySettings(readSettings(options.currentSettings)).catch(() => undefined);
    throw error;
  }
}

/** Erases every table (drafts, log, feed cache and feed state) in one transaction. Settings live elsewhere. */
export function deleteAllData(database: PorteVoixDb = sharedDb): Promise<void> {
  return withStorage(() =>
    database.transaction('rw', database.drafts, database.reachLog, database.feedItems, database.feedState, async () => {
      await Promise.all([database.drafts.clear(), database.reachLog.clear(), database.feedItems.clear(), database.feedState.clear()]);
    }),
  );
}
