import { isSpace } from './is-space';
import { isAsciiDigit } from './ascii-class';

/** A sentence of the text, cut at . ! ? ; or a line break (not at decimal points). */
export function sentences(text: string): { start: number; end: number }[] {
  // One pass over char codes: this runs on every keystroke over the whole draft, so no regex or slice per character.
  const out: { start: number; end: number }[] = [];
  const length = text.length;
  let start = 0;
  // Whether text[start, index) is only whitespace.
  let blank = true;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    const isBreak =
      code === 10 || code === 33 || code === 63 || code === 59 ||
      (code === 46 && !(isAsciiDigit(text.charCodeAt(index - 1)) && isAsciiDigit(text.charCodeAt(index + 1))));
    if (!isBreak) {
      if (blank && !isSpace(code)) blank = false;
      continue;
    }
    // "!!", "?!", ". .": a run of breaks ends one sentence, it does not make sentences of its own.
    const last = out[out.length - 1];
    if (last && last.end === start && blank && code !== 10) last.end = index + 1;
    else if (code !== 10 || !blank) out.push({ start, end: index + 1 });
    start = index + 1;
    blank = true;
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


