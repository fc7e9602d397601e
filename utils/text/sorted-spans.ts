import { partitionPoint } from '../partition-point';

/**
 * Index of the first span starting at or after `position` in spans sorted by start (spans.length when
 * none): a binary search, so lookups in the thousands of words or findings of a pasted text stay cheap.
 */
export function firstStartingAtOrAfter(spans: readonly { start: number }[], position: number): number {
  return partitionPoint(spans.length, (index) => (spans[index] as { start: number }).start < position);
}

/** Index of the first value at or after `position` in sorted `values` (values.length when none), e.g. a WordList's starts. */
export function firstAtOrAfter(values: ArrayLike<number>, position: number): number {
  return partitionPoint(values.length, (index) => (values[index] as number) < position);
}
