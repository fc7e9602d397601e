// X's weighted length, written here instead of imported: twitter-text 3.1 was our only source of core-js 2.6,
// whose global lookup ends in `Function('return this')()`. Firefox MV3 refuses that in a content script, so the
// panel died at startup (issue 9), and the two libraries cost ~72 kB minified in every content script (issue 12).
// Semantics are twitter-text's config v3 (tests/text/x-weighted-length.test.ts compares us with parseTweet),
// except that a link counts 23 whatever its top-level domain: X wraps every http(s) link in t.co.

/** X's limit in weighted characters (config v3: maxWeightedTweetLength 280). */
export const X_MAX_WEIGHTED_LENGTH = 280;
/** Weight of any link on X (config v3: transformedURLLength 23, the length of a t.co link). */
export const X_URL_WEIGHT = 23;

// Config v3 works in hundredths: a "light" code point weighs 100, any other 200, the limit is 28000.
const SCALE = 100;
const LIGHT = 100;
const HEAVY = 200;
const MAX = X_MAX_WEIGHTED_LENGTH * SCALE;

/** Config v3's ranges of code points weighing 1: Latin, Greek, Cyrillic… up to U+10FF, and some punctuation. */
function codePointWeight(code: number): number {
  return code <= 4351 || (code >= 8192 && code <= 8205) || (code >= 8208 && code <= 8223) || (code >= 8242 && code <= 8247) ? LIGHT : HEAVY;
}

// An emoji sequence weighs 200 as a whole: a flag (two regional indicators), a keycap, a subdivision flag (tag
// sequence), or up to 4 pictographs joined by ZWJ (the longest RGI sequences, 👨‍👩‍👧‍👦 and 👩‍❤️‍💋‍👨, have 4: a made-up
// chain of 100 does not weigh 2), each optionally followed by VS16 or a skin tone. © and ® alone are text
// (weight 1, as twemoji-parser has them); with VS16 they are emoji. Every repetition starts with a distinct
// character (ZWJ) or is a single class, so the pattern matches in linear time (tests/text/x-weighted-length.test.ts
// runs recheck on it).
const PICTOGRAPH = String.raw`(?:[\u00A9\u00AE]\uFE0F|[^\P{Extended_Pictographic}\u00A9\u00AE](?:\uFE0F|\p{Emoji_Modifier})?)`;
/** Sticky: tried at one position. Exported for the ReDoS check. */
export const EMOJI_SEQUENCE = new RegExp(
  String.raw`\p{Regional_Indicator}{2}|[0-9#*]\uFE0F?\u20E3|\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}|${PICTOGRAPH}(?:\u200D${PICTOGRAPH}){0,3}`,
  'uy',
);

// Characters that can start an emoji sequence: digits, # and * (keycaps) and anything from © up.
function mayStartEmoji(code: number): boolean {
  return code >= 0xa9 || (code >= 0x30 && code <= 0x39) || code === 0x23 || code === 0x2a;
}

// ---- Links -------------------------------------------------------------------------------------------------
//
// A link is, in a text:
// - a scheme link: "http://" or "https://" (any case) after anything but an ASCII letter or digit or @ $ # (a
//   mention, cashtag or hashtag), then a host, an optional ":port", path and query; or
// - a bare host, starting where a run of host characters starts, not after @ $ # ＠ ＃, then an optional ":port"
//   and path, and a query only after a path. After _ or / it is not a link ("foo_bar.com", "a/b.com"), and nothing
//   up to its end is one either (twitter-text's pattern consumed it before rejecting it).
// A host is two or more dot-separated labels of ASCII letters, digits, Latin accented letters and inner hyphens,
// the last one "TLD-like": 2 to 63 ASCII letters all in one case ("com", "COM", not "Merci" in "fin.Merci"), or
// punycode ("xn--…"); an accented letter glued to it is not part of it, nor is a trailing dot or hyphen.
// Any such link counts 23, whether or not the TLD exists: twitter-text only links the TLDs it knows, X's t.co
// wraps the others too (".example"). Without a TLD list, "Node.js" is a link too: we count more, never less.
// A path ("/…") is made of the characters twitter-text accepts in one (ASCII URL characters, Latin accents,
// Cyrillic) and ends on one it accepts at the end (a letter, digit, one of + - = _ # /, or a ")" closing a "(" of
// the path): "example.com/a." ends before the dot, "(see example.com/a_(b))" keeps "(b)" but not the last ")".
// A query ("?…") is ASCII and ends on a letter, digit or one of - _ & = # / (a lone "?" is not part of the link).
// Each character is looked at a bounded number of times: the scan is linear, no regex backtracking.

