import { WORD_DIGIT, wordList, type WordList } from '../../text/words';

// Longest word a codename or client name can hold; longer "words" are pasted blobs (base64, hashes, keys).
const MAX_NAME_WORD = 64;

let lastList: WordList | undefined;
let lastMasked: WordList | undefined;

/**
 * The words of the text with every word longer than a name can hold replaced by a one-character "0"
 * word at its start: policy names are matched by hashing each 1..4-word n-gram, and hashing a 100 kB
 * "word" dominated the first call on a pasted blob. Derived from wordList(text) (memoised, shared with
 * the other rules): same words as the list of the text with each long word overwritten by "0" and spaces.
 * Do not mutate the result.
 * TODO [2026-12-15]: drop once utils/text/match-terms.ts skips such words itself (it is being re-indexed).
 */
export function maskedWords(text: string): WordList {
  const list = wordList(text);
  if (list === lastList) return lastMasked as WordList;
  let masked = list;
  // Most drafts have no word to mask.
  if (list.longest > MAX_NAME_WORD) {
    const ends = list.ends.slice();
    const ids = list.ids.slice();
    const flags = list.flags.slice();
    let vocabulary = list.vocabulary;
    let zero = vocabulary.indexOf('0');
    if (zero < 0) {
      zero = vocabulary.length;
      vocabulary = [...vocabulary, '0'];
    }
    let longest = 0;
    for (let index = 0; index < list.count; index += 1) {
      const start = list.starts[index] as number;
      if ((ends[index] as number) - start > MAX_NAME_WORD) {
        ends[index] = start + 1;
        ids[index] = zero;
        flags[index] = WORD_DIGIT;
      }
      longest = Math.max(longest, (ends[index] as number) - start);
    }
    masked = { count: list.count, starts: list.starts, ends, ids, flags, vocabulary, longest };
  }
  lastList = list;
  lastMasked = masked;
  return masked;
}
