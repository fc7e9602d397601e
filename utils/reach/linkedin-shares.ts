import { readCsv } from './export-csv';
import { findColumn, looksLikeFormula, reject } from './export-cells';
import { parseArchiveDate } from './export-dates';
import { MAX_EXPORT_TEXT, refuse, type ExportedPost, type ParsedExport, type RejectedRow } from './exported-post';
import { platformOfPostLink } from './post-url';

/**
 * Shares.csv of LinkedIn's data archive ("Get a copy of your data"): one row per post the member wrote, columns
 * Date, ShareLink, ShareCommentary, SharedUrl, MediaUrl, Visibility; the commentary spans lines inside quotes.
 * It carries no numbers: the posts join the log's history without any.
 */

export const SHARES_COLUMNS = { date: ['Date'], link: ['ShareLink'], text: ['ShareCommentary'], shared: ['SharedUrl', 'SharedURL'] } as const;

export function isSharesHeader(header: readonly string[]): boolean {
  return findColumn(header, SHARES_COLUMNS.link) >= 0 && findColumn(header, SHARES_COLUMNS.text) >= 0;
}

export function parseLinkedInShares(text: string): ParsedExport {
  const csv = readCsv(text);
  if (!csv.ok) return refuse(csv.errorKey);
  const [header = [], ...records] = csv.rows;
  if (!isSharesHeader(header)) return refuse('reach_import_file_wrong_format');
  const dateColumn = findColumn(header, SHARES_COLUMNS.date);
  if (dateColumn < 0) return refuse('reach_import_file_missing_columns', 'Date');
  const linkColumn = findColumn(header, SHARES_COLUMNS.link);
  const textColumn = findColumn(header, SHARES_COLUMNS.text);
  const sharedColumn = findColumn(header, SHARES_COLUMNS.shared);

  const posts: ExportedPost[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Set<string>();
  records.forEach((cells, index) => {
    const line = index + 2;
    const dateCell = cells[dateColumn] ?? '';
    const linkCell = (cells[linkColumn] ?? '').trim();
    const commentary = cells[textColumn] ?? '';
    if (dateCell.trim() === '') return rejected.push(reject(line, 'reach_import_row_no_date'));
    const date = parseArchiveDate(dateCell);
    if (!date) return rejected.push(reject(line, looksLikeFormula(dateCell) ? 'reach_import_row_formula' : 'reach_import_row_bad_date', dateCell));
    if (linkCell !== '' && platformOfPostLink(linkCell) !== 'linkedin') return rejected.push(reject(line, looksLikeFormula(linkCell) ? 'reach_import_row_formula' : 'reach_import_row_bad_url', linkCell));
    if (commentary.length > MAX_EXPORT_TEXT) return rejected.push(reject(line, 'reach_import_row_too_long'));
    const sharedCell = sharedColumn >= 0 ? (cells[sharedColumn] ?? '').trim() : '';
    const sharedUrl = /^https?:\/\//i.test(sharedCell) ? sharedCell : undefined;
    const key = linkCell || `${date.time}\n${commentary}`;
    if (seen.has(key)) return rejected.push(reject(line, 'reach_import_row_duplicate', linkCell));
    seen.add(key);
    posts.push({ platform: 'linkedin', line, publishedAt: date.time, dayOnly: date.dayOnly, text: commentary, ...(linkCell ? { url: linkCell } : {}), ...(sharedUrl ? { sharedUrl } : {}) });
  });
  if (posts.length === 0 && rejected.length === 0) return refuse('reach_import_file_no_rows');
  return { ok: true, format: 'linkedin_shares', posts, rejected };
}
