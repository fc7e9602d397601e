import { countCharacters } from '../../utils/text';

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
