import { postLength } from '../../utils/checks/post-length';
import { context } from './helpers';


test.each([
  ['x', 'a'.repeat(281), true],
  ['x', 'a'.repeat(280), false],
  ['x', '👏'.repeat(141), true],
  ['x', '👏'.repeat(140), false],
  ['x', 'see https://example.com/' + 'x'.repeat(300), false],
  ['linkedin', 'a'.repeat(3001), true],
  ['linkedin', 'a'.repeat(3000), false],
  ['linkedin', '👨‍👩‍👧'.repeat(3000), false],
] as const)('%s: length %#', (platform, text, flagged) => {
  expect(postLength.check(text, context({ platform })).length > 0).toBe(flagged);
});

test('comments on LinkedIn are limited to 1,250', () => {
  expect(postLength.check('a'.repeat(1251), context({ surface: 'comment' }))).toHaveLength(1);
  expect(postLength.check('a'.repeat(1251), context())).toHaveLength(0);
});

test('span is the part over the limit', () => {
  const [found] = postLength.check('a'.repeat(290), context({ platform: 'x' }));
  expect(found?.start).toBe(280);
  expect(found?.end).toBe(290);
});
