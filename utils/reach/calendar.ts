import { partitionPoint } from '../partition-point';
/**
 * Calendar buckets in the person's local time zone: a post at 00:30 on Monday in Paris
 * belongs to that Monday's week even though it is still Sunday in UTC.
 * Weeks start on Monday (ISO 8601), months on the 1st.
 */

/** Local midnight of the Monday starting the week holding `time` (epoch ms). */
export function startOfWeek(time: number): number {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return date.getTime();
}

/** Local midnight of the first day of the month holding `time` (epoch ms). */
export function startOfMonth(time: number): number {
  const date = new Date(time);
  return new Date(date.getFullYear(), date.getMonth(), 1).getTime();
}

/** Start of each of the `count` weeks ending with the week holding `now`, oldest first. DST-safe (calendar arithmetic, not 7 × 24 h). */
export function lastWeeks(now: number, count: number): number[] {
  const last = new Date(startOfWeek(now));
  const starts: number[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const date = new Date(last);
    date.setDate(last.getDate() - back * 7);
    starts.push(date.getTime());
  }
  return starts;
}

/** Start of each of the `count` months ending with the month holding `now`, oldest first. */
export function lastMonths(now: number, count: number): number[] {
  const date = new Date(now);
  const starts: number[] = [];
  for (let back = count - 1; back >= 0; back--) {
    starts.push(new Date(date.getFullYear(), date.getMonth() - back, 1).getTime());
  }
  return starts;
}

/**
 * Index of the bucket holding `time` given ascending bucket starts; -1 before the first.
 * The last bucket is open-ended, so callers drop times at or after `end` themselves.
 */
export function bucketIndex(starts: readonly number[], time: number): number {
  return partitionPoint(starts.length, (index) => (starts[index] as number) <= time) - 1;
}

/** End (exclusive) of the week starting at `weekStart`. */
export function endOfWeek(weekStart: number): number {
  const date = new Date(weekStart);
  date.setDate(date.getDate() + 7);
  return date.getTime();
}

/** End (exclusive) of the month starting at `monthStart`. */
export function endOfMonth(monthStart: number): number {
  const date = new Date(monthStart);
  return new Date(date.getFullYear(), date.getMonth() + 1, 1).getTime();
}
