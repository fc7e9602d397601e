import { normaliseTerm, type Word } from '../../text/words';

/** A phrase found in the words of a draft: UTF-16 offsets and the phrase as listed (folded). */
export interface PhraseMatch {
  start: number;
  end: number;
  term: string;
}

interface Candidate {
  kind: number;
  words: readonly string[];
  term: string;
}

/**
 * Compiles fixed phrase lists (case-, accent- and spacing-insensitive, on word boundaries) into one
 * matcher that finds all of them in a single pass over the words. Per list, the matches are those of
 * createTermMatcher on that list alone: left to right, longest phrase first, no overlaps.
 *
 * One pass with one map lookup per word, instead of one pass (and a function call per word) per list:
 * a rule with several lists meets a pasted 100 kB text cold, before V8 has optimised anything.
 */
export function createPhraseMatcher<Kind extends string>(
  lists: Readonly<Record<Kind, readonly string[]>>,
): (tokens: readonly Word[]) => Record<Kind, PhraseMatch[]> {
  const kinds = Object.keys(lists) as Kind[];
  const byFirst = new Map<string, Candidate[]>();
  kinds.forEach((kind, index) => {
    for (const phrase of lists[kind]) {
      const words = normaliseTerm(phrase).split(' ').filter(Boolean);
      const first = words[0];
      if (first === undefined) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ kind: index, words, term: words.join(' ') });
      byFirst.set(first, list);
    }
  });
  // Longest first: the first candidate of a kind that matches at a word is the one kept.
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  return (tokens) => {
    const found = kinds.map((): PhraseMatch[] => []);
    // Per kind: the first word a new match may start at, and the word of its last match.
    const next = new Int32Array(kinds.length);
    const matchedAt = new Int32Array(kinds.length).fill(-1);
    const count = tokens.length;
    for (let index = 0; index < count; index += 1) {
      const candidates = byFirst.get((tokens[index] as Word).folded);
      if (candidates === undefined) continue;
      for (const candidate of candidates) {
        const kind = candidate.kind;
        if (index < (next[kind] as number) || matchedAt[kind] === index) continue;
        const length = candidate.words.length;
        if (index + length > count) continue;
        let matches = true;
        for (let offset = 1; offset < length && matches; offset += 1) {
          matches = (tokens[index + offset] as Word).folded === candidate.words[offset];
        }
        if (!matches) continue;
        (found[kind] as PhraseMatch[]).push({
          start: (tokens[index] as Word).start,
          end: (tokens[index + length - 1] as Word).end,
          term: candidate.term,
        });
        next[kind] = index + length;
        matchedAt[kind] = index;
      }
    }
    const result = {} as Record<Kind, PhraseMatch[]>;
    kinds.forEach((kind, index) => {
      result[kind] = found[index] as PhraseMatch[];
    });
    return result;
  };
}
