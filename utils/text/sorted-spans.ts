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
