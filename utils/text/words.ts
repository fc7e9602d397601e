import { foldAccents } from './fold-accents';
/** A word of the text with its UTF-16 offsets (end exclusive) and its folded form. */
export interface Word {
  start: number;
  end: number;
  /** Lower case, accents removed, compatibility forms (𝗯𝗼𝗹𝗱, ｆｕｌｌ) turned into plain letters. */
  folded: string;
}

// Letters, combining marks and digits: one run is one word. Linear: a single character class.
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+/gu;


/**
 * Folds a string for comparison: NFKD, combining marks dropped, lower case.
 * "SOCIÉTÉ" -> "societe", "𝗢𝗿𝗶𝗼𝗻" -> "orion".
 */
export function foldWord(word: string): string {
  return foldAccents(word);
}

/**
 * The words of a text, compact: parallel typed arrays instead of one object per word, and each distinct
 * word folded once. A pasted 100 kB text is 50,000 words met by cold code: one object and one string per
 * word was most of the garbage the checks made on a first call. Do not mutate.
 */
export interface WordList {
  readonly count: number;
  /** UTF-16 offsets of word i: starts[i] to ends[i], end exclusive. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Number of word i's folded form in `vocabulary`: same number, same folded form, and the converse. */
  readonly ids: Int32Array;
  /** Folded forms (see foldWord), by number. */
  readonly vocabulary: readonly string[];
  /** WORD_LETTER | WORD_LOWER | WORD_DIGIT | WORD_NON_ASCII of word i. */
  readonly flags: Uint8Array;
  /** Length in code units of the longest word (0 when there is none). */
  readonly longest: number;
}

/** Word flags: the word has a letter, a lower-case letter, a digit, a character outside ASCII. */
export const WORD_LETTER = 1;
export const WORD_LOWER = 2;
export const WORD_DIGIT = 4;
export const WORD_NON_ASCII = 8;

const idsByList = new WeakMap<WordList, Map<string, number>>();
/**
 * The number of each folded word of a list, built once per list: a rule with a few words to find looks each up, rather than
 * walking the draft's vocabulary once per rule (1.5 % of a dense draft's checks, 2026-12-05).
 */
export function wordIdsOf(list: WordList): ReadonlyMap<string, number> {
  let ids = idsByList.get(list);
  if (ids === undefined) {
    const made = new Map<string, number>();
    list.vocabulary.forEach((word, id) => made.set(word, id));
    idsByList.set(list, made);
    ids = made;
  }
  return ids;
}

/** Word `index` of a list as a Word (undefined out of range): for the few words a rule looks at closely. */
export function wordAt(list: WordList, index: number): Word | undefined {
  if (index < 0 || index >= list.count) return undefined;
  return { start: list.starts[index] as number, end: list.ends[index] as number, folded: foldedAt(list, index) };
}

/** Folded form of word `index` of a list. */
export function foldedAt(list: WordList, index: number): string {
  return list.vocabulary[list.ids[index] as number] as string;
}

// The rules of one runChecks call all tokenise the same draft: keep the last two results (pure memo;
// two, because a rule may tokenise another string, e.g. an embargoed title, between two rules).
let lastText: string | undefined;
let lastList: WordList | undefined;
let previousText: string | undefined;
let previousList: WordList | undefined;

/** The words of `text` as a WordList (memoised: the rules of one runChecks call share it). */
export function wordList(text: string): WordList {
  if (text === lastText) return lastList as WordList;
  if (text === previousText) {
    previousText = lastText;
    const found = previousList as WordList;
    previousList = lastList;
    lastText = text;
    lastList = found;
    return found;
  }
  const out = tokenize(text);
  previousText = lastText;
  previousList = lastList;
  lastText = text;
  lastList = out;
  return out;
}

/**
 * The words of a string that is not the draft (an embargoed title, a hashtag's words), not memoised: through
 * wordList, each would evict the draft's list, and the next rule would tokenise the whole draft again (a draft
 * with three hashtags was tokenised three times per check, 2026-12-03).
 */
export function unsharedWordList(text: string): WordList {
  return tokenize(text);
}

const wordArrays = new WeakMap<WordList, readonly Word[]>();

