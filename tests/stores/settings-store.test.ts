import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importPolicyFile } from '../../utils/browser/policy-source';
import { defaultSettings } from '../../utils/settings';
import { getSettings, settingsItem, updateSettings } from '../../utils/browser/storage';
import { resetSettingsStore, useSettingsStore, type SettingsIo } from '../../utils/stores/settings-store';

const store = () => useSettingsStore.getState();
const io = (overrides: Partial<SettingsIo> = {}): SettingsIo => ({
  requestPermission: vi.fn(async () => true),
  hasPermission: vi.fn(async () => true),
  ...overrides,
});
/** Resolves once every storage promise queued so far has settled (no timers involved). */
const settled = () => vi.waitFor(() => expect(store().draft && store().policy).toBeTruthy());

let stop: (() => void) | undefined;
beforeEach(() => resetSettingsStore());
afterEach(() => stop?.());

async function openSettings(access = io()) {
  stop = store().openSettings(access);
  await settled();
  return access;
}

describe('the settings page', () => {
  test('loads the saved settings and the policy, and names an http feed that reading dropped', async () => {
    await settingsItem.setValue({ ...defaultSettings(), language: 'fr', feedUrl: 'http://news.example.com/feed.xml' });
    await openSettings();
    expect(store().draft?.language).toBe('fr');
    expect(store().draft?.feedUrl).toBeUndefined();
    expect(store().droppedFeed).toBe('http://news.example.com/feed.xml');
  });

  test('a closed page ignores what was still loading: reopening starts clean', async () => {
    await updateSettings({ language: 'fr' });
    store().openSettings(io())();
    stop = store().openOnboarding();
    await vi.waitFor(() => expect(store().draft?.language).toBe('fr'));
    expect(store().policy).toBeUndefined();
  });

  test('closing the page drops its unsaved edits: the next visit shows nothing stale while it loads', async () => {
    await openSettings();
    store().edit({ language: 'fr' });
    stop?.();
    expect(store()).toMatchObject({ draft: undefined, policy: undefined, edited: false, session: 0 });
  });

  test('a refused save keeps every value, shows the errors and counts the attempt; nothing is stored', async () => {
    await openSettings();
    store().edit({ feedUrl: 'ftp://news.example.com/feed.xml' });
    await store().save();
    await store().save();
    expect(store()).toMatchObject({ errors: { feedUrl: 'set_err_feed_url' }, status: { outcome: 'invalid' }, invalidAttempts: 2 });
    expect(store().draft?.feedUrl).toBe('ftp://news.example.com/feed.xml');
    expect((await getSettings()).feedUrl).toBeUndefined();
  });

  test('Save asks for the feed’s access before anything else is awaited (the click’s user gesture)', async () => {
    const access = await openSettings();
    store().edit({ feedUrl: 'https://news.example.com/feed.xml' });
    const saving = store().save();
    expect(access.requestPermission).toHaveBeenCalledWith(['https://news.example.com/*']);
    await saving;
    expect(store().status).toEqual({ outcome: 'saved' });
    expect(store().savedCount).toBe(1);
    expect((await getSettings()).feedUrl).toBe('https://news.example.com/feed.xml');
  });

  test('a refused access warns and saves anyway, so saving again asks again', async () => {
    await openSettings(io({ requestPermission: async () => false }));
    store().edit({ feedUrl: 'https://news.example.com/feed.xml' });
    await store().save();
    expect(store().status).toEqual({ outcome: 'feedDenied', host: 'news.example.com' });
    expect((await getSettings()).feedUrl).toBe('https://news.example.com/feed.xml');
  });

  test('saving never overwrites the pause switched elsewhere meanwhile', async () => {
    await openSettings();
    store().edit({ language: 'en' });
    await settingsItem.setValue({ ...(await getSettings()), paused: true }); // e.g. paused from the popup
    await vi.waitFor(() => expect(store().draft?.paused).toBe(true));
    await store().save();
    expect(await getSettings()).toMatchObject({ paused: true, language: 'en' });
  });

  test('the pause switch is written at once, without the form', async () => {
    await openSettings();
    store().edit({ language: 'fr' });
    await store().setPaused(true);
    expect(await getSettings()).toMatchObject({ paused: true, language: 'auto' });
  });

  test('a policy file: refused with its problems, or imported and then removed', async () => {
    await openSettings();
    await store().importPolicy(JSON.stringify({ codenames: ['Eagle', 42] }), 'bad.json');
    expect(store().policyStatus).toMatchObject({ outcome: 'invalid', detail: expect.stringContaining('codenames.1') });
    await store().importPolicy(JSON.stringify({ clientNames: ['Acme'] }), 'good.json');
    expect(store().policyStatus).toEqual({ outcome: 'imported' });
    expect(store().policy?.policy.clientNames).toEqual(['Acme']);
    expect(store().imported?.fileName).toBe('good.json');
    await store().removePolicy();
    expect(store()).toMatchObject({ imported: null, policyStatus: undefined });
    expect(store().policy?.policy.clientNames).toEqual([]);
  });

  test('a company-set feed without access can be allowed from a click', async () => {
    const access = await openSettings(io({ readManaged: async () => ({ feedUrl: 'https://corp.example/news.xml' }), hasPermission: async () => false }));
    await store().checkPolicyFeedAccess('https://corp.example');
    expect(store().policyFeedAccess).toBe('missing');
    await store().allowPolicyFeed();
    expect(access.requestPermission).toHaveBeenCalledWith(['https://corp.example/*']);
    expect(store()).toMatchObject({ policyFeedAccess: 'granted', status: { outcome: 'feedAllowed' }, savedCount: 1 });
  });

  test('an access answer for a feed the company no longer sets is dropped', async () => {
    await importPolicyFile(JSON.stringify({ feedUrl: 'https://file.example/news.xml' }), 'mine.json');
    await openSettings(io({ hasPermission: async () => false }));
    store().edit({ feedUrl: 'https://mine.example/feed.xml' }); // the person's own address now wins
    await store().checkPolicyFeedAccess('https://file.example');
    expect(store().policyFeedAccess).toBe('unknown');
  });
});