// Latin accents as twitter-text has them (latinAccentChars), without the combining marks (they never start or
// continue a host after NFC in practice, and twitter-text's host labels do not start with them either).
function isLatinAccent(code: number): boolean {
  return (
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x24f) ||
    code === 0x253 ||
    code === 0x254 ||
    code === 0x256 ||
    code === 0x257 ||
    code === 0x259 ||
    code === 0x25b ||
    code === 0x263 ||
    code === 0x268 ||
    code === 0x26f ||
    code === 0x272 ||
    code === 0x289 ||
    code === 0x28b ||
    code === 0x2bb ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** A character of a host: a label character, a dot or a hyphen. */
function isHostChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 0x2e || code === 0x2d || isLatinAccent(code);
}

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const PATH_PUNCTUATION = codes("!*';:=+,.$/%#[]-_~|&@()\u2013");
const PATH_END_PUNCTUATION = codes('+-=_#/');
const QUERY_PUNCTUATION = codes("!?*'@();:&=+$/%#[]-_.,~|");
const QUERY_END_PUNCTUATION = codes('-_&=#/');

function isPathChar(code: number): boolean {
  return isAsciiAlnum(code) || PATH_PUNCTUATION.has(code) || isLatinAccent(code) || (code >= 0x400 && code <= 0x4ff);
}

function isPathEnd(code: number): boolean {
  return isAsciiAlnum(code) || PATH_END_PUNCTUATION.has(code) || isLatinAccent(code) || (code >= 0x400 && code <= 0x4ff);
}

// @ $ # and their full-width forms start a mention, cashtag or hashtag, never a link.
const NOT_BEFORE_SCHEME = new Set([0x40, 0x24, 0x23, 0xff20, 0xff03]);
// Without a scheme, also not after - _ . / (twitter-text's invalidUrlWithoutProtocolPrecedingChars).
const NOT_BEFORE_BARE = new Set([...NOT_BEFORE_SCHEME, 0x2d, 0x5f, 0x2e, 0x2f]);

const SCHEME = /https?:\/\//iy;
const TLD_LIKE = /^(?:[a-z]{2,63}|[A-Z]{2,63}|xn--[a-z0-9-]{1,59}|XN--[A-Z0-9-]{1,59})$/;

/** End of the host starting at `start` (exclusive), or -1 when the host-character run there is not a host. */
function hostEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isHostChar(text.charCodeAt(end))) end += 1;
  // A sentence's full stop, a dash after the link: not part of the host.
  while (end > start && (text.charCodeAt(end - 1) === 0x2e || text.charCodeAt(end - 1) === 0x2d)) end -= 1;
  // An accented letter glued to the TLD ends the host ("example.coméquipe"), as in twitter-text.
  // (Searched within the run only: a lastIndexOf over the whole text would make many runs quadratic.)
  let tldStart = end;
  while (tldStart > start && text.charCodeAt(tldStart - 1) !== 0x2e) tldStart -= 1;
  let tldEnd = tldStart;
  while (tldEnd < end && isAsciiLetter(text.charCodeAt(tldEnd))) tldEnd += 1;
  if (tldStart > start && tldEnd > tldStart && tldEnd < end && isLatinAccent(text.charCodeAt(tldEnd))) end = tldEnd;
  const labels = text.slice(start, end).split('.');
  if (labels.length < 2) return -1;
  if (!labels.every((label) => label !== '' && !label.startsWith('-') && !label.endsWith('-'))) return -1;
  return TLD_LIKE.test(labels[labels.length - 1]!) ? end : -1;
}

