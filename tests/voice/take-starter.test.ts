import { takeStarter } from '../../utils/voice/take-starter';

test('the opening follows the first goal, in the person’s language; a neutral one without goals', () => {
  expect(takeStarter(['business', 'information'], 'en')).toBe('What this changes for the clients I work with:');
  expect(takeStarter(['information'], 'fr')).toBe('Pourquoi c’est important, en une phrase :');
  expect(takeStarter([], 'en')).toBe('What I take away from this, in my own words:');
});
