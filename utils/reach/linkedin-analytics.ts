import { findColumn, looksLikeFormula, readCount, reject } from './export-cells';
import { parseLinkedInDay } from './export-dates';
import { MAX_EXPORT_FILE_BYTES, MAX_EXPORT_ROWS, refuse, type ExportSummary, type ExportedPost, type ParsedExport, type RejectedRow } from './exported-post';
import { postKey } from './post-url';
import { readXlsxSheets, XlsxError, type Sheet } from './xlsx-sheets';

/**
 * LinkedIn's creator analytics export (.xlsx, "Post impressions → Export"). Sheets, named in capitals or not
 * depending on the export: DISCOVERY (label/value rows: "Overall Performance" period, "Impressions",
 * "Members reached"), ENGAGEMENT (Date, Impressions, Engagements per day), TOP POSTS (a note, a blank row, then two
 * tables side by side: Post URL, Post publish date, Engagements | Post URL, Post publish date, Impressions; up to 50
 * posts each), FOLLOWERS and DEMOGRAPHICS (not read). Only TOP POSTS names posts; the others feed the summary.
 */

const SHEETS = { discovery: 'discovery', engagement: 'engagement', topPosts: 'top posts' } as const;
const LINKEDIN_SHEETS = ['discovery', 'engagement', 'top posts', 'followers', 'demographics'];

const findSheet = (sheets: readonly Sheet[], name: string) => sheets.find((sheet) => sheet.name.trim().toLowerCase() === name);
const sortedRows = (sheet: Sheet) => [...sheet.rows].sort(([a], [b]) => a - b);

function discoverySummary(sheet: Sheet | undefined): ExportSummary {
  const summary: ExportSummary = {};
  if (!sheet) return summary;
  for (const [, cells] of sortedRows(sheet)) {
    const label = (cells[0] ?? '').trim().toLowerCase();
    const value = (cells[1] ?? '').trim();
    if (label === 'overall performance' && value && !looksLikeFormula(value)) summary.period = value.slice(0, 60);
    const count = readCount(value);
    if (!count.ok || count.value === undefined) continue;
    if (label === 'impressions') summary.impressions = count.value;
    if (label === 'members reached') summary.membersReached = count.value;
  }
  return summary;
}

function engagementSummary(sheet: Sheet | undefined): ExportSummary {
  if (!sheet) return {};
  const rows = sortedRows(sheet);
  const headerAt = rows.findIndex(([, cells]) => findColumn(cells, ['Date']) >= 0 && findColumn(cells, ['Impressions']) >= 0);
  if (headerAt < 0) return {};
  const header = rows[headerAt]?.[1] ?? [];
  const [dateColumn, impressionsColumn, engagementsColumn] = [findColumn(header, ['Date']), findColumn(header, ['Impressions']), findColumn(header, ['Engagements'])];
  let days = 0;
  let dailyImpressions = 0;
  let dailyEngagements = 0;
  for (const [, cells] of rows.slice(headerAt + 1)) {
    if (!parseLinkedInDay(cells[dateColumn] ?? '')) continue;
    const impressions = readCount(cells[impressionsColumn]);
    const engagements = engagementsColumn >= 0 ? readCount(cells[engagementsColumn]) : { ok: true as const, value: undefined };
    if (!impressions.ok || !engagements.ok) continue;
    days++;
    dailyImpressions += impressions.value ?? 0;
    dailyEngagements += engagements.value ?? 0;
  }
  return days > 0 ? { days, dailyImpressions, dailyEngagements } : {};
}

interface TopTable {
  url: number;
  date: number;
  metric: number;
  field: 'engagements' | 'impressions';
}

/** The side-by-side tables of TOP POSTS: each a Post URL column, then its date and its count. */
function topTables(header: readonly string[]): TopTable[] {
  const tables: TopTable[] = [];
  for (let url = findColumn(header, ['Post URL']); url >= 0; url = findColumn(header, ['Post URL'], url + 1)) {
    const date = findColumn(header, ['Post publish date'], url + 1);
    const engagements = findColumn(header, ['Engagements'], url + 1);
    const impressions = findColumn(header, ['Impressions'], url + 1);
    const metric = [engagements, impressions].filter((at) => at > url).sort((a, b) => a - b)[0];
    if (date < 0 || metric === undefined) continue;
    tables.push({ url, date, metric, field: metric === engagements ? 'engagements' : 'impressions' });
  }
  return tables;
}

