import { secretToken } from '../../utils/checks/secret-token';
import { context, spans } from './helpers';

describe('secret-token', () => {
  test('id matches the file name', () => expect(secretToken.id).toBe('secret-token'));
  test.each(["key AKIAZ7XQ4N2M5P8R3T6W in the config", "ghp_8fKd93LmQz7XcVb2Nn4Rt6Yw1Pa0Se5Uh9Jk", "token glpat-xY7kLm9QzP3vBn5RtW2s ok", "xoxb-2048-1024-AbCdEfGhIjKlMnOpQrStUvWx", "sk_live_51HqLmNpQrStUvWxYz0123456789AbCd", "AIzaSyD4x9Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9L1", "OPENAI_API_KEY=sk-proj-Q3vX9kLm2Pz8RtY6wB1nC4dF7gH0jK5s", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV", "Authorization: Bearer abcdefghijklmnop1234567890"])('flags %s', (text) => {
    expect(spans(secretToken, text).length).toBeGreaterThan(0);
  });
  test.each(["Our sk-team is great", "AKIA is a prefix", "we use GitHub and Slack every day", "the eyJ prefix starts every JWT", "pk_live_ keys are publishable", "desk-organisation-tips-for-2025-and-beyond"])('passes %s', (text) => {
    expect(spans(secretToken, text)).toEqual([]);
  });
});

test('fix masks the token', () => {
  const [found] = secretToken.check('key sk-proj-Q3vX9kLm2Pz8RtY6wB1nC4dF7gH0jK5s', context());
  expect(found?.fix).toBe('[secret removed]');
  expect(secretToken.check('clé sk-proj-Q3vX9kLm2Pz8RtY6wB1nC4dF7gH0jK5s', context({ locale: 'fr' }))[0]?.fix).toBe('[secret supprimé]');
});
