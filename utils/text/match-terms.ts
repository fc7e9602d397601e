import { hashNormalised } from '../policy/hash-term';
import { sha256Prefix } from '../policy/sha256-prefix';
import type { TermEntry } from '../policy/policy-schema';
import { sparsePositionsOf } from './word-positions';
import { foldedAt, normaliseTerm, wordIdsOf, wordList, type WordList } from './words';

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
  /** The last draft (distinctGrams call) this n-gram was met in. */
  stamp = 0;
  constructor(
    readonly id: number,
    readonly gram: string,
    /** Its first folded word. */
    readonly first: string,
  ) {}
  /** The salt last hashed with, and the first 32 bits of that hash (see sha256Prefix): lists often share a salt. */
  prefixSalt: string | undefined = undefined;
  prefix = 0;
}

/** Per list and n-gram: looked at, hashes to a listed digest. */
const KNOWN = 1;
const HASHED = 2;

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
  /** salt -> the first 32 bits of each of its digests (see sha256Prefix). */
  prefixes: Map<string, Set<number>>;
  /** GramNode id -> KNOWN | HASHED flags, 0 when not looked at yet (for `generation`). */
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
  const prefixes = new Map<string, Set<number>>();
  const addHash = (hex: string, salt: string) => {
    const set = hashed.get(salt) ?? new Set<string>();
    set.add(hex.toLowerCase());
    hashed.set(salt, set);
    const firstBits = prefixes.get(salt) ?? new Set<number>();
    firstBits.add(Number.parseInt(hex.slice(0, 8), 16));
    prefixes.set(salt, firstBits);
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
  return { plain, hashed, prefixes, hits: new Uint8Array(0), generation: gramGeneration };
}

/**
 * Finds names of a list in a draft, case-, accent- and spacing-insensitively, on word boundaries
 * ("Orion" does not match "Orionis"). Hashed entries are matched by hashing every 1..4-word
 * n-gram of the draft. Offsets are into the original text. Longest match first, no overlaps.
 * Fixed phrase lists of the checks use checks/lib/phrase-matcher.ts (several lists in one pass).
 */
export function matchTerms(text: string, entries: readonly TermEntry[], salt: string, options: MatchOptions = {}): TermMatch[] {
  if (entries.length === 0) return [];
  return matchTokens(wordList(text), compileCached(entries, salt), options.joinedOnly === true ? text : undefined);
}

/** How matchTerms reads the gaps between a name's words. */
export interface MatchOptions {
  /** Whether a name's words must be joined as a name's are (spaces, hyphens, apostrophes, slashes: see
   * joinedGap), not across a comma, colon, full stop, bracket or line break. Default false: any gap (fixed phrases). */
  joinedOnly?: boolean;
}

/** matchTerms over words already split (e.g. wordList(text) with pasted blobs masked, see checks/lib/long-words.ts).
 * `joinedIn`: the text the words are of, to match a name only across the gaps a name's words are joined by
 * (MatchOptions.joinedOnly); undefined for any gap. */
export function matchTermsInWords(tokens: WordList, entries: readonly TermEntry[], salt: string, joinedIn?: string): TermMatch[] {
  if (entries.length === 0) return [];
  return matchTokens(tokens, compileCached(entries, salt), joinedIn);
}

/**
 * Whether the gap text[from, to) between two words joins them into one name: "Atlas Bleu", "Sainte-Claire",
 * "l'Atlas", "atlas_bleu", "atlas/bleu", "atlas.bleu" (an identifier), "St. Claire" (a full stop after a word of
 * up to three letters, an abbreviation). Not a comma, colon, semicolon, a full stop ending a sentence, a bracket,
 * a quote or a line break: "L'Atlas, bleu et blanc", "Weekend project: kestrel nest box" are two phrases
 * (fresh5, 2026-12-02). O(gap): read only between the words of a candidate name.
 */
function joinedGap(text: string, from: number, to: number, wordLength: number): boolean {
  for (let at = from; at < to; at += 1) {
    const code = text.charCodeAt(at);
    if (JOINERS.has(code)) continue;
    // "atlas.bleu" (no space after: a host or an identifier), "St. Claire", "Sté. Générique": an abbreviation's dot.
    if (code === 0x2e && (wordLength <= 3 || (at + 1 === to && to - from === 1))) continue;
    return false;
  }
  return true;
}
/** Spaces (not line breaks), hyphens, apostrophes, slash, underscore, and invisible format characters. */
const JOINERS = new Set([
  0x20, 0x09, 0xa0, 0x2007, 0x2009, 0x200a, 0x202f, 0x3000, 0x2d, 0x2010, 0x2011, 0x2013, 0x27, 0x2019, 0x2bc, 0x60,
  0xb4, 0x2f, 0x5f, 0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff,
]);

