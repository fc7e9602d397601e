import { hashNormalised } from '../policy/hash-term';
import type { TermEntry } from '../policy/policy-schema';
import { foldedAt, normaliseTerm, wordList, type WordList } from './words';

/** Longest name, in words, that a hashed entry can stand for. */
export const MAX_HASHED_WORDS = 4;

export interface TermMatch {
  start: number;
  end: number;
  /** The plain term, or undefined for a hashed one (its name is unknown to us by design). */
  term?: string;
}

/**
 * One n-gram already looked at (shared by every list and salt): its number, its text and the n-grams
 * one word longer. A trie keyed by folded words, so looking up a known n-gram neither builds nor
 * hashes a joined string. (A class, so every node has one shape and the lookups stay monomorphic.)
 */
class GramNode {
  next: Map<string, GramNode> | undefined = undefined;
  /** The last draft (gramsOf call) this n-gram was met in. */
  stamp = 0;
  constructor(
    readonly id: number,
    readonly gram: string,
    readonly single: boolean,
  ) {}
}

/** Per list and n-gram: looked at, hashes to a listed digest, is the first word of a plain name. */
const KNOWN = 1;
const HASHED = 2;
const PLAIN_FIRST = 4;

/**
 * Plain names as a trie of folded words: finding the names that start at a word walks at most the
 * longest name's length, however many names share that word (issue 10: 60,000 names sharing a first
 * word took 2.9 s on a 2,000-word draft when each was compared in turn).
 */
class TermNode {
  next: Map<string, TermNode> | undefined = undefined;
  /** The name (folded words joined by one space) that ends here, if any. */
  term: string | undefined = undefined;
}

interface CompiledTerms {
  /** First folded word -> trie of the plain terms starting with it. */
  plain: Map<string, TermNode>;
  /** salt -> set of hex digests. */
  hashed: Map<string, Set<string>>;
  /** GramNode id -> KNOWN | HASHED | PLAIN_FIRST flags, 0 when not looked at yet (for `generation`). */
  hits: Uint8Array;
  generation: number;
}

// n-grams of the drafts seen, numbered; kept across calls and lists (bounded) since drafts change little.
const SEEN_LIMIT = 50_000;
let gramRoot = new Map<string, GramNode>();
let gramNodes: GramNode[] = [];
/** Bumped when the n-grams are forgotten: every list's hits then start again. */
let gramGeneration = 0;
// The policy object is stable between keystrokes: compile each list once per salt (a pure memo).
const compiledLists = new WeakMap<readonly TermEntry[], Map<string, CompiledTerms>>();

function compileCached(entries: readonly TermEntry[], salt: string): CompiledTerms {
  let bySalt = compiledLists.get(entries);
  if (!bySalt) {
    bySalt = new Map();
    compiledLists.set(entries, bySalt);
  }
  let compiled = bySalt.get(salt);
  if (!compiled) {
    compiled = compile(entries, salt);
    bySalt.set(salt, compiled);
  }
  return compiled;
}

const HASH_PREFIX = 'sha256:';

function compile(entries: readonly TermEntry[], defaultSalt: string): CompiledTerms {
  const plain = new Map<string, TermNode>();
  const hashed = new Map<string, Set<string>>();
  const addHash = (hex: string, salt: string) => {
    const set = hashed.get(salt) ?? new Set<string>();
    set.add(hex.toLowerCase());
    hashed.set(salt, set);
  };
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      addHash(entry.sha256, entry.salt ?? defaultSalt);
    } else if (entry.toLowerCase().startsWith(HASH_PREFIX)) {
      addHash(entry.slice(HASH_PREFIX.length).trim(), defaultSalt);
    } else {
      const folded = normaliseTerm(entry).split(' ').filter(Boolean);
      const [first, ...rest] = folded;
      if (first === undefined) continue;
      let node = plain.get(first);
      if (!node) {
        node = new TermNode();
        plain.set(first, node);
      }
      for (const word of rest) {
        node.next ??= new Map();
        let child = node.next.get(word);
        if (!child) {
          child = new TermNode();
          node.next.set(word, child);
        }
        node = child;
      }
      node.term = folded.join(' ');
    }
  }
  return { plain, hashed, hits: new Uint8Array(0), generation: gramGeneration };
}

