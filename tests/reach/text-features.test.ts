import { countLength, extractHashtags } from '../../utils/reach/text-features';
import { hashtags } from '../../utils/text/hashtags';

test.each([
  ['Launch day #GreenTech #AI', ['GreenTech', 'AI']],
  ['#début de #l_année et #Début', ['début', 'l_année']],
  ['no tags here, C# or a#b or https://x.example/#anchor', []],
  ['numbers #2026 are not tags but #Q4 is', ['Q4']],
  ['fullwidth ＃タグ', ['タグ']],
  ['(#inside) and "#quoted"', ['inside', 'quoted']],
  // Where the dashboard's own pattern used to differ from the panel's: a tag needs a letter, and may be 139 long.
  ['#1_2 and #٣ are not tags', []],
  [`#${'a'.repeat(120)}`, ['a'.repeat(120)]],
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

// The panel flags hashtags in a draft and the dashboard counts them in the published post: both must see the same tags.
test.each([
  'Launch #GreenTech, #AI and #ai again',
  '#1_2 #٣ #Q4 #IA_2025 #Été',
  'C# a#b https://x.example/#anchor #a#b (#in) ＃タグ',
  `#${'a'.repeat(150)} #${'b'.repeat(120)}`,
])('the panel and the dashboard find the same hashtags in %j', (text) => {
  const panel = hashtags(text).map(({ tag }) => tag.toLocaleLowerCase());
  expect(extractHashtags(text).map((tag) => tag.toLocaleLowerCase())).toEqual([...new Set(panel)]);
});