/** Whether words `index` and `index + 1` are joined as a name's (always when `text` is undefined). */
function joinedAfter(tokens: WordList, index: number, text: string | undefined): boolean {
  if (text === undefined) return true;
  const end = tokens.ends[index] as number;
  return joinedGap(text, end, tokens.starts[index + 1] as number, end - (tokens.starts[index] as number));
}

/**
 * Names are looked for only at the words that can start one: the first words of the plain names and of
 * the draft's n-grams whose hash is listed, found by their number in the vocabulary with a native search
 * of the word numbers. A call per word of the draft was most of the first call's time on a pasted text
 * (the code still runs interpreted then): most words start nothing.
 */
function matchTokens(tokens: WordList, compiled: CompiledTerms, joinedIn: string | undefined): TermMatch[] {
  const { plain, hashed } = compiled;
  const matches: TermMatch[] = [];
  let hits: Uint8Array | undefined;
  let hashedFirsts: Set<string> | undefined;
  if (hashed.size > 0) {
    // Each distinct n-gram of the draft is hashed once (usually none is listed).
    const distinct = distinctGrams(tokens);
    hits = hitsFor(compiled);
    for (const id of distinct) {
      if ((flagsOf(id, hits, compiled) & HASHED) !== 0) (hashedFirsts ??= new Set()).add((gramNodes[id] as GramNode).first);
    }
  }
  const { vocabulary } = tokens;
  const firsts: number[] = [];
  // The smaller side is walked (see wordIdsOf): a policy's few first words, or a short draft's words.
  if (plain.size + (hashedFirsts?.size ?? 0) < vocabulary.length) {
    const ids = wordIdsOf(tokens);
    for (const word of plain.keys()) {
      const id = ids.get(word);
      if (id !== undefined) firsts.push(id);
    }
    for (const word of hashedFirsts ?? []) {
      const id = ids.get(word);
      if (id !== undefined && !plain.has(word)) firsts.push(id);
    }
  } else {
    for (let id = 0; id < vocabulary.length; id += 1) {
      const word = vocabulary[id] as string;
      if (plain.has(word) || hashedFirsts?.has(word)) firsts.push(id);
    }
  }
  if (firsts.length === 0) return matches;
  const positions = sparsePositionsOf(tokens.ids, firsts);
  let first: Uint8Array | undefined;
  if (positions === undefined) {
    first = new Uint8Array(vocabulary.length);
    for (const id of firsts) first[id] = 1;
  }
  const visited = positions ? positions.length : tokens.count;
  let free = 0;
  for (let at = 0; at < visited; at += 1) {
    const index = positions ? (positions[at] as number) : at;
    if (index < free || (first !== undefined && first[tokens.ids[index] as number] === 0)) continue;
    const match = plainAt(tokens, index, plain, joinedIn) ?? (hashedFirsts ? hashedAt(tokens, index, hits as Uint8Array, joinedIn) : undefined);
    if (match === undefined) continue;
    matches.push({ start: tokens.starts[index] as number, end: tokens.ends[index + match.length - 1] as number, term: match.term });
    free = index + match.length;
  }
  return matches;
}

/** The flags of n-gram `id` for a list, worked out on first sight. */
function flagsOf(id: number, hits: Uint8Array, compiled: CompiledTerms): number {
  let flags = hits[id] as number;
  if (flags === 0) {
    flags = KNOWN;
    if (hashesToListed(gramNodes[id] as GramNode, compiled)) flags |= HASHED;
    hits[id] = flags;
  }
  return flags;
}

function plainAt(tokens: WordList, index: number, plain: CompiledTerms['plain'], joinedIn: string | undefined): { length: number; term: string } | undefined {
  if (plain.size === 0) return undefined;
  let node = plain.get(foldedAt(tokens, index));
  let best: { length: number; term: string } | undefined;
  for (let at = index; node !== undefined; ) {
    if (node.term !== undefined) best = { length: at - index + 1, term: node.term };
    at += 1;
    node = at < tokens.count && node.next !== undefined && joinedAfter(tokens, at - 1, joinedIn) ? node.next.get(foldedAt(tokens, at)) : undefined;
  }
  return best;
}

/** Longest n-gram (up to MAX_HASHED_WORDS words) at `index` whose hash is listed (its n-grams were walked: see matchTokens). */
function hashedAt(tokens: WordList, index: number, hits: Uint8Array, joinedIn: string | undefined): { length: number; term: undefined } | undefined {
  const stop = Math.min(tokens.count, index + MAX_HASHED_WORDS);
  let node = gramRoot.get(foldedAt(tokens, index));
  let best: { length: number; term: undefined } | undefined;
  for (let at = index; node !== undefined; ) {
    if (((hits[node.id] as number) & HASHED) !== 0) best = { length: at - index + 1, term: undefined };
    at += 1;
    node = at < stop && node.next !== undefined && joinedAfter(tokens, at - 1, joinedIn) ? node.next.get(foldedAt(tokens, at)) : undefined;
  }
  return best;
}

