import { sparsePositionsOf } from '../../text/word-positions';
import { wordIdsOf, wordList } from '../../text/words';
import { MOST_ANCHORS } from './scan';

/**
 * Where a pattern whose every match opens on one of `firstWords` (folded, as the draft's words are) can start: the
 * offsets of the draft's words that are one of them, ascending, for matchesAt. Undefined past `most` of them, where a
 * scan of the draft is the cheaper way (found without walking the rest of a pasted list). A pattern tried at a few
 * words instead of at every character: a Unicode pattern with a lookbehind costs 10-20 ns a character, on every
 * keystroke (2026-12-04).
 */
export function wordStartsOf(text: string, firstWords: ReadonlySet<string>, most = MOST_ANCHORS): number[] | undefined {
  const words = wordList(text);
  const wanted: number[] = [];
  // The smaller side is walked: a rule's few first words looked up among the draft's words (see wordIdsOf), or the other way
  // round.
  if (firstWords.size < words.vocabulary.length) {
    const idOf = wordIdsOf(words);
    for (const word of firstWords) {
      const id = idOf.get(word);
      if (id !== undefined) wanted.push(id);
    }
  } else {
    words.vocabulary.forEach((word, id) => {
      if (firstWords.has(word)) wanted.push(id);
    });
  }
  if (wanted.length === 0) return [];
  const starts: number[] = [];
  const positions = sparsePositionsOf(words.ids, wanted);
  if (positions) {
    if (positions.length > most) return undefined;
    for (let index = 0; index < positions.length; index += 1) starts.push(words.starts[positions[index] as number] as number);
    return starts;
  }
  const wantedIds = new Set(wanted);
  for (let index = 0; index < words.count; index += 1) {
    if (!wantedIds.has(words.ids[index] as number)) continue;
    if (starts.length === most) return undefined;
    starts.push(words.starts[index] as number);
  }
  return starts;
}
