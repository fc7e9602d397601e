import { problemKey } from '../../utils/draft/problem-key';

test('the background\'s own reason is shown; anything else says the background could not be reached', () => {
  expect(problemKey(Object.assign(new Error('full'), { messageKey: 'dash_err_quota' }))).toBe('dash_err_quota');
  expect(problemKey(new Error('Could not establish connection'))).toBe('err_background_unavailable');
  expect(problemKey(undefined)).toBe('err_background_unavailable');
  expect(problemKey({ messageKey: 42 })).toBe('err_background_unavailable');
});