/**
 * Finds names of a list in a draft, case-, accent- and spacing-insensitively, on word boundaries
 * ("Orion" does not match "Orionis"). Hashed entries are matched by hashing every 1..4-word
 * n-gram of the draft. Offsets are into the original text. Longest match first, no overlaps.
 * Fixed phrase lists of the checks use checks/lib/phrase-matcher.ts (several lists in one pass).
 */
export function matchTerms(text: string, entries: readonly TermEntry[], salt: string): TermMatch[] {
  if (entries.length === 0) return [];
  return matchTokens(wordList(text), compileCached(entries, salt));
}

/** matchTerms over words already split (e.g. wordList(text) with pasted blobs masked, see checks/lib/long-words.ts). */
export function matchTermsInWords(tokens: WordList, entries: readonly TermEntry[], salt: string): TermMatch[] {
  if (entries.length === 0) return [];
  return matchTokens(tokens, compileCached(entries, salt));
}

function matchTokens(tokens: WordList, compiled: CompiledTerms): TermMatch[] {
  const { plain, hashed } = compiled;
  const matches: TermMatch[] = [];
  const count = tokens.count;
  let grams: Int32Array | undefined;
  let hits: Uint8Array | undefined;
  let found = 0;
  if (hashed.size > 0) {
    // Look at each distinct n-gram of the draft once: usually none is listed and no word starts a plain
    // name, and the per-word pass below is skipped (a pasted 100 kB text holds few distinct words).
    const walk = gramsOf(tokens);
    grams = walk.grams;
    hits = hitsFor(compiled);
    for (const id of walk.distinct) found |= flagsOf(id, hits, compiled);
    if ((found & (HASHED | PLAIN_FIRST)) === 0) return matches;
  } else if (plain.size === 0) {
    return matches;
  }
  let index = 0;
  while (index < count) {
    let match: { length: number; term: string | undefined } | undefined;
    if (grams === undefined || ((hits as Uint8Array)[grams[index * MAX_HASHED_WORDS] as number] as number) & PLAIN_FIRST) {
      match = plainAt(tokens, index, plain);
    }
    if (match === undefined && found & HASHED) match = hashedAt(grams as Int32Array, index, hits as Uint8Array);
    if (match) {
      matches.push({ start: tokens.starts[index] as number, end: tokens.ends[index + match.length - 1] as number, term: match.term });
      index += match.length;
    } else {
      index += 1;
    }
  }
  return matches;
}

/** The flags of n-gram `id` for a list, worked out on first sight. */
function flagsOf(id: number, hits: Uint8Array, compiled: CompiledTerms): number {
  let flags = hits[id] as number;
  if (flags === 0) {
    const node = gramNodes[id] as GramNode;
    flags = KNOWN;
    if (hashesToListed(node.gram, compiled.hashed)) flags |= HASHED;
    if (node.single && compiled.plain.has(node.gram)) flags |= PLAIN_FIRST;
    hits[id] = flags;
  }
  return flags;
}

function plainAt(tokens: WordList, index: number, plain: CompiledTerms['plain']): { length: number; term: string } | undefined {
  if (plain.size === 0) return undefined;
  let node = plain.get(foldedAt(tokens, index));
  let best: { length: number; term: string } | undefined;
  for (let at = index; node !== undefined; ) {
    if (node.term !== undefined) best = { length: at - index + 1, term: node.term };
    at += 1;
    node = at < tokens.count ? node.next?.get(foldedAt(tokens, at)) : undefined;
  }
  return best;
}

// The n-grams of the last draft: both policy lists (codenames, client names) walk the same words, and
// on a pasted 100 kB text that walk (up to four map lookups a word) was most of their first call.
let lastGramTokens: WordList | undefined;
let lastWalk = { grams: new Int32Array(0), distinct: [] as number[] };
let draftStamp = 0;

/**
 * For each word, the numbers of the n-grams of 1..MAX_HASHED_WORDS words starting there (-1 past the
 * end): `grams[index * MAX_HASHED_WORDS + length - 1]`, and the distinct numbers met. Memoised on the
 * words array (a pure memo).
 */
