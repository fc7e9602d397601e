/** A sentence of the text, cut at . ! ? ; or a line break (not at decimal points). */
export function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    const isBreak = char === '\n' || char === '!' || char === '?' || char === ';' ||
      (char === '.' && !(/\d/.test(text[index - 1] ?? '') && /\d/.test(text[index + 1] ?? '')));
    if (!isBreak) continue;
    // "!!", "?!", ". \n": a run of breaks ends one sentence, it does not make sentences of its own.
    const last = out[out.length - 1];
    if (last && last.end === start && text.slice(start, index).trim() === '' && char !== '\n') {
      last.end = index + 1;
      start = index + 1;
      continue;
    }
    if (index + 1 > start) out.push({ start, end: index + 1 });
    start = index + 1;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out
    .map(({ start: from, end }) => {
      const slice = text.slice(from, end);
      const lead = slice.length - slice.trimStart().length;
      return { start: from + lead, end: from + slice.trimEnd().length };
    })
    .filter((sentence) => sentence.end > sentence.start);
}
