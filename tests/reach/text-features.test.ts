import { countLength, extractHashtags } from '../../utils/reach/text-features';

test.each([
  ['Launch day #GreenTech #AI', ['GreenTech', 'AI']],
  ['#début de #l_année et #Début', ['début', 'l_année']],
  ['no tags here, C# or a#b or https://x.example/#anchor', []],
  ['numbers #2026 are not tags but #Q4 is', ['Q4']],
  ['fullwidth ＃タグ', ['タグ']],
  ['(#inside) and "#quoted"', ['inside', 'quoted']],
])('extractHashtags(%j)', (text, tags) => {
  expect(extractHashtags(text)).toEqual(tags);
});

test('countLength counts code points', () => {
  expect(countLength('')).toBe(0);
  expect(countLength('abc')).toBe(3);
  expect(countLength('🌱 é')).toBe(3);
});

test('extractHashtags stays linear on hostile input', () => {
  const text = '#'.repeat(50_000) + 'a'.repeat(50_000);
  const start = performance.now();
  extractHashtags(text);
  expect(performance.now() - start).toBeLessThan(500);
});