function gramsOf(tokens: WordList): { grams: Int32Array; distinct: number[] } {
  if (tokens === lastGramTokens) return lastWalk;
  if (gramNodes.length > SEEN_LIMIT) {
    gramRoot = new Map();
    gramNodes = [];
    gramGeneration += 1;
  }
  const count = tokens.count;
  const { ids, vocabulary } = tokens;
  const grams = new Int32Array(count * MAX_HASHED_WORDS).fill(-1);
  const distinct: number[] = [];
  draftStamp += 1;
  // A pasted text repeats runs of words: the n-grams at a position are those of the last position with
  // the same MAX_HASHED_WORDS word numbers, copied instead of walked again (one number key instead of
  // four string lookups). Only while that key stays an exact integer (vocabulary up to 9,741 words).
  const size = vocabulary.length;
  const keyed = size ** MAX_HASHED_WORDS <= Number.MAX_SAFE_INTEGER;
  const seenAt = new Map<number, number>();
  for (let index = 0; index < count; index += 1) {
    if (keyed && index + MAX_HASHED_WORDS <= count) {
      let key = 0;
      for (let at = index; at < index + MAX_HASHED_WORDS; at += 1) key = key * size + (ids[at] as number);
      const before = seenAt.get(key);
      if (before !== undefined) {
        for (let length = 0; length < MAX_HASHED_WORDS; length += 1) {
          grams[index * MAX_HASHED_WORDS + length] = grams[before * MAX_HASHED_WORDS + length] as number;
        }
        continue;
      }
      seenAt.set(key, index);
    }
    let children = gramRoot;
    const stop = Math.min(count, index + MAX_HASHED_WORDS);
    for (let at = index; at < stop; at += 1) {
      const folded = vocabulary[ids[at] as number] as string;
      let node = children.get(folded);
      if (node === undefined) {
        node = new GramNode(gramNodes.length, gramOf(tokens, index, at), at === index);
        gramNodes.push(node);
        children.set(folded, node);
      }
      if (node.stamp !== draftStamp) {
        node.stamp = draftStamp;
        distinct.push(node.id);
      }
      grams[index * MAX_HASHED_WORDS + at - index] = node.id;
      if (at + 1 < stop) children = node.next ??= new Map();
    }
  }
  lastGramTokens = tokens;
  lastWalk = { grams, distinct };
  return lastWalk;
}

/** The list's hit table, sized for every n-gram numbered so far (reset when the n-grams were forgotten). */
function hitsFor(compiled: CompiledTerms): Uint8Array {
  if (compiled.generation !== gramGeneration) {
    compiled.hits = new Uint8Array(0);
    compiled.generation = gramGeneration;
  }
  if (compiled.hits.length < gramNodes.length) {
    const grown = new Uint8Array(Math.max(gramNodes.length, compiled.hits.length * 2));
    grown.set(compiled.hits);
    compiled.hits = grown;
  }
  return compiled.hits;
}

/** Longest n-gram (up to MAX_HASHED_WORDS words) at `index` whose hash is listed (flags known: see matchTokens). */
function hashedAt(grams: Int32Array, index: number, hits: Uint8Array): { length: number; term: undefined } | undefined {
  for (let length = MAX_HASHED_WORDS; length >= 1; length -= 1) {
    const id = grams[index * MAX_HASHED_WORDS + length - 1] as number;
    if (id >= 0 && ((hits[id] as number) & HASHED) !== 0) return { length, term: undefined };
  }
  return undefined;
}

/** Folded words index..last joined by one space, as normaliseTerm joins a term's words. */
function gramOf(tokens: WordList, index: number, last: number): string {
  let gram = foldedAt(tokens, index);
  for (let at = index + 1; at <= last; at += 1) gram += ' ' + foldedAt(tokens, at);
  return gram;
}

function hashesToListed(gram: string, hashed: CompiledTerms['hashed']): boolean {
  for (const [salt, digests] of hashed) {
    if (digests.has(hashNormalised(gram, salt))) return true;
  }
  return false;
}
