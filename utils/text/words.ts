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
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Splits text into words, keeping offsets into the original text so findings map back. */
export function words(text: string): Word[] {
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
  return words(term)
    .map((word) => word.folded)
    .join(' ');
}
