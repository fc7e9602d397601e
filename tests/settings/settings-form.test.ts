import { defaultSettings, settingsFormSave, withCheck } from '../../utils/settings';

const mine = () => ({ ...defaultSettings(), paused: true, onboardingDone: true });

describe('settingsFormSave', () => {
  test('a valid form writes everything but pause and onboarding, and names the feed origin to ask access for', () => {
    const result = settingsFormSave({ ...mine(), feedUrl: 'https://news.example.com/feed.xml', language: 'fr' }, false);
    expect(result).toMatchObject({ ok: true, feedOrigin: 'https://news.example.com', patch: { language: 'fr', feedUrl: 'https://news.example.com/feed.xml' } });
    expect(result.ok && result.patch).not.toHaveProperty('paused');
    expect(result.ok && result.patch).not.toHaveProperty('onboardingDone');
  });

  test('an emptied feed address is cleared, and nothing is asked', () => {
    const result = settingsFormSave(mine(), false);
    expect(result.ok && 'feedUrl' in result.patch && result.patch.feedUrl).toBeUndefined();
    expect(result.ok && Object.keys(result.patch)).toContain('feedUrl');
    expect(result.ok && result.feedOrigin).toBeUndefined();
  });

  test('a company-locked feed asks for no access: it is the company’s business', () => {
    const result = settingsFormSave({ ...mine(), feedUrl: 'https://mine.example/feed.xml' }, true);
    expect(result).toMatchObject({ ok: true, feedOrigin: undefined });
  });

  test('a bad form is refused with its errors by field path', () => {
    const result = settingsFormSave({ ...mine(), feedUrl: 'ftp://news.example.com/feed.xml', quietHours: { ...mine().quietHours, enabled: true, days: [] } }, false);
    expect(result).toEqual({ ok: false, errors: { feedUrl: 'set_err_feed_url', 'quietHours.days': 'set_err_days' } });
  });
});

test('withCheck changes one check and keeps the others', () => {
  const settings = defaultSettings();
  const next = withCheck(settings, 'email', { severity: 'low' });
  expect(next.checks.email).toEqual({ ...settings.checks.email, severity: 'low' });
  expect(next.checks.caps).toBe(settings.checks.caps);
  expect(settings.checks.email.severity).toBeUndefined();
});
