import { z } from 'zod';
import type { PorteVoixDb } from '../../utils/db';
import { deleteAllData, exportAll, importAll, parseImport, previewImport, storageCounts, type ExportData } from '../../utils/db/data';
import { listDrafts, saveDraft } from '../../utils/db/drafts';
import { replaceFeedItems } from '../../utils/db/feed';
import { listReachLog, recordPublish, updateMetrics } from '../../utils/db/reach-log';
import { defaultSettings } from '../../utils/settings';
import { draftInput, dropDb, entryInput, freshDb } from './helpers';

let database: PorteVoixDb;
beforeEach(() => {
  database = freshDb();
});
afterEach(async () => {
  await dropDb(database);
});

async function seed(): Promise<void> {
  await saveDraft(draftInput({ id: 'd1', text: 'first', updatedAt: 10 }), database);
  await saveDraft(draftInput({ id: 'd2', platform: 'x', text: 'second', updatedAt: 20 }), database);
  const id = await recordPublish(entryInput({ draftId: 'd1', publishedAt: 100 }), database);
  await updateMetrics(id, { impressions: 500, reactions: 10, comments: 2, reposts: 1, colleagueShare: 0.4 }, database);
  await recordPublish(entryInput({ platform: 'x', publishedAt: 200, text: 'own take', kind: 'own' }), database);
  await replaceFeedItems('https://news.example.com/feed.json', [
    { id: 'i', title: 't', url: '', summary: '', tags: [], source: 'https://news.example.com/feed.json' },
  ], database);
}

test('export → JSON → delete all → import restores the same data', async () => {
  await seed();
  const exported = await exportAll({ paused: true, theme: 'dark' }, database, new Date('2026-11-27T12:00:00Z'));
  // The settings are read as the settings storage reads them: an unknown key is not exported.
  expect(exported).toMatchObject({ format: 'porte-voix-export', version: 1, exportedAt: '2026-11-27T12:00:00.000Z', settings: { ...defaultSettings(), paused: true } });
  const file = JSON.parse(JSON.stringify(exported)) as unknown;

  const drafts = await listDrafts({}, database);
  const log = await listReachLog(database);
  await deleteAllData(database);
  expect(await storageCounts(database)).toEqual({ drafts: 0, reachLog: 0, feedItems: 0, feedState: 0 });

  const parsed = parseImport(file);
  if (!parsed.ok) throw new Error(parsed.error);
  const summary = await importAll(parsed.data, { mode: 'replace' }, database);
  expect(summary).toMatchObject({ drafts: { added: 2 }, reachLog: { added: 2 }, hasSettings: true });
  expect(await listDrafts({}, database)).toEqual(drafts);
  expect(await listReachLog(database)).toEqual(log);
});

test('merge adds what is new, takes newer drafts and newer numbers, and skips the rest', async () => {
  await seed();
  const file = await exportAll(undefined, database);
  expect(file).not.toHaveProperty('settings');
  const [logged] = file.reachLog.filter((entry) => entry.metrics);
  const incoming: ExportData = {
    ...file,
    drafts: [
      { ...file.drafts.find((draft) => draft.id === 'd2')!, text: 'second, edited elsewhere', updatedAt: 999_999_999_999 },
      { ...file.drafts.find((draft) => draft.id === 'd1')!, text: 'stale', updatedAt: 0 },
      { ...file.drafts[0]!, id: 'd3', text: 'from the laptop' },
    ],
    reachLog: [
      // Same post, newer numbers: taken. Ids differ across devices and do not matter.
      { ...logged!, id: 77, metrics: { ...logged!.metrics!, impressions: 900 }, metricsUpdatedAt: logged!.metricsUpdatedAt! + 1 },
      { ...logged!, id: 78, publishedAt: 300, text: 'a post from the other device' },
      { ...logged!, id: 79, publishedAt: 300, text: 'a post from the other device' },
    ],
  };
  const preview = await previewImport(incoming, 'merge', database);
  expect(preview).toEqual({
    mode: 'merge',
    drafts: { added: 1, updated: 1, unchanged: 1 },
    reachLog: { added: 1, updated: 1, unchanged: 1 },
    removed: { drafts: 0, reachLog: 0 },
    hasSettings: false,
    settingsChanges: [],
  });
  expect(await importAll(incoming, { mode: 'merge' }, database)).toEqual(preview);

  const drafts = await listDrafts({}, database);
  expect(drafts.map((draft) => [draft.id, draft.text]).sort()).toEqual([
    ['d1', 'first'],
    ['d2', 'second, edited elsewhere'],
    ['d3', 'from the laptop'],
  ]);
  const log = await listReachLog(database);
  expect(log.map((entry) => [entry.publishedAt, entry.metrics?.impressions])).toEqual([
    [300, 500],
    [200, undefined],
    [100, 900],
  ]);
  expect(new Set(log.map((entry) => entry.id)).size).toBe(3);
});

