import { partitionPoint } from '../partition-point';
import type { ExportFormat, ExportSummary, ExportedCounts, ExportedPost, ParsedExport, RejectedRow } from './exported-post';
import { companyItemOf, type CompanyItemLink } from './company-link';
import { postKey } from './post-url';
import type { Platform } from '../platform';
import type { ReachMetrics } from './types';

/**
 * What importing an export would do to the reach log, worked out before anything is written so the person can review it:
 * each post of the file is matched to a logged post (by its link, else by date and text), or is new; a match that
 * brings nothing the row does not already hold is unchanged. Pure: the caller reads the log and writes the result.
 */

export const REACH_COUNT_FIELDS = ['impressions', 'reactions', 'comments', 'reposts', 'engagements'] as const satisfies readonly (keyof ExportedCounts)[];

/** The parts of a logged post the matching reads (structurally a subset of utils/db ReachEntry). */
export interface LoggedPost {
  id: number;
  platform: Platform;
  publishedAt: number;
  text: string;
  postUrl?: string | undefined;
  metrics?: ReachMetrics | undefined;
}

export type MatchBasis = 'url' | 'date_text' | 'date';

export interface MatchedRow {
  post: ExportedPost;
  entryId: number;
  basis: MatchBasis;
  /** What the row holds after the import (counts merged over the row's own). */
  metrics: ReachMetrics | undefined;
  postUrl: string | undefined;
}

/** A post new to the log, with the company item it shared when its links name one. */
export type AddedPost = ExportedPost & { linkedItemId?: string };

export interface ImportPlan {
  format: ExportFormat;
  matched: MatchedRow[];
  unchanged: MatchedRow[];
  added: AddedPost[];
  rejected: RejectedRow[];
  summary?: ExportSummary | undefined;
}

/** How far apart a file's date and the logged time may be: a day-only date is local noon, the log keeps the minute. */
const DAY_ONLY_WINDOW = 14 * 3_600_000;
const TIMED_WINDOW = 3 * 3_600_000;
/** Share of the shorter text's words the longer must contain to be the same post (links and case aside). */
const TEXT_MATCH = 0.7;

