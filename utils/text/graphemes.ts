import { isSpace } from './is-space';

// One segmenter for the module, built on first use: constructing it loads ICU break-iterator data
// (tens of ms on a busy machine), which most drafts never need (see SIMPLE_CHUNK and JOINING) and which a
// content script would otherwise pay on every page load. Intl.Segmenter: Node 16+, Chrome 87+, Firefox 125+.
let segmenter: Intl.Segmenter | undefined;
function graphemeSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return segmenter;
}

// Characters that are always a grapheme of their own: printable ASCII, Latin-1 and Latin Extended
// letters (precomposed é, ç, œ). Node's ICU segmenter costs about 20 µs per grapheme, so text made only
// of these is counted directly and only the other whitespace-separated chunks go through Intl.Segmenter.
const SIMPLE_CHUNK = /^[\u0021-\u007E\u00A1-\u02FF]*$/;
// Characters that can join a cluster with a neighbour (UAX #29: Extend, SpacingMark, ZWJ, emoji
// modifiers, regional indicators, tags, Hangul jamo and syllables, Prepend, CR). A chunk without any
// of them has one grapheme per code point.
const JOINING =
  /[\p{M}\u200D\p{Emoji_Modifier}\p{Regional_Indicator}\u{E0020}-\u{E007F}\u1100-\u11FF\uA960-\uA97F\uAC00-\uD7FF\u0600-\u0605\u06DD\u070F\u08E2\u0D4E\r]/u;
const CHUNK = /\s+|\S+/g;
// Every character that can make a text count other than one grapheme per UTF-16 unit (one that can
// join, as JOINING, CR included, or a surrogate), and more: everything from U+02FF except General
// Punctuation and the currency signs (– “ ” … € ₹, which join nothing). A text without any counts its
// length. Not a Unicode-property pattern: V8 scans a plain class of code units several times faster.
const MAYBE_UNCOUNTABLE = /[\r\u02FF-\u1FFF\u200C-\u200D\u20CF-\uFFFF]/;

/**
 * UTF-16 start offset of every user-perceived character (grapheme cluster), so that
 * "👨‍👩‍👧" counts as one, as LinkedIn's counter does. Whitespace never joins a cluster, except CR LF.
 */
export function* graphemeStarts(text: string): Generator<number> {
  for (const match of text.matchAll(CHUNK)) {
    const chunk = match[0];
    const base = match.index;
    if (SIMPLE_CHUNK.test(chunk)) {
      for (let index = 0; index < chunk.length; index += 1) yield base + index;
    } else if (/^\s+$/.test(chunk)) {
      for (let index = 0; index < chunk.length; index += 1) {
        if (chunk[index] === '\n' && chunk[index - 1] === '\r') continue;
        yield base + index;
      }
    } else if (!canJoin(chunk)) {
      for (let index = 0; index < chunk.length; index += 1) {
        const code = chunk.charCodeAt(index);
        if (code >= 0xdc00 && code <= 0xdfff && index > 0) continue;
        yield base + index;
      }
    } else {
      for (const segment of graphemeSegmenter().segment(chunk)) yield base + segment.index;
    }
  }
}

export function graphemeOffsets(text: string): number[] {
  return [...graphemeStarts(text)];
}

// The last chunk tested against JOINING and the answer: a draft's length check counts its graphemes, then
// walks them to the limit, and both test the same chunks (a pasted 100 kB run of 𝗯𝗼𝗹𝗱 letters is one
// chunk, and a Unicode-property scan of it takes milliseconds). A pure memo; comparing strings is native.
let lastChunk = '';
let lastChunkJoins = false;

/** Whether a chunk holds a character that can join a cluster (JOINING). */
function canJoin(chunk: string): boolean {
  if (chunk !== lastChunk) {
    lastChunkJoins = JOINING.test(chunk);
    lastChunk = chunk;
  }
  return lastChunkJoins;
}

