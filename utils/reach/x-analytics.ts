import { readCsv } from './export-csv';
import { findColumn, looksLikeFormula, readCount, reject } from './export-cells';
import { parseXDate } from './export-dates';
import { MAX_EXPORT_TEXT, refuse, type ExportedCounts, type ExportedPost, type ParsedExport, type RejectedRow } from './exported-post';
import { postKey, xPostLink } from './post-url';

/**
 * X's account analytics export, one row per post. Two layouts are read (README, "X analytics export"):
 * the current "Content" file (Post id, Date, Post text, Post Link, Impressions, Likes, Engagements, Bookmarks, Shares,
 * New follows, Replies, Reposts, Profile visits, …) and the older tweet_activity_metrics file (Tweet id,
 * Tweet permalink, Tweet text, time, impressions, engagements, engagement rate, retweets, replies, likes, …).
 * Likes count as reactions, replies as comments, reposts (retweets) as reposts.
 */

export const X_COLUMNS = {
  id: ['Post id', 'Tweet id'],
  link: ['Post Link', 'Tweet permalink'],
  text: ['Post text', 'Tweet text'],
  date: ['Date', 'time'],
  impressions: ['Impressions'],
  engagements: ['Engagements'],
  reactions: ['Likes'],
  comments: ['Replies'],
  reposts: ['Reposts', 'Retweets'],
} as const;

const COUNT_FIELDS = ['impressions', 'engagements', 'reactions', 'comments', 'reposts'] as const;

/** A per-post X file: an id or link column and a date. */
export function isXPostsHeader(header: readonly string[]): boolean {
  return (findColumn(header, X_COLUMNS.id) >= 0 || findColumn(header, X_COLUMNS.link) >= 0) && findColumn(header, X_COLUMNS.date) >= 0;
}

/** X's account overview file: one row per day, no post; often downloaded by mistake instead of the content file. */
export function isXOverviewHeader(header: readonly string[]): boolean {
  return !isXPostsHeader(header) && findColumn(header, ['Date']) >= 0 && findColumn(header, ['Impressions']) >= 0 && findColumn(header, ['New follows', 'Unfollows', 'Create Post']) >= 0;
}

export function parseXAnalytics(text: string): ParsedExport {
  const csv = readCsv(text);
  if (!csv.ok) return refuse(csv.errorKey);
  const [header = [], ...records] = csv.rows;
  if (isXOverviewHeader(header)) return refuse('reach_import_file_x_overview');
  if (!isXPostsHeader(header)) return refuse('reach_import_file_wrong_format');
  const column = Object.fromEntries(Object.entries(X_COLUMNS).map(([field, names]) => [field, findColumn(header, names)])) as Record<keyof typeof X_COLUMNS, number>;
  if (column.impressions < 0) return refuse('reach_import_file_missing_columns', 'Impressions');

  const posts: ExportedPost[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Set<string>();
  records.forEach((cells, index) => {
    const line = index + 2;
    const cell = (at: number) => (at >= 0 ? (cells[at] ?? '').trim() : '');
    const id = cell(column.id);
    const linkCell = cell(column.link);
    let url: string | undefined;
    if (linkCell !== '') {
      if (!postKey(linkCell)?.startsWith('x:')) return rejected.push(reject(line, looksLikeFormula(linkCell) ? 'reach_import_row_formula' : 'reach_import_row_bad_url', linkCell));
      url = linkCell;
    } else if (/^\d{1,25}$/.test(id)) {
      url = xPostLink(id);
    } else {
      return rejected.push(reject(line, id && looksLikeFormula(id) ? 'reach_import_row_formula' : 'reach_import_row_bad_url', id));
    }
    const dateCell = cell(column.date);
    if (dateCell === '') return rejected.push(reject(line, 'reach_import_row_no_date'));
    const date = parseXDate(dateCell);
    if (!date) return rejected.push(reject(line, looksLikeFormula(dateCell) ? 'reach_import_row_formula' : 'reach_import_row_bad_date', dateCell));
    const counts: ExportedCounts = {};
    for (const field of COUNT_FIELDS) {
      const result = readCount(cell(column[field]));
      if (!result.ok) return rejected.push(reject(line, result.rejection, cell(column[field])));
      if (result.value !== undefined) counts[field] = result.value;
    }
    const postText = column.text >= 0 ? (cells[column.text] ?? '') : undefined;
    if (postText !== undefined && postText.length > MAX_EXPORT_TEXT) return rejected.push(reject(line, 'reach_import_row_too_long'));
    const key = postKey(url) as string;
    if (seen.has(key)) return rejected.push(reject(line, 'reach_import_row_duplicate', url));
    seen.add(key);
    posts.push({
      platform: 'x',
      line,
      url,
      publishedAt: date.time,
      dayOnly: date.dayOnly,
      ...(postText === undefined ? {} : { text: postText }),
      ...(Object.keys(counts).length > 0 ? { counts } : {}),
    });
  });
  if (posts.length === 0 && rejected.length === 0) return refuse('reach_import_file_no_rows');
  return { ok: true, format: 'x_analytics', posts, rejected };
}
