import { seeMoreFold } from '../../utils/checks/see-more-fold';
import { context, spans } from './helpers';

describe('see-more-fold', () => {
  test.each(["a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a ", "Line one\n\nLine two\n\nLine three is hidden", "We just wrapped up our annual volunteering week, and the numbers speak for themselves: 1,400 colleagues, 38 cities, 120 partner charities and more than 9,000 hours given to causes that matter. A huge thank you to everyone who joined, organised, cooked and painted."])('flags %s', (text) => {
    expect(spans(seeMoreFold, text).length).toBeGreaterThan(0);
  });
  test.each(["Short post.", "Two lines\nonly", "a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a "])('passes %s', (text) => {
    expect(spans(seeMoreFold, text)).toEqual([]);
  });
});

test('only on LinkedIn posts', () => {
  expect(seeMoreFold.check('a '.repeat(200), context({ platform: 'x' }))).toEqual([]);
  expect(seeMoreFold.check('a '.repeat(200), context({ surface: 'comment' }))).toEqual([]);
});

test('says whether the hook is above the fold', () => {
  const above = seeMoreFold.check('Short hook.\n' + 'b '.repeat(150), context())[0];
  const below = seeMoreFold.check('c '.repeat(150) + '.', context())[0];
  expect(above?.message).toContain('above the fold');
  expect(below?.message).toContain('below the fold');
});
