import { foldAccents } from '../text/fold-accents';

/**
 * Case-, accent- and apostrophe-insensitive text that still maps back to the original:
 * `offsets[i]` is the index in the original of folded character i (and `offsets[text.length]`
 * is the original length), so matches found in the folded text become spans of the draft.
 */
export interface FoldedText {
  text: string;
  offsets: number[];
}

const APOSTROPHES = /[’‘ʼ`´′]/;
const SPACES = /[\u00a0\u202f\u2007\u2009]/;

export function foldText(original: string): FoldedText {
  let text = '';
  const offsets: number[] = [];
  let index = 0;
  for (const char of original) {
    let folded: string;
    if (APOSTROPHES.test(char)) folded = "'";
    else if (SPACES.test(char)) folded = ' ';
    else if (char === 'œ' || char === 'Œ') folded = 'oe';
    else if (char === 'æ' || char === 'Æ') folded = 'ae';
    else folded = foldAccents(char);
    for (let i = 0; i < folded.length; i += 1) offsets.push(index);
    text += folded;
    index += char.length;
  }
  offsets.push(original.length);
  return { text, offsets };
}

/** Original [start, end) of the folded range [start, end). */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  const from = folded.offsets[start] ?? 0;
  // The end maps to the start of the next original character, so multi-unit characters stay whole.
  const to = folded.offsets[end] ?? folded.offsets[folded.offsets.length - 1] ?? 0;
  return { start: from, end: Math.max(from, to) };
}

/** Word tokens of already-folded text, URLs removed: what similarity and voice rules compare. */
export function wordTokens(foldedText: string): string[] {
  return foldedText.replace(/\bhttps?:\/\/\S+|\bwww\.\S+/g, ' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}
