import fc from 'fast-check';
import { countGraphemes, foldWord, words, WORD_PATTERN } from '../../utils/text';
import { normaliseTerm, WORD_DIGIT, WORD_LETTER, WORD_LOWER, WORD_NON_ASCII, wordList } from '../../utils/text/words';

// words() scans char codes by hand for speed: it must give exactly the words of WORD_PATTERN.
function byPattern(text: string) {
  return [...text.matchAll(WORD_PATTERN)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: foldWord(match[0]),
  }));
}

const PIECES = ['a', 'Z', '0', ' ', 'é', 'e\u0301', '\u0301', '👨‍👩‍👧', '🇫🇷', '\uD83D', '\uDE00', '𝗯', '𝟎', 'ﷺ', '¼', 'ﬁ', 'İ', 'ß', '-', '٣', '\r\n', '\u00A0', '한', '\u1100\u1161', 'aB3'.repeat(12), 'x'.repeat(40), '7'.repeat(33)];
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

// The compact list: one number per distinct folded form, and each word's flags as the Unicode classes say.
test('wordList numbers folded forms one to one and flags each word as its characters are', () => {
  fc.assert(
    fc.property(mixed, mixed, (first, second) => {
      const text = `${first} ${second} ${first.toUpperCase()}`;
      const list = wordList(text);
      const expected = byPattern(text);
      expect(list.count).toBe(expected.length);
      const idOf = new Map<string, number>();
      let longest = 0;
      expected.forEach((word, index) => {
        const raw = text.slice(word.start, word.end);
        expect([list.starts[index], list.ends[index]]).toEqual([word.start, word.end]);
        expect(list.vocabulary[list.ids[index]!]).toBe(word.folded);
        if (!idOf.has(word.folded)) idOf.set(word.folded, list.ids[index]!);
        expect(list.ids[index]).toBe(idOf.get(word.folded));
        const flags =
          (/\p{L}/u.test(raw) ? WORD_LETTER : 0) |
          (/\p{Ll}/u.test(raw) ? WORD_LOWER : 0) |
          (/\p{N}/u.test(raw) ? WORD_DIGIT : 0) |
          ([...raw].some((character) => character.charCodeAt(0) >= 0x80) ? WORD_NON_ASCII : 0);
        expect(list.flags[index], raw).toBe(flags);
        longest = Math.max(longest, word.end - word.start);
      });
      expect(new Set(list.vocabulary).size).toBe(list.vocabulary.length);
      expect(list.longest).toBe(longest);
    }),
    { numRuns: 1000 },
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

test('normaliseTerm gives the folded words joined by one space, written normalised or not', () => {
  const reference = (term: string) => words(`${term}`).map((word) => word.folded).join(' ');
  const samples = ['code name', 'nom de code', "don't share", 'SOCIÉTÉ  Générique', 'société-générique', 'q3 2026', ' lead', 'a  b', 'x', '', 'TLP:RED', 'ﬁnal', '𝗢𝗿𝗶𝗼𝗻 x'];
  for (const term of samples) expect(normaliseTerm(term)).toBe(reference(term));
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'z', '0', ' ', '-', 'É', "'", 'B', '\n') }), (term) => {
      expect(normaliseTerm(term)).toBe(reference(term));
    }),
    { numRuns: 2000, seed: 12 },
  );
});
