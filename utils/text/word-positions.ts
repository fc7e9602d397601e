/** More word numbers than this: a native search per number costs more than one loop over the words. */
const MAX_SEARCHED_IDS = 16;
/** Searched words at more than one position in this many: a search per position costs more than one loop. */
const DENSE = 32;

/**
 * Sorted positions in `ids` (a WordList's word numbers) of the numbers in `wanted` (distinct), when they
 * are few: where the words worth a closer look stand, found by a native search per number rather than a
 * loop over every word (on a first call, which runs interpreted, such a loop over a pasted text's 50,000
 * words costs milliseconds). Undefined when they are many: then the caller's own loop over every word is
 * the cheaper way.
 */
export function sparsePositionsOf(ids: Int32Array, wanted: readonly number[]): ArrayLike<number> | undefined {
  if (wanted.length > MAX_SEARCHED_IDS) return undefined;
  const positions: number[] = [];
  const most = ids.length / DENSE;
  for (const id of wanted) {
    for (let at = ids.indexOf(id); at >= 0; at = ids.indexOf(id, at + 1)) {
      if (positions.length > most) return undefined;
      positions.push(at);
    }
  }
  // In order already when one number is looked for; else a native numeric sort.
  return wanted.length > 1 ? Int32Array.from(positions).sort() : positions;
}
