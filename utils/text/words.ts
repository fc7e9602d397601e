/** A word of the text with its UTF-16 offsets (end exclusive) and its folded form. */
export interface Word {
  start: number;
  end: number;
  /** Lower case, accents removed, compatibility forms (𝗯𝗼𝗹𝗱, ｆｕｌｌ) turned into plain letters. */
  folded: string;
}

// Letters, combining marks and digits: one run is one word. Linear: a single character class.
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+/gu;

/** Printable ASCII only: nothing to decompose, lower case is enough. */
const ASCII = /^[ -~]*$/;

/**
 * Folds a string for comparison: NFKD, combining marks dropped, lower case.
 * "SOCIÉTÉ" -> "societe", "𝗢𝗿𝗶𝗼𝗻" -> "orion".
 */
export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

// The rules of one runChecks call all tokenise the same draft: keep the last two results (pure memo;
// two, because policy names are matched on a copy of the draft with pasted blobs masked, and the rules
// alternate between it and the draft).
let lastText: string | undefined;
let lastWords: readonly Word[] = [];
let previousText: string | undefined;
let previousWords: readonly Word[] = [];

/** Splits text into words, keeping offsets into the original text so findings map back. Do not mutate the result. */
export function words(text: string): readonly Word[] {
  if (text === lastText) return lastWords;
  if (text === previousText) {
    previousText = lastText;
    const found = previousWords;
    previousWords = lastWords;
    lastText = text;
    lastWords = found;
    return found;
  }
  const out = tokenize(text);
  previousText = lastText;
  previousWords = lastWords;
  lastText = text;
  lastWords = out;
  return out;
}

// WORD_PATTERN by hand: a scan of char codes with a table for the BMP is about twice as fast as the
// regular expression (whose match arrays dominate on short words), and words of plain ASCII are folded
// with toLowerCase alone. Same words as text.matchAll(WORD_PATTERN): code points of letters, marks and
// digits; a lone surrogate is not part of a word.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** BMP code unit -> 1 word character, 2 not, 0 not looked up yet. */
const BMP_CLASS = new Uint8Array(0x10000);

function isWordUnit(code: number): boolean {
  let known = BMP_CLASS[code] as number;
  if (known === 0) {
    known = (code < 0xd800 || code > 0xdfff) && WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    BMP_CLASS[code] = known;
  }
  return known === 1;
}

/** Astral code point -> whether it is a word character (𝗯𝗼𝗹𝗱 letters, 𝟎 digits): looked up once each. */
const ASTRAL_CLASS = new Map<number, boolean>();

/** Length (1 or 2 code units) of the word character at `index`, or 0 when it is not one. */
function wordCharLength(text: string, index: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(index + 1);
    if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
    const point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    let known = ASTRAL_CLASS.get(point);
    if (known === undefined) {
      known = WORD_CHAR.test(String.fromCodePoint(point));
      ASTRAL_CLASS.set(point, known);
    }
    return known ? 2 : 0;
  }
  return isWordUnit(code) ? 1 : 0;
}

// ASCII letters and digits: the common case, tested inline (no call per character: tokenising is the
// first thing the checks do with a pasted text, before V8 has optimised anything).
const ASCII_WORD = new Uint8Array(128);
for (let code = 48; code < 123; code += 1) {
  if (code <= 57 || (code >= 65 && code <= 90) || code >= 97) ASCII_WORD[code] = 1;
}

/** Length in code units of the longest word of each tokenised text (see longestWord). */
const longestWords = new WeakMap<readonly Word[], number>();

/** Length in UTF-16 code units of the longest of words(text)'s words (0 when there is none). */
export function longestWord(tokens: readonly Word[]): number {
  let longest = longestWords.get(tokens);
  if (longest === undefined) {
    longest = 0;
    for (let index = 0; index < tokens.length; index += 1) {
      const word = tokens[index] as Word;
      if (word.end - word.start > longest) longest = word.end - word.start;
    }
    longestWords.set(tokens, longest);
  }
  return longest;
}

function tokenize(text: string): Word[] {
  const out: Word[] = [];
  const length = text.length;
  let longest = 0;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const first = code < 0x80 ? (ASCII_WORD[code] as number) : wordCharLength(text, index, code);
    if (first === 0) {
      index += 1;
      continue;
    }
    const start = index;
    let ascii = code < 0x80;
    let upper = code >= 65 && code <= 90;
    index += first;
    while (index < length) {
      const next = text.charCodeAt(index);
      if (next < 0x80) {
        if (ASCII_WORD[next] === 0) break;
        if (next >= 65 && next <= 90) upper = true;
        index += 1;
        continue;
      }
      const size = wordCharLength(text, index, next);
      if (size === 0) break;
      ascii = false;
      index += size;
    }
    const raw = text.slice(start, index);
    if (index - start > longest) longest = index - start;
    // Plain lower-case ASCII is its own folded form: no new string.
    out.push({ start, end: index, folded: ascii ? (upper ? raw.toLowerCase() : raw) : foldWord(raw) });
  }
  longestWords.set(out, longest);
  return out;
}

/**
 * Normalises a term for matching: folded words joined by one space, punctuation and spacing ignored.
 * "SOCIÉTÉ  Générique" and "société-générique" both give "societe generique".
 */
export function normaliseTerm(term: string): string {
  // Not through words(): that would replace the memo of the draft being checked.
  return tokenize(term)
    .map((word) => word.folded)
    .join(' ');
}