/** BMP code unit -> 1 can join a cluster (JOINING), 2 cannot, 0 not looked up yet. */
const JOINS = new Uint8Array(0x10000);

function joins(code: number): boolean {
  if (code < 0x300) return code === 13; // no combining mark below U+0300; CR joins LF
  let known = JOINS[code] as number;
  if (known === 0) {
    known = JOINING.test(String.fromCharCode(code)) ? 1 : 2;
    JOINS[code] = known;
  }
  return known === 1;
}

// A character that can make its chunk count other than one per UTF-16 unit: outside the simple set and
// not whitespace, or CR (CR LF is one). A chunk without any counts its length, so only these are looked at.
const SPECIAL = /[^\s\u0021-\u007E\u00A1-\u02FF]|\r/g;
// \s is exactly isSpace (ECMAScript WhiteSpace and LineTerminator).
const SPACE = /\s/g;
const NOT_SPACE = /\S/g;

/**
 * Graphemes of the text, chunk by chunk as graphemeStarts splits it. The native scan for SPECIAL skips
 * plain text; around each special character the chunk is walked by char codes and counts its length
 * unless it holds a surrogate or a character that can join a cluster (per-code table), the only chunks
 * that go through the regular expressions or Intl.Segmenter. (Per-chunk regular expressions made a
 * pasted 100 kB text in another script than Latin the first call's cost.)
 */
/**
 * UTF-16 offset of grapheme number `index` (0-based), or null when the text has no more graphemes than that. Where
 * nothing up to just past that offset can join or pair, each unit is a grapheme and the offset is the index itself: one
 * native scan instead of a walk of every grapheme before it (a pasted 100 kB run of line feeds, 2026-12-03).
 */
export function graphemeOffset(text: string, index: number): number | null {
  if (!MAYBE_UNCOUNTABLE.test(text.slice(0, index + 1))) return index < text.length ? index : null;
  let count = 0;
  for (const start of graphemeStarts(text)) {
    if (count === index) return start;
    count += 1;
  }
  return null;
}

export function countGraphemes(text: string): number {
  // One native scan answers for most texts, including pasted ones full of non-Latin symbols (€, –, “),
  // which the per-character walk below met one at a time.
  if (!MAYBE_UNCOUNTABLE.test(text)) return text.length;
  let count = 0;
  // Everything before `from` is counted, and `from` is a chunk boundary.
  let from = 0;
  const length = text.length;
  SPECIAL.lastIndex = 0;
  for (let match = SPECIAL.exec(text); match; match = SPECIAL.exec(text)) {
    const space = isSpace(text.charCodeAt(match.index));
    let start = match.index;
    while (start > from && isSpace(text.charCodeAt(start - 1)) === space) start -= 1;
    // The chunk's end: a native search for the next character of the other kind, not a call per character.
    const other = space ? NOT_SPACE : SPACE;
    other.lastIndex = match.index + 1;
    const end = other.exec(text)?.index ?? length;
    let simple = true;
    for (let index = start; index < end && simple; index += 1) {
      const code = text.charCodeAt(index);
      if ((code >= 0xd800 && code <= 0xdfff) || joins(code)) simple = false;
    }
    count += start - from + (simple ? end - start : countChunk(text.slice(start, end)));
    from = end;
    SPECIAL.lastIndex = end;
  }
  SPECIAL.lastIndex = 0;
  return count + length - from;
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/**
 * [...chunk].length without an array of every code point (a pasted run of 𝗯𝗼𝗹𝗱 letters can be 100 kB):
 * each surrogate pair, removed by a native replace, is one code point of two units.
 */
function codePointCount(chunk: string): number {
  return chunk.length - (chunk.length - chunk.replace(SURROGATE_PAIR, '').length) / 2;
}

function countChunk(chunk: string): number {
  if (SIMPLE_CHUNK.test(chunk)) return chunk.length;
  if (!canJoin(chunk)) return codePointCount(chunk);
  let count = 0;
  for (const _segment of graphemeSegmenter().segment(chunk)) count += 1;
  return count;
}
