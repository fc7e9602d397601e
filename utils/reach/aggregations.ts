import { bucketIndex, endOfMonth, endOfWeek, lastMonths, lastWeeks } from './calendar';
import { adviceFor, type Advice } from './indicators';
import type { Platform } from '../platform';
import { type EditorialKind, type ReachPoint } from './types';

/** Options of {@link computeDashboard}. */
export interface DashboardOptions {
  /** Epoch ms taken as "now"; default Date.now(). Passed in so results are reproducible. */
  now?: number;
  /** Number of weekly buckets, ending with the current week; default 26. */
  weeks?: number;
  /** Number of monthly buckets for hashtags, ending with the current month; default 12. */
  months?: number;
  /** How many hashtags to follow over time; default 6. */
  topTags?: number;
  /**
   * The person's most recent posts, for the indicators, when `entries` is only the charted window
   * (see loadDashboard in utils/db). Default: `entries`.
   */
  recent?: readonly ReachPoint[];
  /** Number of posts in the whole log, when `entries` is only a window. Default: entries.length. */
  totalPosts?: number;
}

/** First instant the charts of {@link computeDashboard} look at, so a caller can read only that range. */
export function dashboardWindowStart(options: Pick<DashboardOptions, 'now' | 'weeks' | 'months'> = {}): number {
  const now = options.now ?? Date.now();
  const weeks = lastWeeks(now, Math.max(1, options.weeks ?? 26));
  const months = lastMonths(now, Math.max(1, options.months ?? 12));
  return Math.min(weeks[0] as number, months[0] as number);
}

export interface HashtagSeries {
  /** Lower-cased tag without "#". */
  tag: string;
  /** Posts using it within the months window. */
  total: number;
  /** Posts per month, aligned with `months`. */
  counts: number[];
}

export interface DashboardData {
  /** Week starts (epoch ms, local Monday midnight), oldest first. */
  weeks: number[];
  /** Sum of impressions per week and platform; null when no post of that week has numbers yet (a gap, not a zero). */
  reach: Record<Platform, (number | null)[]>;
  /** Posts per week and platform. */
  posts: Record<Platform, number[]>;
  /** Posts per week by editorial kind. */
  mix: Record<EditorialKind, number[]>;
  /** Month starts (epoch ms, local), oldest first. */
  months: number[];
  /** Most used hashtags in the months window, most used first. */
  hashtags: HashtagSeries[];
  totals: {
    /** All posts in the log. */
    posts: number;
    /** Posts in the weeks window. */
    postsInWindow: number;
    /** Posts in the weeks window with reach numbers entered. */
    withMetrics: number;
    /** Sum of impressions over the weeks window. */
    impressions: number;
  };
  advice: Advice[];
}

function add(series: number[], index: number, by = 1): void {
  series[index] = (series[index] ?? 0) + by;
}

function zeros(length: number): number[] {
  return new Array<number>(length).fill(0);
}

/**
 * Every number the dashboard charts need, in one pass over the log (plus a small top-k for the indicators).
 * Pure and synchronous: give it the rows, in any order.
 */
export function computeDashboard(entries: readonly ReachPoint[], options: DashboardOptions = {}): DashboardData {
  const now = options.now ?? Date.now();
  const weeks = lastWeeks(now, Math.max(1, options.weeks ?? 26));
  const months = lastMonths(now, Math.max(1, options.months ?? 12));
  const weeksEnd = endOfWeek(weeks[weeks.length - 1] as number);
  const monthsEnd = endOfMonth(months[months.length - 1] as number);

  const reach = { linkedin: new Array<number | null>(weeks.length).fill(null), x: new Array<number | null>(weeks.length).fill(null) };
  const posts = { linkedin: zeros(weeks.length), x: zeros(weeks.length) };
  const mix = { own: zeros(weeks.length), company: zeros(weeks.length), company_with_take: zeros(weeks.length) };
  const tagCounts = new Map<string, number[]>();
  let postsInWindow = 0;
  let withMetrics = 0;
  let impressions = 0;

  for (const entry of entries) {
    const time = entry.publishedAt;
    if (time < weeksEnd) {
      const week = bucketIndex(weeks, time);
      if (week >= 0) {
        postsInWindow++;
        const reached = entry.metrics?.impressions;
        if (reached !== undefined) withMetrics++;
        add(posts[entry.platform], week);
        add(mix[entry.kind], week);
        if (reached !== undefined) {
          const series = reach[entry.platform];
          series[week] = (series[week] ?? 0) + reached;
          impressions += reached;
        }
      }
    }
    if (time < monthsEnd && entry.hashtags.length > 0) {
      const month = bucketIndex(months, time);
      if (month >= 0) {
        for (const raw of entry.hashtags) {
          const tag = raw.toLocaleLowerCase();
          let counts = tagCounts.get(tag);
          if (!counts) {
            counts = zeros(months.length);
            tagCounts.set(tag, counts);
          }
          add(counts, month);
        }
      }
    }
  }

  const hashtags: HashtagSeries[] = [...tagCounts]
    .map(([tag, counts]) => ({ tag, counts, total: counts.reduce((sum, count) => sum + count, 0) }))
    .sort((a, b) => b.total - a.total || a.tag.localeCompare(b.tag))
    .slice(0, Math.max(0, options.topTags ?? 6));

  return {
    weeks,
    reach,
    posts,
    mix,
    months,
    hashtags,
    totals: { posts: options.totalPosts ?? entries.length, postsInWindow, withMetrics, impressions },
    advice: adviceFor(options.recent ?? entries),
  };
}
