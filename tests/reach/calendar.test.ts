import { bucketIndex, endOfWeek, lastMonths, lastWeeks, startOfMonth, startOfWeek } from '../../utils/reach/calendar';

// Local dates throughout: the buckets follow the person's clock whatever TZ the test runs in.
test('weeks start on Monday at local midnight', () => {
  const sunday = new Date(2026, 10, 29, 23, 30).getTime();
  const monday = new Date(2026, 10, 30, 0, 10).getTime();
  expect(startOfWeek(sunday)).toBe(new Date(2026, 10, 23).getTime());
  expect(startOfWeek(monday)).toBe(new Date(2026, 10, 30).getTime());
  expect(endOfWeek(new Date(2026, 10, 23).getTime())).toBe(new Date(2026, 10, 30).getTime());
});

test('lastWeeks stays on local midnights across a DST change', () => {
  const weeks = lastWeeks(new Date(2026, 3, 8).getTime(), 4);
  expect(weeks).toEqual([new Date(2026, 2, 16), new Date(2026, 2, 23), new Date(2026, 2, 30), new Date(2026, 3, 6)].map((d) => d.getTime()));
});

test('months', () => {
  expect(startOfMonth(new Date(2026, 1, 28, 12).getTime())).toBe(new Date(2026, 1, 1).getTime());
  expect(lastMonths(new Date(2026, 1, 15).getTime(), 3)).toEqual([new Date(2025, 11, 1), new Date(2026, 0, 1), new Date(2026, 1, 1)].map((d) => d.getTime()));
});

test('bucketIndex', () => {
  const starts = [10, 20, 30];
  expect([5, 10, 19, 20, 29, 30, 1000].map((time) => bucketIndex(starts, time))).toEqual([-1, 0, 0, 1, 1, 2, 2]);
  expect(bucketIndex([], 5)).toBe(-1);
});
