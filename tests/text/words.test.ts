import fc from 'fast-check';
import { countGraphemes, foldWord, words, WORD_PATTERN } from '../../utils/text';

// words() scans char codes by hand for speed: it must give exactly the words of WORD_PATTERN.
function byPattern(text: string) {
  return [...text.matchAll(WORD_PATTERN)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: foldWord(match[0]),
  }));
}

const PIECES = ['a', 'Z', '0', ' ', 'é', 'e\u0301', '\u0301', '👨‍👩‍👧', '🇫🇷', '\uD83D', '\uDE00', '𝗯', '𝟎', 'ﷺ', '¼', 'ﬁ', 'İ', 'ß', '-', '٣', '\r\n', '\u00A0', '한', '\u1100\u1161'];
const mixed = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
);

test('words() finds the words of WORD_PATTERN', () => {
  fc.assert(
    fc.property(mixed, (text) => {
      expect(words(text)).toEqual(byPattern(text));
    }),
    { numRuns: 2000 },
  );
});

// countGraphemes only looks at chunks holding a character outside the simple set: it must count as the
// plain per-chunk walk does (simple chunk: its length; no joining character: its code points; else Intl.Segmenter).
function countByChunks(text: string): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const simple = /^[\u0021-\u007E\u00A1-\u02FF]*$/;
  const joining =
    /[\p{M}\u200D\p{Emoji_Modifier}\p{Regional_Indicator}\u{E0020}-\u{E007F}\u1100-\u11FF\uA960-\uA97F\uAC00-\uD7FF\u0600-\u0605\u06DD\u070F\u08E2\u0D4E\r]/u;
  let count = 0;
  for (const [chunk] of text.matchAll(/\s+|\S+/g)) {
    if (simple.test(chunk)) count += chunk.length;
    else if (!joining.test(chunk)) count += [...chunk].length;
    else count += [...segmenter.segment(chunk)].length;
  }
  return count;
}

test('countGraphemes counts as the per-chunk walk', () => {
  fc.assert(
    fc.property(mixed, (text) => {
      expect(countGraphemes(text)).toBe(countByChunks(text));
    }),
    { numRuns: 2000 },
  );
});
