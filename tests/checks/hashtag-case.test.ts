import { hashtagCase } from '../../utils/checks/hashtag-case';
import { context, spans, TEST_POLICY } from './helpers';

describe('hashtag-case', () => {
  test.each(["#futureofwork", "#womenintech", "#digitaltransformation", "#machinelearning", "#transitionecologique", "#sustainablebusiness"])('flags %s', (text) => {
    expect(spans(hashtagCase, text).length).toBeGreaterThan(0);
  });
  test.each(["#FutureOfWork", "#innovation", "#AI", "#teamwork", "#hiring", "#ia", "#Lyon2025", "#xyzzyplughfoo"])('passes %s', (text) => {
    expect(spans(hashtagCase, text)).toEqual([]);
  });
});

test('fix is CamelCase', () => {
  expect(hashtagCase.check('Loved it #futureofwork', context())[0]?.fix).toBe('#FutureOfWork');
});

test('allowed hashtags from the policy are left alone', () => {
  const policy = { ...TEST_POLICY, allowedHashtags: ['#futureofwork'] };
  expect(hashtagCase.check('#futureofwork', context({ policy }))).toEqual([]);
});
