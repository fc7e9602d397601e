/** A hashtag with its UTF-16 offsets (the span includes the # sign). */
export interface Hashtag {
  tag: string;
  start: number;
  end: number;
}

// "#" not preceded by a word character, "/" or another "#" (so URL fragments and "#a#b" do not count),
// then up to 139 letters, marks, digits or underscores, as X and LinkedIn link them. Linear: each scan
// starts only at a "#" and is bounded. (twitter-text's extractor is quadratic on long "#a#a#a…" runs.)
export const HASHTAG_PATTERN = /(?<![\p{L}\p{M}\p{N}_&/#＃])[#＃]([\p{L}\p{M}\p{N}_]{1,139})/gu;
const HAS_LETTER = /\p{L}/u;

// hashtag-count and hashtag-case read the hashtags of the same draft in one runChecks call: keep the
// last result (pure memo).
let lastText: string | undefined;
let lastTags: readonly Hashtag[] = [];

/** Hashtags of a draft; tags made only of digits (#1) are not hashtags on either site. Do not mutate the result. */
export function hashtags(text: string): readonly Hashtag[] {
  if (text !== lastText) {
    lastTags = findHashtags(text);
    lastText = text;
  }
  return lastTags;
}

function findHashtags(text: string): Hashtag[] {
  if (!text.includes('#') && !text.includes('＃')) return [];
  const out: Hashtag[] = [];
  for (const match of text.matchAll(HASHTAG_PATTERN)) {
    const tag = match[1] ?? '';
    if (!HAS_LETTER.test(tag)) continue;
    out.push({ tag, start: match.index, end: match.index + match[0].length });
  }
  return out;
}
