/**
 * Index of the first span starting at or after `position` in spans sorted by start (spans.length when
 * none): a binary search, so lookups in the thousands of words or findings of a pasted text stay cheap.
 */
export function firstStartingAtOrAfter(spans: readonly { start: number }[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle] as { start: number }).start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first value at or after `position` in sorted `values` (values.length when none), e.g. a WordList's starts. */
export function firstAtOrAfter(values: ArrayLike<number>, position: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] as number) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
