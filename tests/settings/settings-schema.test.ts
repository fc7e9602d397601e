import {
  CHECK_CATEGORIES,
  SettingsSchema,
  applySettingsPatch,
  defaultSettings,
  fieldErrors,
  migrateSettingsV1ToV2,
  readSettings,
  resolveLocale,
} from '../../utils/settings';

test('a fresh install works with defaults alone', () => {
  const settings = defaultSettings();
  expect(settings).toMatchObject({
    language: 'auto',
    goals: [],
    interests: [],
    quietHours: { enabled: false, start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] },
    panel: { position: 'right', compact: false },
    paused: false,
    onboardingDone: false,
  });
  expect(settings.feedUrl).toBeUndefined();
  expect(settings.quietHours.timeZone).toBeUndefined();
  for (const category of CHECK_CATEGORIES) expect(settings.checks[category]).toEqual({ enabled: true });
});

describe('validation', () => {
  test.each([
    ['ftp://example.com/feed.xml'],
    ['not a url'],
    ['javascript:alert(1)'],
  ])('rejects the feed URL %s', (feedUrl) => {
    const result = SettingsSchema.safeParse({ feedUrl });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrors(result.error)).toEqual({ feedUrl: 'set_err_feed_url' });
  });

  test('accepts https feed URLs, refuses http ones with their own message (issue 10)', () => {
    expect(SettingsSchema.parse({ feedUrl: 'https://news.example.com/feed.json' }).feedUrl).toBe(
      'https://news.example.com/feed.json',
    );
    const http = SettingsSchema.safeParse({ feedUrl: 'http://intranet/feed.xml' });
    expect(http.success).toBe(false);
    expect(http.error?.issues[0]?.message).toBe('set_err_feed_https');
  });

  test('rejects unknown goals and malformed hours, with the field path', () => {
    const result = SettingsSchema.safeParse({ goals: ['fame'], quietHours: { start: '25:00' } });
    expect(result.success).toBe(false);
    if (!result.success) {
      const errors = fieldErrors(result.error);
      expect(errors['goals.0']).toBeDefined();
      expect(errors['quietHours.start']).toBe('set_err_time');
    }
  });

  test('enabled hours need at least one day and a non-empty window', () => {
    const result = SettingsSchema.safeParse({ quietHours: { enabled: true, days: [], start: '09:00', end: '09:00' } });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(fieldErrors(result.error)).toMatchObject({ 'quietHours.days': 'set_err_days', 'quietHours.end': 'set_err_same_time' });
    }
  });

  test('rejects an unknown time zone', () => {
    expect(SettingsSchema.safeParse({ quietHours: { timeZone: 'Mars/Olympus_Mons' } }).success).toBe(false);
    expect(SettingsSchema.parse({ quietHours: { timeZone: 'Europe/Paris' } }).quietHours.timeZone).toBe('Europe/Paris');
  });

  test('normalises interests, goals and days', () => {
    const settings = SettingsSchema.parse({
      goals: ['business', 'business'],
      interests: [' #GreenTech ', '#greentech', 'cloud'],
      quietHours: { days: [5, 1, 1] },
    });
    expect(settings.goals).toEqual(['business']);
    expect(settings.interests).toEqual(['#GreenTech', 'cloud']);
    expect(settings.quietHours.days).toEqual([1, 5]);
  });
});

describe('readSettings (stored data)', () => {
  test.each([[undefined], [null], ['garbage'], [42], [[1, 2]]])('falls back to defaults for %j', (raw) => {
    expect(readSettings(raw)).toEqual(defaultSettings());
  });

  test('replaces only the invalid fields', () => {
    const settings = readSettings({
      language: 'klingon',
      goals: ['business', 'fame', 3],
      interests: ['cloud', 42, ''],
      quietHours: { enabled: true, start: 'noon', end: '17:00', days: [1, 9, 'x'], timeZone: 'Nowhere/Land' },
      feedUrl: 'ftp://x',
      checks: { email: { enabled: false, severity: 'extreme' }, phone: 'off', nonsense: { enabled: false } },
      panel: { position: 'top', compact: true },
      paused: 'yes',
      onboardingDone: true,
      extra: 'ignored',
    });
    expect(settings).toEqual({
      ...defaultSettings(),
      goals: ['business'],
      interests: ['cloud'],
      quietHours: { enabled: true, start: '09:00', end: '17:00', days: [1] },
      checks: { ...defaultSettings().checks, email: { enabled: false } },
      panel: { position: 'right', compact: true },
      onboardingDone: true,
    });
  });

  test('keeps a valid stored value as is', () => {
    const stored = SettingsSchema.parse({
      language: 'fr',
      goals: ['information'],
      feedUrl: 'https://news.example.com/feed.xml',
      quietHours: { enabled: true, timeZone: 'America/New_York' },
      checks: { caps: { enabled: false, severity: 'low' } },
    });
    expect(readSettings(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
  });
});

describe('migrateSettingsV1ToV2', () => {
  test('turns the v1 window string into the v2 object and "browser" into "auto"', () => {
    const migrated = migrateSettingsV1ToV2({ language: 'browser', quietHours: '8:30-17:00', goals: ['business'] });
    expect(readSettings(migrated)).toMatchObject({
      language: 'auto',
      goals: ['business'],
      quietHours: { enabled: true, start: '08:30', end: '17:00', days: [0, 1, 2, 3, 4, 5, 6] },
    });
  });

  test('an empty or unreadable v1 window means off', () => {
    expect(readSettings(migrateSettingsV1ToV2({ quietHours: '' })).quietHours.enabled).toBe(false);
    expect(readSettings(migrateSettingsV1ToV2({ quietHours: 'evenings' })).quietHours.enabled).toBe(false);
  });

  test('is idempotent on v2 data and harmless on junk', () => {
    const v2 = defaultSettings();
    expect(migrateSettingsV1ToV2(v2)).toEqual(v2);
    expect(migrateSettingsV1ToV2(null)).toBeNull();
    expect(migrateSettingsV1ToV2('x')).toBe('x');
  });
});

test('resolveLocale follows the browser only on auto', () => {
  expect(resolveLocale({ language: 'auto' }, 'fr-CA')).toBe('fr');
  expect(resolveLocale({ language: 'auto' }, 'de-DE')).toBe('en');
  expect(resolveLocale({ language: 'auto' }, undefined)).toBe('en');
  expect(resolveLocale({ language: 'en' }, 'fr-FR')).toBe('en');
  expect(resolveLocale({ language: 'fr' }, 'en-US')).toBe('fr');
});

test('applySettingsPatch merges groups one level deep and clears with undefined', () => {
  const current = SettingsSchema.parse({ feedUrl: 'https://a.example/f', checks: { email: { severity: 'low' } } });
  const next = applySettingsPatch(current, {
    quietHours: { enabled: true },
    checks: { email: { severity: undefined }, caps: { enabled: false } },
    feedUrl: undefined,
  });
  expect(next.quietHours).toEqual({ ...current.quietHours, enabled: true });
  expect(next.checks.email).toEqual({ enabled: true, severity: undefined });
  expect(next.checks.caps).toEqual({ enabled: false });
  expect(next.feedUrl).toBeUndefined();
  expect(current.checks.caps).toEqual({ enabled: true });
});