/**
 * End (exclusive) of the port, path and query that follow a host ending at `end`, and where the search for the next
 * link resumes (after the query a bare host leaves out).
 */
function linkEnd(text: string, end: number, bare: boolean): { end: number; resume: number } {
  if (text.charCodeAt(end) === 0x3a) {
    let port = end + 1;
    while (port < text.length && text.charCodeAt(port) >= 0x30 && text.charCodeAt(port) <= 0x39) port += 1;
    if (port > end + 1) end = port;
  }
  const hasPath = text.charCodeAt(end) === 0x2f;
  if (hasPath) {
    let scanned = end;
    let open = 0;
    let close = 0;
    while (scanned < text.length && isPathChar(text.charCodeAt(scanned))) {
      const code = text.charCodeAt(scanned);
      if (code === 0x28) open += 1;
      if (code === 0x29) close += 1;
      scanned += 1;
    }
    // Trailing punctuation belongs to the sentence; a ")" stays when it closes a "(" of the path. The path keeps at
    // least its "/", which is an ending character.
    let pathEnd = scanned;
    while (pathEnd > end + 1) {
      const code = text.charCodeAt(pathEnd - 1);
      if (isPathEnd(code) || (code === 0x29 && open >= close)) break;
      if (code === 0x28) open -= 1;
      if (code === 0x29) close -= 1;
      pathEnd -= 1;
    }
    // A query must follow the path directly.
    if (pathEnd < scanned) return { end: pathEnd, resume: pathEnd };
    end = pathEnd;
  }
  if (text.charCodeAt(end) !== 0x3f) return { end, resume: end };
  // The query: ASCII only, ending on a letter, digit or one of - _ & = # / (a lone "?" is not part of the link).
  let queryEnd = end;
  for (let index = end + 1; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isAsciiAlnum(code) && !QUERY_PUNCTUATION.has(code)) break;
    if (isAsciiAlnum(code) || QUERY_END_PUNCTUATION.has(code)) queryEnd = index + 1;
  }
  // A bare host takes a query only after a path: "example.com?q=1" links "example.com", and nothing in "?q=1" is a
  // link either (twitter-text's pattern consumed it).
  return bare && !hasPath ? { end, resume: queryEnd } : { end: queryEnd, resume: queryEnd };
}

export interface LinkSpan {
  /** UTF-16 offsets in the text, end exclusive. */
  start: number;
  end: number;
}

/** The links X counts as 23 each (see the definition above), in order and without overlap. */
export function xLinks(text: string): LinkSpan[] {
  const links: LinkSpan[] = [];
  if (!text.includes('.')) return links;
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    const previous = index > 0 ? text.charCodeAt(index - 1) : -1;
    // A scheme starts a link after anything but a letter, a digit, @ $ # ("étéhttps://…" links).
    SCHEME.lastIndex = index;
    if ((code === 0x68 || code === 0x48) && !isAsciiAlnum(previous) && !NOT_BEFORE_SCHEME.has(previous) && SCHEME.test(text)) {
      const host = hostEnd(text, SCHEME.lastIndex);
      if (host !== -1) {
        const { end, resume } = linkEnd(text, host, false);
        links.push({ start: index, end });
        index = resume;
        continue;
      }
    }
    // A bare host starts only where a run of host characters starts: hostEnd reads each run once.
    if (isHostChar(code) && (previous === -1 || !isHostChar(previous)) && !NOT_BEFORE_SCHEME.has(previous)) {
      const host = hostEnd(text, index);
      if (host !== -1) {
        const { end, resume } = linkEnd(text, host, true);
        // After _ or / it is no link, and nothing up to its end is one either ("a/bit.ly?https://t.co": twitter-text's
        // pattern consumed it before rejecting it).
        if (!NOT_BEFORE_BARE.has(previous)) links.push({ start: index, end });
        index = resume;
        continue;
      }
    }
    index += 1;
  }
  return links;
}

