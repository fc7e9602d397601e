import { isSpace } from './is-space';
import { isAsciiDigit } from './ascii-class';

/** The characters a sentence may end at; a decimal point is told apart below. */
const BREAK = /[\n!?;.]/g;

/** A sentence of the text, cut at . ! ? ; or a line break (not at decimal points). */
export function sentences(text: string): { start: number; end: number }[] {
  // The engine's search jumps from one break to the next (this runs on every check of the whole draft): the characters
  // between are read only to tell a blank stretch from a sentence, and only up to their first non-blank one.
  const out: { start: number; end: number }[] = [];
  const length = text.length;
  let start = 0;
  BREAK.lastIndex = 0;
  for (let found = BREAK.exec(text); found !== null; found = BREAK.exec(text)) {
    const index = found.index;
    const code = text.charCodeAt(index);
    if (code === 46 && isAsciiDigit(text.charCodeAt(index - 1)) && isAsciiDigit(text.charCodeAt(index + 1))) continue;
    // Whether text[start, index) is only whitespace.
    let blank = true;
    for (let at = start; at < index && blank; at += 1) if (!isSpace(text.charCodeAt(at))) blank = false;
    // "!!", "?!", ". .": a run of breaks ends one sentence, it does not make sentences of its own.
    const last = out[out.length - 1];
    if (last && last.end === start && blank && code !== 10) last.end = index + 1;
    else if (code !== 10 || !blank) out.push({ start, end: index + 1 });
    start = index + 1;
  }
  if (start < length) out.push({ start, end: length });
  const trimmed: { start: number; end: number }[] = [];
  for (const sentence of out) {
    let from = sentence.start;
    let to = sentence.end;
    while (from < to && isSpace(text.charCodeAt(from))) from += 1;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to -= 1;
    if (to > from) trimmed.push({ start: from, end: to });
  }
  return trimmed;
}
