import { longestWord, words, type Word } from '../../text/words';

// Longest word a codename or client name can hold; longer "words" are pasted blobs (base64, hashes, keys).
const MAX_NAME_WORD = 64;

let lastTokens: readonly Word[] | undefined;
let lastMasked: readonly Word[] = [];

/**
 * The words of the text with every word longer than a name can hold replaced by a one-character "0"
 * word at its start: policy names are matched by hashing each 1..4-word n-gram, and hashing a 100 kB
 * "word" dominated the first call on a pasted blob. Derived from words(text) (memoised, shared with the
 * other rules) rather than by tokenising a masked copy of the text: that second tokenisation of a pasted
 * 100 kB text was a third of the codename rule's first call. Same words as words() of the text with
 * each long word overwritten by "0" and spaces. Do not mutate the result.
 * TODO [2026-12-15]: drop once utils/policy/match-terms.ts skips such words itself (it is being re-indexed).
 */
export function maskedWords(text: string): readonly Word[] {
  const tokens = words(text);
  if (tokens === lastTokens) return lastMasked;
  let masked = tokens;
  // The tokeniser notes its longest word: most drafts have none to mask.
  if (longestWord(tokens) > MAX_NAME_WORD) {
    masked = tokens.map((word) =>
      word.end - word.start > MAX_NAME_WORD ? { start: word.start, end: word.start + 1, folded: '0' } : word,
    );
  }
  lastTokens = tokens;
  lastMasked = masked;
  return masked;
}
