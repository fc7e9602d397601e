import { sparsePositionsOf } from '../../text/word-positions';
import { normaliseTerm, type WordList } from '../../text/words';

/** A phrase found in the words of a draft: UTF-16 offsets and the phrase as listed (folded). */
export interface PhraseMatch {
  start: number;
  end: number;
  term: string;
}

/** A phrase of a kind ending at a trie node: the phrase as listed (folded). */
interface PhraseEnd {
  kind: number;
  term: string;
}

/** Phrases as a trie of folded words: the node of a word sequence, the phrases (of every kind) that end there. */
class PhraseNode {
  next: Map<string, PhraseNode> | undefined = undefined;
  /** In the order the lists were added. */
  ends: PhraseEnd[] | undefined = undefined;
}

/** Lays a normalised phrase ("never share", words joined by one space) into the trie below its first word's node. */
function insert(root: PhraseNode, kind: number, normal: string): void {
  const words = normal.split(' ');
  let node = root;
  for (let at = 1; at < words.length; at += 1) {
    const word = words[at] as string;
    node.next ??= new Map();
    let child = node.next.get(word);
    if (!child) {
      child = new PhraseNode();
      node.next.set(word, child);
    }
    node = child;
  }
  node.ends ??= [];
  // The same phrase twice in a kind's list matches once.
  if (!node.ends.some((end) => end.kind === kind)) node.ends.push({ kind, term: normal });
}

/** A list with anything normaliseTerm would change (capitals, accents, punctuation, stray spaces, an empty phrase). */
const NOT_NORMALISED = /[^a-z0-9 \n]|^ | $| \n|\n | {2}|\n\n|^\n|\n$|^$/;
/** How many first words are looked up by a search of the list each (about 50 µs on a first call, 2026-12-03). */
const FEW_FIRST_WORDS = 16;

function positionsByWord(words: readonly string[]): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  words.forEach((word, at) => {
    const known = positions.get(word);
    if (known) known.push(at);
    else positions.set(word, [at]);
  });
  return positions;
}

/** What follows the first word of each line of a list. */
const AFTER_FIRST_WORD = / [^\n]*/g;

/**
 * Fixed phrase lists (case-, accent- and spacing-insensitive, on word boundaries), each a "kind",
 * found all at once in a single pass over the words. Per kind, the matches are those of matchTerms
 * (utils/text/match-terms.ts) on that list alone: left to right, longest phrase first, no overlaps.
 * A trie: at a word, finding every phrase that starts there walks at most the longest phrase's length,
 * however many phrases share the word ("nothing …", "the …": hundreds, 2026-12).
 */
class PhraseIndex {
  /** First word -> trie of the phrases starting with it, for the words drafts have had. */
  private readonly byFirst = new Map<string, PhraseNode>();
  /** Lists added but not yet indexed: a panel's first analysis is of an empty composer, which needs no index. */
  private pending: { kind: number; phrases: readonly string[] }[] = [];
  /**
   * Every phrase of every list (normalised), its kind and its first word, in parallel, and the set of first words:
   * made by native joins, splits and a Set, with no step per phrase. Indexing 4,854 phrases by first word one at a
   * time took 3-5 ms of a first call, run interpreted (2026-12-03); a draft meets a few dozen of the first words,
   * and only their phrases are then looked for (a native indexOf) and laid into a trie.
   */
  private phrases: string[] = [];
  private phraseKinds: number[] = [];
  private firstWords: string[] = [];
  private firstWordSet = new Set<string>();
  /** First word -> its positions in `firstWords`, once drafts have needed more than FEW_FIRST_WORDS of them. */
  private positions: Map<string, number[]> | undefined = undefined;
  kinds = 0;
  /** The nodes with phrase ends along the walk at one word (reused: no array per word). */
  private readonly path: PhraseNode[] = [];
  private readonly depths: number[] = [];

  /** Adds a list as a new kind and returns its number. */
  add(phrases: readonly string[]): number {
    const kind = this.kinds;
    this.kinds += 1;
    this.pending.push({ kind, phrases });
    return kind;
  }

