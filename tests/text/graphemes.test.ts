import fc from 'fast-check';
import { countGraphemes, graphemeOffset, graphemeOffsets } from '../../utils/text/graphemes';

/**
 * Graphemes counted the plain way, chunk by whitespace-separated chunk: Intl.Segmenter on every chunk but
 * whitespace, whose characters count one each (CR LF one). What the faster paths must agree with.
 */
function referenceCount(text: string): number {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const [chunk] of text.matchAll(/\s+|\S+/g)) {
    if (/^\s+$/.test(chunk)) count += chunk.length - (chunk.match(/\r\n/g)?.length ?? 0);
    else count += [...segmenter.segment(chunk)].length;
  }
  return count;
}

const FRAGMENTS = [
  'a', 'é', 'e\u0301', ' ', '  ', '\t', '\n', '\r\n', '\r', '\u00A0', '\u2003', '𝗯', '𝗢𝗿𝗶𝗼𝗻', '€', '–', '“', '👍', '👍🏽', '👨‍👩‍👧',
  '🇫🇷', '\uD835', '\uDDEF', 'ｆ', '한', '\u1100\u1161', 'ق', '\u0600', '#', '1', '\u200D',
];

test('counts graphemes as the plain chunk-by-chunk count does, on seeded random drafts', () => {
  const draft = fc.oneof(
    fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join('')),
    fc.tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1, max: 300 }), fc.constantFrom('', ' ', '\n')).map(([part, times, gap]) => (part + gap).repeat(times)),
  );
  fc.assert(
    fc.property(draft, (text) => {
      expect(countGraphemes(text)).toBe(referenceCount(text));
    }),
    { seed: 11, numRuns: 400 },
  );
});

test('a pasted run of bold letters counts one per letter, a lone surrogate one, counted or walked', () => {
  expect(countGraphemes('𝗯'.repeat(5000))).toBe(5000);
  expect(graphemeOffsets('𝗯'.repeat(5000))).toHaveLength(5000);
  expect(countGraphemes('𝗯'.repeat(10) + '\uD835' + ' x')).toBe(13);
  expect(graphemeOffsets('𝗯'.repeat(10) + '\uD835' + ' x')).toHaveLength(13);
});

test('graphemeOffset is the offset of that grapheme, as a walk of every grapheme finds it', () => {
  const pieces = ['a', 'é', 'e\u0301', '\r\n', '\n', '👍🏽', '👨‍👩‍👧', '🇫🇷', '𝗯', ' ', '한', '\uD835'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(45), (parts, index) => {
      const text = parts.join('');
      expect(graphemeOffset(text, index)).toBe(graphemeOffsets(text)[index] ?? null);
    }),
    { seed: 3, numRuns: 500 },
  );
  expect(graphemeOffset('\n'.repeat(100_000), 3000)).toBe(3000);
});
