import { fakeBrowser } from 'wxt/testing/fake-browser';
import managedSchema from '../../public/managed-schema.json';
import { POLICY_FIELDS, mergePolicies } from '../../utils/policy';
import {
  clearImportedPolicy,
  importPolicyFile,
  loadPolicy,
  readManagedPolicy,
  watchPolicy,
} from '../../utils/browser/policy-source';
import { effectiveSettings } from '../../utils/settings/effective-settings';
import { CHECK_CATEGORIES, SettingsSchema } from '../../utils/settings';

// TODO [2026-11-27]: remove when wxt/browser's test alias stops importing wxt/testing (which
// loads esbuild, broken under jsdom). Same object the plugin stubs as the global `browser`.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('loadPolicy', () => {
  test('defaults when there is neither a managed nor an imported policy', async () => {
    const merged = await loadPolicy();
    expect(merged.policy.codenames).toEqual([]);
    expect(merged.sources.feedUrl).toBe('default');
  });

  test('reads browser.storage.managed', async () => {
    await fakeBrowser.storage.managed.set({ feedUrl: 'https://news.example.com/feed.json', codenames: ['Falcon'] });
    const merged = await loadPolicy();
    expect(merged.policy.feedUrl).toBe('https://news.example.com/feed.json');
    expect(merged.sources).toMatchObject({ feedUrl: 'managed', codenames: 'managed' });
  });

  test('a browser that throws on managed storage (Firefox without policy) reads as none', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    expect(await readManagedPolicy()).toEqual({});
    expect((await loadPolicy()).sources.codenames).toBe('default');
  });

  test('managed beats imported, field by field', async () => {
    await importPolicyFile(JSON.stringify({ feedUrl: 'https://mine.example/f.xml', clientNames: ['Acme'] }));
    const merged = await loadPolicy({ readManaged: async () => ({ feedUrl: 'https://corp.example/f.xml' }) });
    expect(merged.policy.feedUrl).toBe('https://corp.example/f.xml');
    expect(merged.sources).toMatchObject({ feedUrl: 'managed', clientNames: 'imported' });
    expect(merged.policy.clientNames).toEqual(['Acme']);
  });
});

describe('importPolicyFile', () => {
  test('stores a valid file as the imported policy', async () => {
    const result = await importPolicyFile(JSON.stringify({ codenames: ['Falcon'], salt: 's' }), 'policy.json');
    expect(result.ok).toBe(true);
    expect((await loadPolicy()).policy).toMatchObject({ codenames: ['Falcon'], hashSalt: 's' });
  });

  test('an invalid file returns the error with its path and keeps the previous policy', async () => {
    await importPolicyFile(JSON.stringify({ codenames: ['Falcon'] }));
    const result = await importPolicyFile(JSON.stringify({ codenames: ['Eagle', 42] }));
    expect(result).toEqual({ ok: false, error: expect.stringContaining('codenames.1') });
    expect((await loadPolicy()).policy.codenames).toEqual(['Falcon']);
  });

  test('text that is not JSON is refused', async () => {
    const result = await importPolicyFile('{ nope');
    expect(result.ok).toBe(false);
  });

  test('clearImportedPolicy goes back to defaults', async () => {
    await importPolicyFile(JSON.stringify({ codenames: ['Falcon'] }));
    await clearImportedPolicy();
    expect((await loadPolicy()).policy.codenames).toEqual([]);
  });
});

test('watchPolicy reports a new import and managed changes until stopped', async () => {
  const seen = vi.fn();
  const unwatch = watchPolicy(seen);
  await importPolicyFile(JSON.stringify({ codenames: ['Falcon'] }));
  await flush();
  expect(seen).toHaveBeenCalledTimes(1);
  expect(seen.mock.calls[0]?.[0].policy.codenames).toEqual(['Falcon']);
  await fakeBrowser.storage.managed.set({ disclosure: 'I work at Example' });
  await flush();
  expect(seen).toHaveBeenCalledTimes(2);
  unwatch();
  await clearImportedPolicy();
  await flush();
  expect(seen).toHaveBeenCalledTimes(2);
});

describe('effectiveSettings', () => {
  const settings = SettingsSchema.parse({
    feedUrl: 'https://mine.example/feed.json',
    checks: { caps: { enabled: false }, email: { severity: 'low' }, hashtags: { enabled: true } },
  });

  test('without a company policy the person decides everything', () => {
    const effective = effectiveSettings(settings, mergePolicies([]));
    expect(effective.feedUrl).toBe('https://mine.example/feed.json');
    expect(effective.feedUrlSource).toBe('user');
    expect(effective.locked.feedUrl).toBe(false);
    expect(effective.checks.caps).toEqual({ enabled: false, severity: undefined });
    expect(effective.checks.email).toEqual({ enabled: true, severity: 'low' });
    expect(CHECK_CATEGORIES.every((category) => !effective.locked.checks[category])).toBe(true);
  });

  test('a managed value beats the person and is locked', () => {
    const merged = mergePolicies([
      { source: 'managed', value: { feedUrl: 'https://corp.example/feed.xml', severities: { email: 'high', caps: 'medium', hashtags: 'off' } } },
    ]);
    const effective = effectiveSettings(settings, merged);
    expect(effective).toMatchObject({ feedUrl: 'https://corp.example/feed.xml', feedUrlSource: 'managed' });
    expect(effective.locked.feedUrl).toBe(true);
    expect(effective.checks.email).toEqual({ enabled: true, severity: 'high' });
    expect(effective.checks.caps).toEqual({ enabled: true, severity: 'medium' });
    expect(effective.checks.hashtags).toEqual({ enabled: false, severity: undefined });
    expect(effective.locked.checks).toMatchObject({ email: true, caps: true, hashtags: true, phone: false });
  });

  test('an imported file only fills what the person left unset', () => {
    const merged = mergePolicies([
      { source: 'imported', value: { feedUrl: 'https://imported.example/f.xml', severities: { email: 'high', phone: 'medium' } } },
    ]);
    expect(effectiveSettings(settings, merged)).toMatchObject({ feedUrl: 'https://mine.example/feed.json', feedUrlSource: 'user' });
    const withoutOwnFeed = effectiveSettings(SettingsSchema.parse({}), merged);
    expect(withoutOwnFeed).toMatchObject({ feedUrl: 'https://imported.example/f.xml', feedUrlSource: 'imported' });
    const effective = effectiveSettings(settings, merged);
    expect(effective.checks.email).toEqual({ enabled: true, severity: 'low' });
    expect(effective.checks.phone).toEqual({ enabled: true, severity: 'medium' });
    expect(effective.locked.checks.email).toBe(false);
  });
});

test('the managed storage schema declares every policy field and every category severity', () => {
  const properties = managedSchema.properties as Record<string, { type: string; properties?: Record<string, unknown> }>;
  expect(managedSchema.type).toBe('object');
  for (const field of Object.keys(POLICY_FIELDS)) expect(properties[field], field).toBeDefined();
  expect(Object.keys(properties.severities?.properties ?? {}).sort()).toEqual([...CHECK_CATEGORIES].sort());
});
