import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../utils/settings';
import { getSettings, resetSettings, settingsItem, updateSettings, watchSettings } from '../../utils/browser/storage';

test('a fresh install reads the defaults', async () => {
  expect(await getSettings()).toEqual(defaultSettings());
});

test('updateSettings merges, validates, saves and returns', async () => {
  const saved = await updateSettings({ goals: ['information'], quietHours: { enabled: true, start: '08:00' } });
  expect(saved.quietHours).toMatchObject({ enabled: true, start: '08:00', end: '18:00' });
  expect(await getSettings()).toEqual(saved);
  const stored = (await fakeBrowser.storage.local.get('settings')).settings;
  expect(stored).toMatchObject({ goals: ['information'] });
});

test('updateSettings refuses invalid values and keeps the stored ones', async () => {
  await updateSettings({ feedUrl: 'https://news.example.com/feed.json' });
  await expect(updateSettings({ feedUrl: 'ftp://nope' })).rejects.toThrow();
  expect((await getSettings()).feedUrl).toBe('https://news.example.com/feed.json');
});

test('invalid stored data never crashes a read', async () => {
  await fakeBrowser.storage.local.set({ settings: { language: 42, paused: true, panel: 'left' } });
  const settings = await getSettings();
  expect(settings.language).toBe('auto');
  expect(settings.paused).toBe(true);
  expect(settings.panel).toEqual({ position: 'right', compact: false });
});

test('watchSettings reports changes made elsewhere, already validated', async () => {
  const seen = vi.fn();
  const unwatch = watchSettings(seen);
  await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), paused: true, language: 'xx' } });
  expect(seen).toHaveBeenCalledTimes(1);
  expect(seen.mock.calls[0]?.[0]).toMatchObject({ paused: true, language: 'auto' });
  unwatch();
  await updateSettings({ paused: false });
  expect(seen).toHaveBeenCalledTimes(1);
});

test('resetSettings restores the defaults', async () => {
  await updateSettings({ paused: true, onboardingDone: true });
  expect(await resetSettings()).toEqual(defaultSettings());
  expect(await getSettings()).toEqual(defaultSettings());
});

test('v1 settings stored by an older version are migrated to v2', async () => {
  await fakeBrowser.storage.local.set({
    settings: { language: 'browser', quietHours: '22:00-06:00', onboardingDone: true },
    settings$: { v: 1 },
  });
  await settingsItem.migrate();
  const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
  expect(stored.settings$).toEqual({ v: 2 });
  expect(await getSettings()).toMatchObject({
    language: 'auto',
    onboardingDone: true,
    quietHours: { enabled: true, start: '22:00', end: '06:00' },
  });
});

test('a value with no version mark is read as v1 and survives migration unchanged if already v2', async () => {
  const v2 = { ...defaultSettings(), language: 'fr' };
  await fakeBrowser.storage.local.set({ settings: v2 });
  await settingsItem.migrate();
  expect(await getSettings()).toEqual(v2);
});