/** Splits text into words, keeping offsets into the original text so findings map back. Do not mutate the result. */
export function words(text: string): readonly Word[] {
  const list = wordList(text);
  let out = wordArrays.get(list);
  if (!out) {
    const made: Word[] = [];
    for (let index = 0; index < list.count; index += 1) {
      made.push({ start: list.starts[index] as number, end: list.ends[index] as number, folded: foldedAt(list, index) });
    }
    wordArrays.set(list, made);
    out = made;
  }
  return out;
}

// WORD_PATTERN by hand: a scan of char codes with a table for the BMP is about twice as fast as the
// regular expression (whose match arrays dominate on short words). Same words as
// text.matchAll(WORD_PATTERN): code points of letters, marks and digits; a lone surrogate is not part of
// a word. Each code point's class (word character, letter, lower case, digit) is looked up once, so a
// word's flags need no Unicode regular expression over the word (a pasted 100 kB "word" of 𝗯𝗼𝗹𝗱 letters).
// One pattern, its group telling the class: each Unicode-property pattern costs its own compilation on a
// first call, and a first draft (or the phrase lists of the rules) meets a few accented letters at once.
const CHAR_CLASS = /^(?:(\p{Ll})|(\p{L})|(\p{N})|\p{M})$/u;
/** Class bits beyond the word flags: a word character, two code units long, looked up. */
const WORD_CHARACTER = 0x10;
const TWO_UNITS = 0x20;
const KNOWN = 0x80;

function classOf(point: number): number {
  const found = CHAR_CLASS.exec(String.fromCodePoint(point));
  if (found === null) return KNOWN;
  if (found[1] !== undefined) return KNOWN | WORD_CHARACTER | WORD_LETTER | WORD_LOWER;
  if (found[2] !== undefined) return KNOWN | WORD_CHARACTER | WORD_LETTER;
  if (found[3] !== undefined) return KNOWN | WORD_CHARACTER | WORD_DIGIT;
  return KNOWN | WORD_CHARACTER;
}

/** BMP code unit -> its class (0: not looked up yet). */
const BMP_CLASS = new Uint8Array(0x10000);
/** Astral code point -> its class (𝗯𝗼𝗹𝗱 letters, 𝟎 digits): looked up once each. */
const ASTRAL_CLASS = new Map<number, number>();

/** Class of the code point at `index` (code: its first unit, not ASCII), with TWO_UNITS for an astral one. */
function classAt(text: string, index: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(index + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return KNOWN;
    const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    let known = ASTRAL_CLASS.get(point);
    if (known === undefined) {
      known = classOf(point) | TWO_UNITS;
      ASTRAL_CLASS.set(point, known);
    }
    return known;
  }
  let known = BMP_CLASS[code] as number;
  if (known === 0) {
    known = code >= 0xdc00 && code <= 0xdfff ? KNOWN : classOf(code);
    BMP_CLASS[code] = known;
  }
  return known;
}

// ASCII letters and digits: the common case, tested inline with their flags (no call per character:
// tokenising is the first thing the checks do with a pasted text, before V8 has optimised anything).
const ASCII_FLAGS = new Uint8Array(128);
for (let code = 48; code < 123; code += 1) {
  if (code <= 57) ASCII_FLAGS[code] = WORD_DIGIT;
  else if (code >= 65 && code <= 90) ASCII_FLAGS[code] = WORD_LETTER;
  else if (code >= 97) ASCII_FLAGS[code] = WORD_LETTER | WORD_LOWER;
}

/** Characters of a word read one at a time before the rest of its ASCII run is found natively. */
const LONG_RUN = 32;
const ASCII_RUN = /[A-Za-z0-9]*/y;
const HAS_LOWER = /[a-z]/;
const HAS_UPPER = /[A-Z]/;
const HAS_DIGIT = /[0-9]/;

/** End of the run of ASCII letters and digits from `from`. */
function asciiRunEnd(text: string, from: number): number {
  ASCII_RUN.lastIndex = from;
  ASCII_RUN.test(text);
  return ASCII_RUN.lastIndex;
}

/** The word flags of a run of ASCII letters and digits. */
function asciiFlags(run: string): number {
  return (HAS_LOWER.test(run) ? WORD_LETTER | WORD_LOWER : 0) | (HAS_UPPER.test(run) ? WORD_LETTER : 0) | (HAS_DIGIT.test(run) ? WORD_DIGIT : 0);
}

/** The word flags of a non-ASCII class. */
const CLASS_FLAGS = WORD_LETTER | WORD_LOWER | WORD_DIGIT;

