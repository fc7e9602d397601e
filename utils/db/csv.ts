import type { ReachEntry } from './records';

/** Column order of the CSV export; stable ids (not translated) so spreadsheets and scripts can rely on them. */
export const REACH_CSV_COLUMNS = [
  'id',
  'platform',
  'publishedAt',
  'kind',
  'text',
  'hashtags',
  'personalVoice',
  'length',
  'impressions',
  'reactions',
  'comments',
  'reposts',
  'colleagueShare',
  'metricsUpdatedAt',
  'linkedItemId',
  'draftId',
] as const;

// Spreadsheets run cells starting with these as formulas (OWASP "CSV injection"); tab and CR too.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: text cells that could run as a formula get a leading apostrophe; quoted when needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** ISO 8601, or an empty cell for a time Date cannot hold (a row written before dates were bounded). */
const iso = (time: number | undefined) => {
  if (time === undefined) return undefined;
  const date = new Date(time);
  return Number.isFinite(date.getTime()) ? date.toISOString() : undefined;
};

/**
 * The reach log as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break).
 * Dates are ISO 8601 UTC; hashtags are space-separated with "#". No BOM: the caller adds one for Excel if it wants.
 */
export function reachLogToCsv(entries: readonly ReachEntry[]): string {
  const lines = [REACH_CSV_COLUMNS.join(',')];
  for (const entry of entries) {
    const cells = [
      entry.id,
      entry.platform,
      iso(entry.publishedAt),
      entry.kind,
      entry.text,
      entry.hashtags.map((tag) => `#${tag}`).join(' '),
      entry.personalVoice,
      entry.length,
      entry.metrics?.impressions,
      entry.metrics?.reactions,
      entry.metrics?.comments,
      entry.metrics?.reposts,
      entry.metrics?.colleagueShare,
      iso(entry.metricsUpdatedAt),
      entry.linkedItemId,
      entry.draftId,
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}