/** Words of a post, links and punctuation left out (X shortens links to t.co; LinkedIn drops mentions' markup). */
export function textWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/https?:\/\/\S+/g, ' ')
    .split(/[^\p{L}\p{N}#@_]+/u)
    .filter((word) => word.length > 0);
}

export function sameText(a: string, b: string): boolean {
  const left = textWords(a);
  const right = textWords(b);
  if (left.length === 0 || right.length === 0) return left.length === right.length;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  if (shorter.length < 3) return shorter.join(' ') === longer.join(' ');
  const pool = new Map<string, number>();
  for (const word of longer) pool.set(word, (pool.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of shorter) {
    const left = pool.get(word) ?? 0;
    if (left > 0) {
      shared++;
      pool.set(word, left - 1);
    }
  }
  return shared / shorter.length >= TEXT_MATCH;
}

const localDay = (time: number) => new Date(time).toDateString();

function mergedMetrics(current: ReachMetrics | undefined, counts: ExportedCounts | undefined): ReachMetrics | undefined {
  if (!counts || Object.keys(counts).length === 0) return current;
  return { ...current, ...counts };
}

function sameMetrics(a: ReachMetrics | undefined, b: ReachMetrics | undefined): boolean {
  if (!a || !b) return a === b;
  return REACH_COUNT_FIELDS.every((field) => a[field] === b[field]) && a.colleagueShare === b.colleagueShare;
}

/** Two links of one kind (both activity URNs, both X ids) that differ name two different posts. */
function conflicting(entryKey: string | undefined, postKeyValue: string | undefined): boolean {
  if (!entryKey || !postKeyValue) return false;
  const kind = (key: string) => key.slice(0, key.lastIndexOf(':'));
  return kind(entryKey) === kind(postKeyValue) && entryKey !== postKeyValue;
}

/** Logged posts of one platform by time, so a row looks only at its own window (a 100,000-row file stays fast). */
type Timeline = readonly LoggedPost[];

function firstAtOrAfter(timeline: Timeline, time: number): number {
  return partitionPoint(timeline.length, (index) => (timeline[index] as LoggedPost).publishedAt < time);
}

function findByDate(post: ExportedPost, key: string | undefined, timeline: Timeline, taken: ReadonlySet<number>): { entry: LoggedPost; basis: MatchBasis } | undefined {
  const window = post.dayOnly ? DAY_ONLY_WINDOW : TIMED_WINDOW;
  const near: LoggedPost[] = [];
  for (let index = firstAtOrAfter(timeline, post.publishedAt - window); index < timeline.length; index++) {
    const entry = timeline[index] as LoggedPost;
    if (entry.publishedAt > post.publishedAt + window) break;
    if (taken.has(entry.id)) continue;
    if (post.dayOnly && localDay(entry.publishedAt) !== localDay(post.publishedAt)) continue;
    if (conflicting(entry.postUrl ? postKey(entry.postUrl) : undefined, key)) continue;
    near.push(entry);
  }
  const text = post.text ?? '';
  if (textWords(text).length > 0) {
    const same = near.filter((entry) => sameText(entry.text, text));
    return same.length === 1 ? { entry: same[0] as LoggedPost, basis: 'date_text' } : undefined;
  }
  // No text to compare (LinkedIn's analytics names posts by link and day only): a single post that day is the one.
  return near.length === 1 ? { entry: near[0] as LoggedPost, basis: 'date' } : undefined;
}

export function planImport(parsed: Extract<ParsedExport, { ok: true }>, logged: readonly LoggedPost[], companyItems: readonly CompanyItemLink[] = []): ImportPlan {
  const byKey = new Map<string, LoggedPost>();
  for (const entry of logged) {
    const key = entry.postUrl ? postKey(entry.postUrl) : undefined;
    if (key) byKey.set(key, entry);
  }
  const taken = new Set<number>();
  const plan: ImportPlan = { format: parsed.format, matched: [], unchanged: [], added: [], rejected: [...parsed.rejected], summary: parsed.summary };

  // Link matches first, so a date match never takes a row another line names by its link.
  const pending: ExportedPost[] = [];
  const keys = new Map<ExportedPost, string | undefined>();
  const found = new Map<ExportedPost, { entry: LoggedPost; basis: MatchBasis }>();
  for (const post of parsed.posts) {
    const key = post.url ? postKey(post.url) : undefined;
    keys.set(post, key);
    const entry = key ? byKey.get(key) : undefined;
    if (entry && entry.platform === post.platform && !taken.has(entry.id)) {
      taken.add(entry.id);
      found.set(post, { entry, basis: 'url' });
    } else pending.push(post);
  }
  const timelines = new Map<Platform, LoggedPost[]>();
  for (const entry of [...logged].sort((a, b) => a.publishedAt - b.publishedAt)) {
    const timeline = timelines.get(entry.platform) ?? [];
    timeline.push(entry);
    timelines.set(entry.platform, timeline);
  }
  for (const post of pending) {
    const key = keys.get(post);
    const match = findByDate(post, key, timelines.get(post.platform) ?? [], taken);
    if (match) {
      taken.add(match.entry.id);
      found.set(post, match);
    }
  }

  for (const post of parsed.posts) {
    const match = found.get(post);
    if (!match) {
      const linkedItemId = companyItemOf(post.sharedUrl ? [post.sharedUrl] : [], post.text ?? '', companyItems);
      plan.added.push(linkedItemId ? { ...post, linkedItemId } : post);
      continue;
    }
    const { entry, basis } = match;
    const metrics = mergedMetrics(entry.metrics, post.counts);
    // A link already kept wins: the first import set it, or it is the same post under its other URN.
    const postUrl = entry.postUrl ?? post.url;
    const row: MatchedRow = { post, entryId: entry.id, basis, metrics, postUrl };
    if (sameMetrics(metrics, entry.metrics) && postUrl === entry.postUrl) plan.unchanged.push(row);
    else plan.matched.push(row);
  }
  plan.rejected.sort((a, b) => a.line - b.line);
  return plan;
}

/** The counts of an exported post as a log row keeps them, or undefined when the file gave none. */
export function countsToMetrics(counts: ExportedCounts | undefined): ReachMetrics | undefined {
  if (!counts) return undefined;
  const metrics: ReachMetrics = {};
  for (const field of REACH_COUNT_FIELDS) if (counts[field] !== undefined) metrics[field] = counts[field];
  return Object.keys(metrics).length > 0 ? metrics : undefined;
}