  /** Takes in the pending lists (normalising a list only when it is not written normalised already). */
  private build(): void {
    const phrases: string[][] = [this.phrases];
    const kinds: number[][] = [this.phraseKinds];
    const firsts: string[][] = [this.firstWords];
    for (const { kind, phrases: listed } of this.pending) {
      let list = listed.join('\n');
      if (NOT_NORMALISED.test(list)) list = listed.map(normaliseTerm).filter((normal) => normal !== '').join('\n');
      if (list === '') continue;
      const split = list.split('\n');
      phrases.push(split);
      kinds.push(new Array<number>(split.length).fill(kind));
      firsts.push(list.replace(AFTER_FIRST_WORD, '').split('\n'));
    }
    this.phrases = ([] as string[]).concat(...phrases);
    this.phraseKinds = ([] as number[]).concat(...kinds);
    this.firstWords = ([] as string[]).concat(...firsts);
    this.firstWordSet = new Set(this.firstWords);
    this.byFirst.clear();
    this.positions = undefined;
    this.pending = [];
  }

  /** The trie of the phrases starting with `word`, laid the first time a draft has that word; undefined when none does. */
  private nodeOf(word: string): PhraseNode | undefined {
    if (!this.firstWordSet.has(word)) return undefined;
    let node = this.byFirst.get(word);
    if (node === undefined) {
      node = new PhraseNode();
      const { firstWords, phrases, phraseKinds } = this;
      // A few first words: a native search of the list each; past FEW_FIRST_WORDS, one pass indexes them all.
      if (this.byFirst.size >= FEW_FIRST_WORDS) this.positions ??= positionsByWord(firstWords);
      if (this.positions) {
        for (const at of this.positions.get(word) as number[]) insert(node, phraseKinds[at] as number, phrases[at] as string);
      } else {
        for (let at = firstWords.indexOf(word); at >= 0; at = firstWords.indexOf(word, at + 1)) {
          insert(node, phraseKinds[at] as number, phrases[at] as string);
        }
      }
      this.byFirst.set(word, node);
    }
    return node;
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
    // The trie node of each distinct word, looked up once; then only the words that start a phrase are
    // visited (a pasted text repeats a few words, and most start none).
    const byId: (PhraseNode | undefined)[] = new Array(vocabulary.length);
    const firsts: number[] = [];
    for (let id = 0; id < vocabulary.length; id += 1) {
      const node = this.nodeOf(vocabulary[id] as string);
      if (node === undefined) continue;
      byId[id] = node;
      firsts.push(id);
    }
    if (firsts.length === 0) return found;
    const positions = sparsePositionsOf(ids, firsts);
    const visited = positions ? positions.length : count;
    const { path, depths } = this;
    for (let at = 0; at < visited; at += 1) {
      const index = positions ? (positions[at] as number) : at;
      let node = byId[ids[index] as number];
      if (node === undefined) continue;
      // Walk the phrases that start here, keeping the nodes where some end.
      let ended = 0;
      for (let length = 1; ; length += 1) {
        if (node.ends !== undefined) {
          path[ended] = node;
          depths[ended] = length;
          ended += 1;
        }
        if (node.next === undefined || index + length >= count) break;
        const child: PhraseNode | undefined = node.next.get(vocabulary[ids[index + length] as number] as string);
        if (child === undefined) break;
        node = child;
      }
      // Longest first; per kind, the first that is not inside (or at the start of) that kind's last match.
      for (let step = ended - 1; step >= 0; step -= 1) {
        const length = depths[step] as number;
        for (const end of (path[step] as PhraseNode).ends as PhraseEnd[]) {
          const kind = end.kind;
          if (index < (next[kind] as number) || matchedAt[kind] === index) continue;
          (found[kind] as PhraseMatch[]).push({ start: starts[index] as number, end: ends[index + length - 1] as number, term: end.term });
          next[kind] = index + length;
          matchedAt[kind] = index;
        }
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
/** Every registered list by its kind name, for the test that no list repeats a phrase. */
const registered: { kind: string; phrases: readonly string[] }[] = [];

/** The lists registerPhrases has been given, by kind name (for tests). */
export function registeredPhraseLists(): readonly { kind: string; phrases: readonly string[] }[] {
  return registered;
}

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
  for (const kind of kinds) registered.push({ kind, phrases: lists[kind] });
  return (tokens) => {
    if (tokens !== sharedTokens || sharedKinds !== shared.kinds) {
      sharedFound = shared.match(tokens);
      sharedTokens = tokens;
      sharedKinds = shared.kinds;
    }
    return byKindName(kinds, ids, sharedFound);
  };
}