// ---- NFC with offsets back into the text as typed --------------------------------------------------------

// Normalisation never crosses a code point that is not a combining mark nor a Hangul vowel or final jamo: the text
// is normalised piece by piece between such code points, so that an offset in the normalised text maps back.
const PIECE = /[^\p{M}\u1160-\u11FF\uD7B0-\uD7FF][\p{M}\u1160-\u11FF\uD7B0-\uD7FF]*|[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]+/gu;

interface Normalised {
  text: string;
  /** Maps an offset of the normalised text that falls on a piece boundary to the original text. */
  toOriginal: (offset: number) => number;
}

function normalise(text: string): Normalised {
  const normalised = text.normalize('NFC');
  if (normalised === text) return { text, toOriginal: (offset) => offset };
  // Changed pieces only: [normalisedStart, normalisedEnd, originalStart, originalEnd].
  const changed: [number, number, number, number][] = [];
  let built = '';
  for (const match of text.matchAll(PIECE)) {
    const piece = match[0].normalize('NFC');
    if (piece !== match[0]) changed.push([built.length, built.length + piece.length, match.index, match.index + match[0].length]);
    built += piece;
  }
  // TODO [2027-06-01]: drop this fallback if the piece-wise normalisation has never differed (it cannot, by UAX #15).
  if (built !== normalised) return { text: normalised, toOriginal: (offset) => Math.min(text.length, offset + text.length - normalised.length) };
  return {
    text: normalised,
    toOriginal(offset) {
      let shift = 0;
      for (const [start, end, originalStart, originalEnd] of changed) {
        if (offset < end) return offset <= start ? offset + shift : originalStart;
        shift = originalEnd - end;
      }
      return offset + shift;
    },
  };
}

// ---- The count -------------------------------------------------------------------------------------------

export interface XWeight {
  /** X's weighted length: 280 fits. */
  weightedLength: number;
  /**
   * UTF-16 offset (in the text as given) where the longest prefix that fits 280 ends: text.length when the whole
   * text fits. The equivalent of twitter-text's parseTweet validRangeEnd + 1.
   */
  fitsUntil: number;
}

/** X's weighted length of `text` and where it stops fitting (twitter-text config v3, any link 23). */
export function xWeight(text: string): XWeight {
  const { text: normalised, toOriginal } = normalise(text);
  const links = xLinks(normalised);
  let weight = 0;
  let fitsUntil = -1;
  let link = 0;
  let index = 0;
  while (index < normalised.length) {
    let next: number;
    const upcoming = links[link];
    if (upcoming && upcoming.start === index) {
      weight += X_URL_WEIGHT * SCALE;
      next = upcoming.end;
      link += 1;
    } else {
      const code = normalised.codePointAt(index)!;
      EMOJI_SEQUENCE.lastIndex = index;
      if (mayStartEmoji(code) && EMOJI_SEQUENCE.test(normalised)) {
        weight += HEAVY;
        next = EMOJI_SEQUENCE.lastIndex;
      } else {
        weight += codePointWeight(code);
        next = index + (code > 0xffff ? 2 : 1);
      }
    }
    if (fitsUntil === -1 && weight > MAX) fitsUntil = index;
    index = next;
  }
  return { weightedLength: weight / SCALE, fitsUntil: fitsUntil === -1 ? text.length : toOriginal(fitsUntil) };
}

/** X's weighted length of `text`: 280 fits. */
export function xWeightedLength(text: string): number {
  return xWeight(text).weightedLength;
}