// The distinct n-grams of the last draft: both policy lists (codenames, client names) walk the same words.
let lastGramTokens: WordList | undefined;
let lastDistinct: number[] = [];
let draftStamp = 0;

/**
 * The numbers of the distinct n-grams (1..MAX_HASHED_WORDS words) of a list of words, numbering new ones.
 * Memoised on the words array (a pure memo).
 *
 * A pasted text repeats runs of words. The words are spelt as a string of their numbers (one code unit
 * each): where the MAX_HASHED_WORDS words at a position were met before, the text from there is compared
 * natively with the text from that earlier position, and every position inside the repeated stretch is
 * skipped, its n-grams being those already met. A walk of the trie at every position (four map lookups a
 * word, run interpreted on a first call) was much of the codename rule's time on a 100 kB paste.
 */
function distinctGrams(tokens: WordList): number[] {
  if (tokens === lastGramTokens) return lastDistinct;
  if (gramNodes.length > SEEN_LIMIT) {
    gramRoot = new Map();
    gramNodes = [];
    gramGeneration += 1;
  }
  const count = tokens.count;
  const distinct: number[] = [];
  draftStamp += 1;
  const spelt = tokens.vocabulary.length <= 0x10000 ? spell(tokens.ids) : undefined;
  const metAt = new Map<string, number>();
  let index = 0;
  while (index < count) {
    if (spelt !== undefined && index + MAX_HASHED_WORDS <= count) {
      const window = spelt.slice(index, index + MAX_HASHED_WORDS);
      const before = metAt.get(window);
      metAt.set(window, index);
      if (before !== undefined) {
        // The windows starting inside the repeated stretch hold the same words as earlier ones.
        index += repeatedLength(spelt, before, index) - MAX_HASHED_WORDS + 1;
        continue;
      }
    }
    walkGramsAt(tokens, index, distinct);
    index += 1;
  }
  lastGramTokens = tokens;
  lastDistinct = distinct;
  return distinct;
}

/** Adds to `distinct` the n-grams starting at word `index` not met yet in this draft, numbering new ones. */
function walkGramsAt(tokens: WordList, index: number, distinct: number[]): void {
  const { ids, vocabulary } = tokens;
  const first = vocabulary[ids[index] as number] as string;
  let children = gramRoot;
  const stop = Math.min(tokens.count, index + MAX_HASHED_WORDS);
  for (let at = index; at < stop; at += 1) {
    const folded = vocabulary[ids[at] as number] as string;
    let node = children.get(folded);
    if (node === undefined) {
      node = new GramNode(gramNodes.length, gramOf(tokens, index, at), first);
      gramNodes.push(node);
      children.set(folded, node);
    }
    if (node.stamp !== draftStamp) {
      node.stamp = draftStamp;
      distinct.push(node.id);
    }
    if (at + 1 < stop) children = node.next ??= new Map();
  }
}

/** Word numbers as a string, one code unit each (numbers below 0x10000). */
function spell(ids: Int32Array): string {
  const CHUNK = 8192;
  let spelt = '';
  for (let at = 0; at < ids.length; at += CHUNK) {
    spelt += String.fromCharCode.apply(null, ids.subarray(at, at + CHUNK) as unknown as number[]);
  }
  return spelt;
}

/**
 * Length of the longest common prefix of spelt.slice(before) and spelt.slice(index) (before < index),
 * at least MAX_HASHED_WORDS (known equal): doubling, then halving, with native comparisons of the part
 * not compared yet, so a stretch of length L costs O(L) compared code units and O(log L) calls.
 */
function repeatedLength(spelt: string, before: number, index: number): number {
  const most = spelt.length - index;
  const same = (from: number, to: number) => spelt.slice(before + from, before + to) === spelt.slice(index + from, index + to);
  let known = MAX_HASHED_WORDS;
  let step = MAX_HASHED_WORDS;
  // Grow while the next `step` code units match too.
  while (known < most) {
    const next = Math.min(most, known + step);
    if (!same(known, next)) break;
    known = next;
    step *= 2;
  }
  // The first difference lies within the next `step` code units: halve.
  while (known < most && step > 1) {
    step >>= 1;
    const next = Math.min(most, known + step);
    if (same(known, next)) known = next;
  }
  return known;
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

/** Folded words index..last joined by one space, as normaliseTerm joins a term's words. */
function gramOf(tokens: WordList, index: number, last: number): string {
  let gram = foldedAt(tokens, index);
  for (let at = index + 1; at <= last; at += 1) gram += ' ' + foldedAt(tokens, at);
  return gram;
}

function hashesToListed(node: GramNode, compiled: CompiledTerms): boolean {
  for (const [salt, firstBits] of compiled.prefixes) {
    if (node.prefixSalt !== salt) {
      node.prefix = sha256Prefix(salt + node.gram);
      node.prefixSalt = salt;
    }
    if (firstBits.has(node.prefix) && (compiled.hashed.get(salt) as Set<string>).has(hashNormalised(node.gram, salt))) return true;
  }
  return false;
}
