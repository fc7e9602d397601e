import { longestWord, words } from '../../text/words';

// Longest word a codename or client name can hold; longer "words" are pasted blobs (base64, hashes, keys).
const MAX_NAME_WORD = 64;

let lastText: string | undefined;
let lastMasked = '';

/**
 * The text with every word longer than a name can hold replaced by "0" and spaces (same length, so
 * offsets still map): policy names are matched by hashing each 1..4-word n-gram, and hashing a 100 kB
 * "word" dominated the first call on a pasted blob. Reads the words of the draft (memoised, shared with
 * the other rules), so a draft without such words costs one pass over its words.
 * TODO [2026-12-15]: drop once utils/policy/match-terms.ts skips such words itself (it is being re-indexed).
 */
export function maskLongWords(text: string): string {
  if (text === lastText) return lastMasked;
  let masked = text;
  // The tokeniser notes its longest word: most drafts have none to mask, and the walk is skipped.
  if (text.length > MAX_NAME_WORD && longestWord(words(text)) > MAX_NAME_WORD) {
    let parts: string[] | undefined;
    let from = 0;
    for (const word of words(text)) {
      if (word.end - word.start <= MAX_NAME_WORD) continue;
      parts ??= [];
      parts.push(text.slice(from, word.start), '0', ' '.repeat(word.end - word.start - 1));
      from = word.end;
    }
    if (parts) masked = parts.join('') + text.slice(from);
  }
  lastText = text;
  lastMasked = masked;
  return masked;
}
