import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { countLength, extractHashtags } from '../reach/text-features';
import type { Draft, FeedState, ReachEntry, StoredFeedItem } from './records';

/**
 * The one Dexie database of Porte-Voix, in the extension origin.
 * The background owns it; extension pages (dashboard, popup) may open it too; content scripts never do:
 * they send messages to the background.
 *
 * Versions are append-only: a data change gets a new version with an upgrade and is never edited afterwards.
 * The historic store definitions are exported so the migration tests can build a database exactly as each version left it.
 */

export const DB_NAME = 'porte-voix';

/** v1 (0.1.0): cached feed items, composer drafts, and the log of published posts. */
export const SCHEMA_V1 = {
  feedItems: 'id, published',
  drafts: 'id, updatedAt, platform',
  reachLog: '++id, publishedAt',
} as const;

/**
 * v2: adds feedState (HTTP validators and health per feed URL);
 * drafts get a status (indexed with the platform to find the draft to restore) instead of disappearing on publish;
 * reachLog rows get hashtags, personalVoice and length so the dashboard does not re-parse every text.
 */
export const SCHEMA_V2 = {
  feedItems: 'id, published',
  feedState: 'url',
  drafts: 'id, updatedAt, [platform+status]',
  reachLog: '++id, publishedAt',
} as const;

/** v1 → v2 data change. Reads rows loosely: they were written by older code. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const publishedDraftIds = new Set<string>();
  await tx
    .table('reachLog')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      const text = typeof row.text === 'string' ? row.text : '';
      if (!Array.isArray(row.hashtags)) row.hashtags = extractHashtags(text);
      if (typeof row.length !== 'number') row.length = countLength(text);
      // v1 never looked at the voice of a text: unknown, not false.
      if (row.personalVoice === undefined) row.personalVoice = null;
      if (typeof row.draftId === 'string') publishedDraftIds.add(row.draftId);
    });
  await tx
    .table('drafts')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      // A v1 draft that has a log row was published; the rest were still being written.
      if (typeof row.status !== 'string') row.status = publishedDraftIds.has(String(row.id)) ? 'published' : 'open';
      if (!Array.isArray(row.dismissedFindings)) row.dismissedFindings = [];
    });
}

export class PorteVoixDb extends Dexie {
  declare feedItems: EntityTable<StoredFeedItem, 'id'>;
  declare feedState: EntityTable<FeedState, 'url'>;
  declare drafts: EntityTable<Draft, 'id'>;
  declare reachLog: EntityTable<ReachEntry, 'id'>;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  }
}

/** The newest schema version; bump with every new `this.version(n)` above. */
export const DB_VERSION = 2;

/** A database handle; opening is lazy (first query), so this is safe to call in Node or jsdom. */
export function createDb(name: string = DB_NAME): PorteVoixDb {
  return new PorteVoixDb(name);
}

/** The shared instance. Creating it opens nothing. */
export const db: PorteVoixDb = createDb();

/**
 * For extension pages: when an update of the extension upgrades the database in the background,
 * close this page's connection (so the upgrade is not blocked) and reload the page onto the new code.
 * Returns a function that stops listening.
 */
export function reloadOnVersionChange(
  database: PorteVoixDb = db,
  reload: () => void = () => globalThis.location.reload(),
): () => void {
  const listener = () => {
    database.close();
    reload();
    return false;
  };
  database.on('versionchange', listener);
  return () => database.on('versionchange').unsubscribe(listener);
}
