import { sparsePositionsOf } from '../../text/word-positions';
import { normaliseTerm, type WordList } from '../../text/words';

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
 * Fixed phrase lists (case-, accent- and spacing-insensitive, on word boundaries), each a "kind",
 * found all at once in a single pass over the words. Per kind, the matches are those of matchTerms
 * (utils/text/match-terms.ts) on that list alone: left to right, longest phrase first, no overlaps.
 */
class PhraseIndex {
  private readonly byFirst = new Map<string, Candidate[]>();
  /** Lists added but not yet indexed: a panel's first analysis is of an empty composer, which needs no index. */
  private pending: { kind: number; phrases: readonly string[] }[] = [];
  kinds = 0;

  /** Adds a list as a new kind and returns its number. */
  add(phrases: readonly string[]): number {
    const kind = this.kinds;
    this.kinds += 1;
    this.pending.push({ kind, phrases });
    return kind;
  }

  /**
   * Indexes the pending lists: normalising every phrase of every rule took several milliseconds at module load,
   * on the way to the first composer's panel (Chromium 156, 2026-12); now the first draft with words pays it.
   */
  private build(): void {
    const touched = new Set<Candidate[]>();
    for (const { kind, phrases } of this.pending) {
      for (const phrase of phrases) {
        const words = normaliseTerm(phrase).split(' ').filter(Boolean);
        const first = words[0];
        if (first === undefined) continue;
        let list = this.byFirst.get(first);
        if (!list) {
          list = [];
          this.byFirst.set(first, list);
        }
        list.push({ kind, words, term: words.join(' ') });
        touched.add(list);
      }
    }
    this.pending = [];
    // Longest first (stable: same length keeps list order): the first candidate of a kind that matches at a word is the one kept.
    for (const list of touched) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The matches of every kind, indexed by kind. */
  match(tokens: WordList): PhraseMatch[][] {
    const found = Array.from({ length: this.kinds }, (): PhraseMatch[] => []);
    if (tokens.count === 0) return found;
    if (this.pending.length > 0) this.build();
    // Per kind: the first word a new match may start at, and the word of its last match.
    const next = new Int32Array(this.kinds);
    const matchedAt = new Int32Array(this.kinds).fill(-1);
    const { count, ids, vocabulary, starts, ends } = tokens;
    // The candidates of each distinct word, looked up once; then only the words that start a phrase are
    // visited (a pasted text repeats a few words, and most start none).
    const byId: (readonly Candidate[] | undefined)[] = new Array(vocabulary.length);
    const firsts: number[] = [];
    for (let id = 0; id < vocabulary.length; id += 1) {
      const candidates = this.byFirst.get(vocabulary[id] as string);
      if (candidates === undefined) continue;
      byId[id] = candidates;
      firsts.push(id);
    }
    if (firsts.length === 0) return found;
    const positions = sparsePositionsOf(ids, firsts);
    const visited = positions ? positions.length : count;
    for (let at = 0; at < visited; at += 1) {
      const index = positions ? (positions[at] as number) : at;
      const candidates = byId[ids[index] as number];
      if (candidates === undefined) continue;
      for (const candidate of candidates) {
        const kind = candidate.kind;
        if (index < (next[kind] as number) || matchedAt[kind] === index) continue;
        const length = candidate.words.length;
        if (index + length > count) continue;
        let matches = true;
        for (let offset = 1; offset < length && matches; offset += 1) {
          matches = vocabulary[ids[index + offset] as number] === candidate.words[offset];
        }
        if (!matches) continue;
        (found[kind] as PhraseMatch[]).push({ start: starts[index] as number, end: ends[index + length - 1] as number, term: candidate.term });
        next[kind] = index + length;
        matchedAt[kind] = index;
      }
    }
    return found;
  }
}

function byKindName<Kind extends string>(kinds: readonly Kind[], ids: readonly number[], found: readonly PhraseMatch[][]): Record<Kind, PhraseMatch[]> {
  const result = {} as Record<Kind, PhraseMatch[]>;
  kinds.forEach((kind, index) => {
    result[kind] = found[ids[index] as number] as PhraseMatch[];
  });
  return result;
}

/**
 * Compiles fixed phrase lists into one matcher that finds all of them in a single pass over the words
 * (see PhraseIndex): one map lookup per word, instead of one pass (and a function call per word) per list.
 */
export function createPhraseMatcher<Kind extends string>(
  lists: Readonly<Record<Kind, readonly string[]>>,
): (tokens: WordList) => Record<Kind, PhraseMatch[]> {
  const index = new PhraseIndex();
  const kinds = Object.keys(lists) as Kind[];
  const ids = kinds.map((kind) => index.add(lists[kind]));
  return (tokens) => byKindName(kinds, ids, index.match(tokens));
}

// Every list the rules register, in one index: the rules of a runChecks call look at the same words,
// and one pass answers all of them (a pasted 100 kB text is tens of thousands of words, met cold).
const shared = new PhraseIndex();
let sharedTokens: WordList | undefined;
let sharedKinds = 0;
let sharedFound: PhraseMatch[][] = [];

/**
 * createPhraseMatcher for a rule's lists, matched together with every other registered list in one
 * pass per draft (the last draft's matches are kept: a pure memo). Same matches per list as
 * createPhraseMatcher. Do not mutate the results.
 */
export function registerPhrases<Kind extends string>(
  lists: Readonly<Record<Kind, readonly string[]>>,
): (tokens: WordList) => Record<Kind, PhraseMatch[]> {
  const kinds = Object.keys(lists) as Kind[];
  const ids = kinds.map((kind) => shared.add(lists[kind]));
  return (tokens) => {
    if (tokens !== sharedTokens || sharedKinds !== shared.kinds) {
      sharedFound = shared.match(tokens);
      sharedTokens = tokens;
      sharedKinds = shared.kinds;
    }
    return byKindName(kinds, ids, sharedFound);
  };
}
