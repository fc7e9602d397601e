import { words, normaliseTerm, type Word } from '../text/words';
import { hashNormalised } from './hash-term';
import type { TermEntry } from './policy-schema';

/** Longest name, in words, that a hashed entry can stand for. */
export const MAX_HASHED_WORDS = 4;

export interface TermMatch {
  start: number;
  end: number;
  /** The plain term, or undefined for a hashed one (its name is unknown to us by design). */
  term?: string;
}

/**
 * One n-gram already looked at: whether it hashes to a listed digest, and the n-grams one word longer.
 * A trie keyed by folded words, so looking up a known n-gram neither builds nor hashes a joined string.
 * (A class, so every node has one shape and the lookups stay monomorphic.)
 */
class GramNode {
  next: Map<string, GramNode> | undefined = undefined;
  constructor(readonly hit: boolean) {}
}

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
  /** n-grams seen -> whether each hashes to a listed digest; kept across calls (bounded) since drafts change little. */
  seen: { root: Map<string, GramNode>; size: number };
}

const SEEN_LIMIT = 50_000;
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
  return { plain, hashed, seen: { root: new Map(), size: 0 } };
}

/**
 * Finds names of a list in a draft, case-, accent- and spacing-insensitively, on word boundaries
 * ("Orion" does not match "Orionis"). Hashed entries are matched by hashing every 1..4-word
 * n-gram of the draft. Offsets are into the original text. Longest match first, no overlaps.
 */
export function matchTerms(text: string, entries: readonly TermEntry[], salt: string): TermMatch[] {
  if (entries.length === 0) return [];
  return matchTokens(words(text), compileCached(entries, salt));
}

/** Compiles a list once (e.g. fixed phrase lists at module load) and returns a matcher over words(text). */
export function createTermMatcher(entries: readonly TermEntry[], salt = ''): (tokens: readonly Word[]) => TermMatch[] {
  const compiled = compile(entries, salt);
  return (tokens) => matchTokens(tokens, compiled);
}

function matchTokens(tokens: readonly Word[], { plain, hashed, seen }: CompiledTerms): TermMatch[] {
  if (seen.size > SEEN_LIMIT) {
    seen.root = new Map();
    seen.size = 0;
  }
  const matches: TermMatch[] = [];
  let index = 0;
  while (index < tokens.length) {
    const found = plainAt(tokens, index, plain) ?? hashedAt(tokens, index, hashed, seen);
    if (found) {
      const first = tokens[index] as Word;
      const last = tokens[index + found.length - 1] as Word;
      matches.push({ start: first.start, end: last.end, term: found.term });
      index += found.length;
    } else {
      index += 1;
    }
  }
  return matches;
}

function plainAt(
  tokens: readonly Word[],
  index: number,
  plain: CompiledTerms['plain'],
): { length: number; term: string } | undefined {
  if (plain.size === 0) return undefined;
  let node = plain.get((tokens[index] as Word).folded);
  let best: { length: number; term: string } | undefined;
  for (let at = index; node !== undefined; ) {
    if (node.term !== undefined) best = { length: at - index + 1, term: node.term };
    at += 1;
    const next = tokens[at];
    node = next === undefined ? undefined : node.next?.get(next.folded);
  }
  return best;
}

/** Longest n-gram (up to MAX_HASHED_WORDS words) at `index` whose hash is listed. */
function hashedAt(
  tokens: readonly Word[],
  index: number,
  hashed: CompiledTerms['hashed'],
  seen: CompiledTerms['seen'],
): { length: number; term: undefined } | undefined {
  if (hashed.size === 0) return undefined;
  let children = seen.root;
  let longest = 0;
  const stop = Math.min(tokens.length, index + MAX_HASHED_WORDS);
  for (let at = index; at < stop; at += 1) {
    const folded = (tokens[at] as Word).folded;
    let node = children.get(folded);
    if (node === undefined) {
      node = new GramNode(hashesToListed(gramOf(tokens, index, at), hashed));
      children.set(folded, node);
      seen.size += 1;
    }
    if (node.hit) longest = at - index + 1;
    if (at + 1 < stop) children = node.next ??= new Map();
  }
  return longest > 0 ? { length: longest, term: undefined } : undefined;
}

/** Folded words index..last joined by one space, as normaliseTerm joins a term's words. */
function gramOf(tokens: readonly Word[], index: number, last: number): string {
  let gram = (tokens[index] as Word).folded;
  for (let at = index + 1; at <= last; at += 1) gram += ' ' + (tokens[at] as Word).folded;
  return gram;
}

function hashesToListed(gram: string, hashed: CompiledTerms['hashed']): boolean {
  for (const [salt, digests] of hashed) {
    if (digests.has(hashNormalised(gram, salt))) return true;
  }
  return false;
}