/**
 * The distinct words of one text, by their raw spelling: each is folded once, however often it repeats
 * (a string map computes its key's hash natively, cheaper on a cold first call than hashing by hand).
 */
class DistinctWords {
  private readonly entries = new Map<string, number>();
  readonly foldedIds: number[] = [];
  readonly flags: number[] = [];
  readonly vocabulary: string[] = [];
  private readonly idOfFolded = new Map<string, number>();

  /** Index (in foldedIds, flags) of the raw word `raw` with flags `wordFlags`. */
  entry(raw: string, wordFlags: number): number {
    let entry = this.entries.get(raw);
    if (entry !== undefined) return entry;
    entry = this.foldedIds.length;
    const folded = wordFlags & WORD_NON_ASCII ? foldWord(raw) : raw.toLowerCase();
    let id = this.idOfFolded.get(folded);
    if (id === undefined) {
      id = this.vocabulary.length;
      this.vocabulary.push(folded);
      this.idOfFolded.set(folded, id);
    }
    this.foldedIds.push(id);
    this.flags.push(wordFlags);
    this.entries.set(raw, entry);
    return entry;
  }
}

function tokenize(text: string): WordList {
  const length = text.length;
  // At most one word per two code units, plus one.
  const capacity = (length >> 1) + 1;
  const starts = new Int32Array(capacity);
  const ends = new Int32Array(capacity);
  const ids = new Int32Array(capacity);
  const flags = new Uint8Array(capacity);
  const distinct = new DistinctWords();
  let count = 0;
  let longest = 0;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    let wordFlags: number;
    let size: number;
    if (code < 0x80) {
      wordFlags = ASCII_FLAGS[code] as number;
      size = 1;
    } else {
      const found = classAt(text, index, code);
      wordFlags = found & WORD_CHARACTER ? WORD_NON_ASCII | (found & CLASS_FLAGS) : 0;
      size = found & TWO_UNITS ? 2 : 1;
    }
    if (wordFlags === 0) {
      index += 1;
      continue;
    }
    const start = index;
    index += size;
    while (index < length) {
      const next = text.charCodeAt(index);
      if (next < 0x80) {
        const nextFlags = ASCII_FLAGS[next] as number;
        if (nextFlags === 0) break;
        wordFlags |= nextFlags;
        index += 1;
        // A long ASCII run (a pasted key, a blob): its end is found by a native scan, not a step per character.
        if (index - start === LONG_RUN) {
          const end = asciiRunEnd(text, index);
          wordFlags |= asciiFlags(text.slice(index, end));
          index = end;
        }
        continue;
      }
      const found = classAt(text, index, next);
      if ((found & WORD_CHARACTER) === 0) break;
      wordFlags |= WORD_NON_ASCII | (found & CLASS_FLAGS);
      index += found & TWO_UNITS ? 2 : 1;
    }
    const entry = distinct.entry(text.slice(start, index), wordFlags);
    starts[count] = start;
    ends[count] = index;
    ids[count] = distinct.foldedIds[entry] as number;
    flags[count] = distinct.flags[entry] as number;
    count += 1;
    if (index - start > longest) longest = index - start;
  }
  return {
    count,
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    ids: ids.subarray(0, count),
    flags: flags.subarray(0, count),
    vocabulary: distinct.vocabulary,
    longest,
  };
}

/** A term normaliseTerm would return as it is: lower-case ASCII words joined by one space. */
const NORMALISED = /^[a-z0-9]+(?: [a-z0-9]+)*$/;
const PRINTABLE_ASCII = /^[ -~]*$/;

/**
 * Normalises a term for matching: folded words joined by one space, punctuation and spacing ignored.
 * "SOCIÉTÉ  Générique" and "société-générique" both give "societe generique".
 */
export function normaliseTerm(term: string): string {
  // Most listed phrases are written normalised already ("code name"): tokenising each of the hundreds the rules
  // list, on a first call, cost about 10 ms (2026-12-02).
  if (NORMALISED.test(term)) return term;
  // Names are written capitalised ("Project Kestrel"): printable ASCII needs no folding beyond lower case.
  if (PRINTABLE_ASCII.test(term)) {
    const lower = term.toLowerCase();
    if (NORMALISED.test(lower)) return lower;
  }
  // Not through words(): that would replace the memo of the draft being checked.
  const list = tokenize(term);
  const folded: string[] = [];
  for (let index = 0; index < list.count; index += 1) folded.push(foldedAt(list, index));
  return folded.join(' ');
}
