import { countCharacters, overLimitOffset } from '../../utils/text';
import { countGraphemes, graphemeOffsets } from '../../utils/text/graphemes';

describe('countCharacters', () => {
  test.each([
    ['hello', 'x', 5, 280],
    ['see https://example.com/a/very/long/path/that/is/longer/than/23', 'x', 27, 280],
    ['😀', 'x', 2, 280],
    ['日本', 'x', 4, 280],
    ['👨‍👩‍👧', 'linkedin', 1, 3000],
    ['e\u0301te\u0301', 'linkedin', 3, 3000],
    ['été', 'linkedin', 3, 3000],
    ['a\r\nb', 'linkedin', 3, 3000],
    ['🇫🇷🇬🇧', 'linkedin', 2, 3000],
  ] as const)('%s on %s', (text, platform, length, limit) => {
    expect(countCharacters(text, platform)).toMatchObject({ length, limit, remaining: limit - length, overLimit: false });
  });

  test('comments and over-limit', () => {
    expect(countCharacters('a'.repeat(1300), 'linkedin', 'comment')).toMatchObject({ limit: 1250, overLimit: true, remaining: -50 });
    expect(countCharacters('a'.repeat(281), 'x').overLimit).toBe(true);
  });

  test('agrees with Intl.Segmenter on mixed text', () => {
    const text = 'Fière 👩🏽‍💻 de l’équipe 🇫🇷 ! 𝗯𝗼𝗹𝗱 e\u0301 한국어 ✔️ a\r\nb';
    const expected = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
    expect(countCharacters(text, 'linkedin').length).toBe(expected);
  });
});

describe('countCharacters and overLimitOffset on X', () => {
  test('a link counts 23 whatever its TLD, as X wraps it in t.co', () => {
    const link = `https://newsroom.alpinea.example/fr/${'recrutement-'.repeat(12)}2027`;
    expect(countCharacters(`Lisez ${link}`, 'x').length).toBe(6 + 23);
  });

  test.each([
    ['a'.repeat(280), null],
    ['a'.repeat(281), 280],
    [`${'a'.repeat(279)}😀`, 279],
    [`${'日'.repeat(141)}`, 140],
    [`${'a'.repeat(260)} https://example.com/x after`, 261],
  ])('overLimitOffset %#', (text, offset) => {
    expect(overLimitOffset(text, 'x')).toBe(offset);
    expect(countCharacters(text, 'x').overLimit).toBe(offset !== null);
  });
});

test('countGraphemes agrees with graphemeOffsets on mixed text (symbols, astral letters, emoji, marks, CR LF)', () => {
  // Seeded, so a failure reproduces.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pool = ['a', ' ', '\n', '\r', 'é', '€', '–', '𝗯', 'e\u0301', '👍', '👍🏽', '\u200D', '🇫🇷', '한', '\t', 'x'];
  for (let round = 0; round < 2000; round += 1) {
    let text = '';
    for (let index = 0; index < 1 + (round % 15); index += 1) text += pool[Math.floor(next() * pool.length)];
    expect(countGraphemes(text), JSON.stringify(text)).toBe(graphemeOffsets(text).length);
  }
  expect(countGraphemes('€1 '.repeat(40_000))).toBe(120_000);
  expect(countGraphemes('𝗯'.repeat(40_000))).toBe(40_000);
});
