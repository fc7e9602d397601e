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
const ASCII = /^[ -~]*$/;

export function foldWord(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

// The rules of one runChecks call all tokenise the same draft: keep the last result (pure memo).
let lastText: string | undefined;
let lastWords: readonly Word[] = [];

/** Splits text into words, keeping offsets into the original text so findings map back. Do not mutate the result. */
export function words(text: string): readonly Word[] {
  if (text === lastText) return lastWords;
  const out = tokenize(text);
  lastText = text;
  lastWords = out;
  return out;
}

function tokenize(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    out.push({ start: match.index, end: match.index + match[0].length, folded: foldWord(match[0]) });
  }
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