export function parseLinkedInAnalytics(bytes: Uint8Array): ParsedExport {
  if (bytes.length > MAX_EXPORT_FILE_BYTES) return refuse('reach_import_file_too_big');
  if (bytes.length === 0) return refuse('reach_import_file_empty');
  let sheets: Sheet[];
  try {
    sheets = readXlsxSheets(bytes);
  } catch (error) {
    if (!(error instanceof XlsxError)) throw error;
    const reasons = {
      zip_bomb: 'reach_import_file_zip_bomb',
      truncated: 'reach_import_file_truncated',
      encrypted: 'reach_import_file_encrypted',
      not_zip: 'reach_import_file_wrong_format',
      not_xlsx: 'reach_import_file_wrong_format',
      too_many_rows: 'reach_import_file_too_many_rows',
    } as const;
    return refuse(reasons[error.reason]);
  }
  if (!sheets.some((sheet) => LINKEDIN_SHEETS.includes(sheet.name.trim().toLowerCase()))) return refuse('reach_import_file_wrong_format');
  const top = findSheet(sheets, SHEETS.topPosts);
  if (!top) return refuse('reach_import_file_missing_sheet', 'TOP POSTS');

  const rows = sortedRows(top);
  const headerAt = rows.findIndex(([, cells]) => topTables(cells).length > 0);
  if (headerAt < 0) return refuse('reach_import_file_missing_columns', 'Post URL, Post publish date');
  const tables = topTables(rows[headerAt]?.[1] ?? []);
  if (rows.length - headerAt - 1 > MAX_EXPORT_ROWS) return refuse('reach_import_file_too_many_rows');

  // One post may sit in both tables (engagements and impressions): merged by its link.
  const byKey = new Map<string, ExportedPost>();
  const rejected: RejectedRow[] = [];
  for (const [line, cells] of rows.slice(headerAt + 1)) {
    for (const table of tables) {
      const link = (cells[table.url] ?? '').trim();
      const dateCell = (cells[table.date] ?? '').trim();
      const countCell = (cells[table.metric] ?? '').trim();
      if (link === '' && dateCell === '' && countCell === '') continue; // the shorter table ended
      const key = postKey(link);
      if (!key?.startsWith('linkedin:')) {
        rejected.push(reject(line, looksLikeFormula(link) ? 'reach_import_row_formula' : 'reach_import_row_bad_url', link));
        continue;
      }
      if (dateCell === '') {
        rejected.push(reject(line, 'reach_import_row_no_date'));
        continue;
      }
      const date = parseLinkedInDay(dateCell);
      if (!date) {
        rejected.push(reject(line, looksLikeFormula(dateCell) ? 'reach_import_row_formula' : 'reach_import_row_bad_date', dateCell));
        continue;
      }
      const count = readCount(countCell);
      if (!count.ok || count.value === undefined) {
        rejected.push(reject(line, count.ok ? 'reach_import_row_bad_count' : count.rejection, countCell));
        continue;
      }
      const existing = byKey.get(key);
      if (existing?.counts?.[table.field] !== undefined) {
        rejected.push(reject(line, 'reach_import_row_duplicate', link));
        continue;
      }
      const post = existing ?? { platform: 'linkedin' as const, line, url: link, publishedAt: date.time, dayOnly: true, counts: {} };
      post.counts = { ...post.counts, [table.field]: count.value };
      byKey.set(key, post);
    }
  }
  const posts = [...byKey.values()];
  if (posts.length === 0 && rejected.length === 0) return refuse('reach_import_file_no_rows');
  const summary = { ...discoverySummary(findSheet(sheets, SHEETS.discovery)), ...engagementSummary(findSheet(sheets, SHEETS.engagement)) };
  return { ok: true, format: 'linkedin_analytics', posts, rejected, ...(Object.keys(summary).length > 0 ? { summary } : {}) };
}
