import { computeDashboard, dashboardWindowStart } from '../../utils/reach/aggregations';
import type { ReachPoint } from '../../utils/reach/types';

const now = new Date(2026, 10, 27, 12).getTime(); // Friday 27 Nov 2026
const day = (month: number, date: number, hour = 10) => new Date(2026, month, date, hour).getTime();

const entries: ReachPoint[] = [
  { platform: 'linkedin', publishedAt: day(10, 23), kind: 'own', hashtags: ['AI', 'Climate'], metrics: { impressions: 100, reactions: 1, comments: 0, reposts: 0 } },
  { platform: 'linkedin', publishedAt: day(10, 25), kind: 'company', hashtags: ['ai'], metrics: { impressions: 50, reactions: 1, comments: 0, reposts: 0 } },
  { platform: 'x', publishedAt: day(10, 26), kind: 'company_with_take', hashtags: [] },
  { platform: 'x', publishedAt: day(10, 17), kind: 'company', hashtags: ['climate'], metrics: { impressions: 7, reactions: 0, comments: 0, reposts: 0 } },
  { platform: 'linkedin', publishedAt: day(9, 2), kind: 'own', hashtags: ['AI'] },
  // Outside both windows.
  { platform: 'linkedin', publishedAt: day(0, 5) - 400 * 86_400_000, kind: 'own', hashtags: ['old'], metrics: { impressions: 9999, reactions: 0, comments: 0, reposts: 0 } },
  // In the future (clock skew): ignored by the charts.
  { platform: 'linkedin', publishedAt: now + 30 * 86_400_000, kind: 'own', hashtags: ['future'] },
];

test('weekly buckets of reach, posts and editorial mix', () => {
  const data = computeDashboard(entries, { now, weeks: 3, months: 2 });
  expect(data.weeks).toEqual([new Date(2026, 10, 9), new Date(2026, 10, 16), new Date(2026, 10, 23)].map((d) => d.getTime()));
  expect(data.reach).toEqual({ linkedin: [null, null, 150], x: [null, 7, null] });
  expect(data.posts).toEqual({ linkedin: [0, 0, 2], x: [0, 1, 1] });
  expect(data.mix).toEqual({ own: [0, 0, 1], company: [0, 1, 1], company_with_take: [0, 0, 1] });
  expect(data.totals).toEqual({ posts: 7, postsInWindow: 4, withMetrics: 3, impressions: 157 });
});

test('hashtags over months: top tags, case folded, most used first', () => {
  const data = computeDashboard(entries, { now, weeks: 3, months: 2, topTags: 2 });
  expect(data.months).toEqual([new Date(2026, 9, 1).getTime(), new Date(2026, 10, 1).getTime()]);
  expect(data.hashtags).toEqual([
    { tag: 'ai', total: 3, counts: [1, 2] },
    { tag: 'climate', total: 2, counts: [0, 2] },
  ]);
});

test('empty log', () => {
  const data = computeDashboard([], { now });
  expect(data.weeks).toHaveLength(26);
  expect(data.months).toHaveLength(12);
  expect(data.posts.linkedin.every((count) => count === 0)).toBe(true);
  expect(data.reach.x.every((value) => value === null)).toBe(true);
  expect(data.hashtags).toEqual([]);
  expect(data.advice).toEqual([]);
});

test('a windowed caller passes the recent posts and the total count', () => {
  const recent = Array.from({ length: 10 }, (_, index): ReachPoint => ({ platform: 'x', publishedAt: now - index, kind: 'company', hashtags: [] }));
  const data = computeDashboard([], { now, recent, totalPosts: 1234 });
  expect(data.totals.posts).toBe(1234);
  expect(data.advice.map((advice) => advice.id)).toEqual(['editorial_diversity']);
  expect(dashboardWindowStart({ now, weeks: 3, months: 2 })).toBe(new Date(2026, 9, 1).getTime());
  expect(dashboardWindowStart({ now, weeks: 30, months: 1 })).toBe(computeDashboard([], { now, weeks: 30 }).weeks[0]);
});
