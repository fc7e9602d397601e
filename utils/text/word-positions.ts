import { firstAtOrAfter } from './sorted-spans';
import type { WordList } from './words';

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

/**
 * Which words of a list a test picks, by folded form (`pickWord`, asked once per distinct word) or by the word's
 * flags (`pickFlags`: capitals only, perhaps an acronym).
 */
export interface WordTest {
  pickWord(folded: string): boolean;
  pickFlags?(flags: number): boolean;
}

const positionsByList = new WeakMap<WordList, Map<WordTest, ArrayLike<number>>>();

/**
 * The sorted indexes of the words `test` picks in `words`, found once per list and test: "is one within k words of
 * this name?" is then a binary search (anyPositionWithin) rather than a walk of 2k words at every mention. A paste can name a
 * codename 16,667 times, met by interpreted code on a first call (2026-12-04: the walks of the sky's words beside each
 * mention were 15 of the 42 ms such a paste took cold).
 */
export function wordPositions(words: WordList, test: WordTest): ArrayLike<number> {
  let byTest = positionsByList.get(words);
  if (!byTest) {
    byTest = new Map();
    positionsByList.set(words, byTest);
  }
  let positions = byTest.get(test);
  if (!positions) {
    positions = findPositions(words, test);
    byTest.set(test, positions);
  }
  return positions;
}

function findPositions(words: WordList, test: WordTest): ArrayLike<number> {
  const wanted: number[] = [];
  for (let id = 0; id < words.vocabulary.length; id += 1) if (test.pickWord(words.vocabulary[id] as string)) wanted.push(id);
  const { pickFlags } = test;
  if (!pickFlags) {
    if (wanted.length === 0) return NONE;
    const sparse = sparsePositionsOf(words.ids, wanted);
    if (sparse) return sparse;
  }
  const picked = new Uint8Array(words.vocabulary.length);
  for (const id of wanted) picked[id] = 1;
  const found: number[] = [];
  for (let index = 0; index < words.count; index += 1) {
    if (picked[words.ids[index] as number] === 1 || (pickFlags !== undefined && pickFlags(words.flags[index] as number))) found.push(index);
  }
  return found;
}
const NONE: readonly number[] = [];

/** Whether any of the sorted `positions` lies in [from, to]. */
export function anyPositionWithin(positions: ArrayLike<number>, from: number, to: number): boolean {
  if (positions.length === 0 || from > to) return false;
  const at = firstAtOrAfter(positions, from);
  return at < positions.length && (positions[at] as number) <= to;
}