describe('onboarding', () => {
  test('starts from the defaults, then from the saved choices', async () => {
    await updateSettings({ goals: ['employability'] });
    stop = store().openOnboarding();
    expect(store().draft?.goals).toEqual(defaultSettings().goals);
    await vi.waitFor(() => expect(store().draft?.goals).toEqual(['employability']));
  });

  test('what the person chose while the saved choices were loading is kept', async () => {
    await updateSettings({ goals: ['employability'] });
    stop = store().openOnboarding();
    store().edit({ goals: ['belonging'] });
    await store().finishOnboarding(false);
    expect(store().draft?.goals).toEqual(['belonging']);
    expect((await getSettings()).goals).toEqual(['belonging']);
  });

  test('the hours step says why it cannot be left; finishing with bad hours saves nothing, skipping saves the rest', async () => {
    stop = store().openOnboarding();
    store().edit({ goals: ['business'], quietHours: { ...defaultSettings().quietHours, enabled: true, days: [] } });
    expect(store().checkQuietHours()).toBe(false);
    expect(store().errors).toEqual({ 'quietHours.days': 'set_err_days' });
    expect(await store().finishOnboarding(true)).toBe(false);
    expect((await getSettings()).onboardingDone).toBe(false);
    expect(await store().finishOnboarding(false)).toBe(true);
    expect(await getSettings()).toMatchObject({ onboardingDone: true, goals: ['business'], quietHours: { enabled: false } });
  });

  test('a failed save says so and lets the person try again', async () => {
    stop = store().openOnboarding();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    expect(await store().finishOnboarding(true)).toBe(false);
    expect(store()).toMatchObject({ saving: false, status: { outcome: 'saveFailed' } });
    expect(await store().finishOnboarding(true)).toBe(true);
    expect(store().status).toBeUndefined();
  });
});
