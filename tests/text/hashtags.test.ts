import { hashtags } from '../../utils/text';

test.each([
  ['#One #Two', ['One', 'Two']],
  ['https://acme.com/#section and #Tag', ['Tag']],
  ['#a#b', ['a']],
  ['#2025 #IA_2025 #Été', ['IA_2025', 'Été']],
  ['no tags', []],
])('hashtags in %s', (text, expected) => {
  expect(hashtags(text).map((tag) => tag.tag)).toEqual(expected);
});
