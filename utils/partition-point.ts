/**
 * The first index in [0, length) for which `isBefore` is false, where `isBefore` holds for a prefix of the indices and
 * not after it (length when it holds everywhere). A binary search: log2(length) calls of `isBefore`. The one binary
 * search of utils/, for sorted spans and offsets, sorted times, calendar buckets and the longest caption that fits.
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBefore(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