test('replace preview counts what will be removed', async () => {
  await seed();
  const file = await exportAll(undefined, database);
  const preview = await previewImport({ ...file, drafts: [], reachLog: file.reachLog.slice(0, 1) }, 'replace', database);
  expect(preview.removed).toEqual({ drafts: 2, reachLog: 1 });
});

test('importAll is all or nothing', async () => {
  await seed();
  const file = await exportAll(undefined, database);
  vi.spyOn(database.reachLog, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
  await expect(importAll({ ...file, drafts: [] }, { mode: 'replace' }, database)).rejects.toMatchObject({ kind: 'quota' });
  expect((await storageCounts(database)).drafts).toBe(2);
});

describe('parseImport', () => {
  const valid = { format: 'porte-voix-export', version: 1, exportedAt: '2026-11-27T12:00:00.000Z', drafts: [], reachLog: [] };

  test('accepts a valid file; its settings are read with the settings schema (issue 10)', () => {
    expect(parseImport({ ...valid, settings: { paused: true } })).toEqual({ ok: true, data: { ...valid, settings: { ...defaultSettings(), paused: true } } });
    const bad = parseImport({ ...valid, settings: { paused: 'yes', checks: { email: { enabled: 0 } } } });
    expect(bad.ok || bad.issues.map((issue) => issue.path)).toEqual(['settings.checks.email.enabled', 'settings.paused']);
  });

  test('an imported log entry with more hashtags than a row holds keeps what fits, never drops the post (issue 10)', () => {
    const hashtags = Array.from({ length: 600 }, (_, index) => `tag${index}`);
    const entry = { id: 1, platform: 'linkedin', publishedAt: 1, text: 'many tags', hashtags, personalVoice: null, length: 9, kind: 'own' };
    const result = parseImport({ ...valid, reachLog: [entry] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.reachLog[0]?.hashtags).toEqual(hashtags.slice(0, 500));
  });

  test('reports readable paths', () => {
    const result = parseImport({
      ...valid,
      reachLog: [
        { id: 1, platform: 'linkedin', publishedAt: 1, text: '', hashtags: [], personalVoice: null, length: 0, kind: 'own', metrics: { impressions: -5, reactions: 0, comments: 0, reposts: 0 } },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.path).toBe('reachLog[0].metrics.impressions');
    expect(result.error).toMatch(/^reachLog\[0\]\.metrics\.impressions: /);
  });

  test.each([
    [null, ''],
    [{ ...valid, format: 'other' }, 'format'],
    [{ ...valid, version: 2 }, 'version'],
    [{ ...valid, drafts: [{ id: 'x' }] }, 'drafts[0].platform'],
  ])('rejects %j at %j', (json, path) => {
    const result = parseImport(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe(path);
  });

  test('checks settings with the schema given', () => {
    const settingsSchema = z.object({ locale: z.enum(['en', 'fr']) });
    expect(parseImport({ ...valid, settings: { locale: 'fr' } }, settingsSchema).ok).toBe(true);
    const bad = parseImport({ ...valid, settings: { locale: 'de' } }, settingsSchema);
    expect(bad.ok || bad.issues[0]?.path).toBe('settings.locale');
  });
});
