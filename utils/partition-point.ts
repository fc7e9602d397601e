/**
 * The first index in [0, length) where `isBefore` turns false, for a predicate that is true on a prefix of the
 * indices and false after it (length when it is true everywhere): one binary search for every sorted lookup
 * (word offsets, spans, a timeline, bucket starts, how much of a caption fits).
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
