import Dexie from 'dexie';
import { createDb, DB_VERSION, reloadOnVersionChange, SCHEMA_V1, SCHEMA_V2 } from '../../utils/db';
import { DraftSchema, ReachEntrySchema } from '../../utils/db/records';
import { dropDb } from './helpers';

// Every schema version must open data left by every earlier version; add a block per new version.
describe('migrations', () => {
  test('v1 data survives the upgrade to the current version and gains the v2 fields', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('feedItems').add({
      id: 'item-1',
      title: 'New plant',
      url: 'https://news.example.com/plant',
      summary: 'We open a plant',
      published: '2026-01-02T10:00:00Z',
      tags: ['industry'],
      source: 'https://news.example.com/feed.json',
      fetchedAt: 5,
    });
    await v1.table('drafts').bulkAdd([
      { id: 'd-published', platform: 'linkedin', composerKind: 'post', url: 'https://www.linkedin.com/feed/', text: 'Shared it', createdAt: 1, updatedAt: 2 },
      { id: 'd-open', platform: 'x', composerKind: 'reply', url: '', text: 'Still writing #draft', createdAt: 3, updatedAt: 4, dismissedFindings: ['fold'] },
    ]);
    await v1.table('reachLog').bulkAdd([
      { draftId: 'd-published', platform: 'linkedin', publishedAt: 10, text: 'Shared it #GreenTech 🌱 #greentech', kind: 'company', metrics: { impressions: 120, reactions: 8, comments: 1, reposts: 0, colleagueShare: 0.5 }, metricsUpdatedAt: 11 },
      { platform: 'x', publishedAt: 20, text: 'Own thoughts', kind: 'own' },
    ]);
    v1.close();

    const current = createDb(name);
    await current.open();
    expect(current.verno).toBe(DB_VERSION);

    const drafts = await current.drafts.orderBy('id').toArray();
    drafts.forEach((draft) => DraftSchema.parse(draft));
    expect(drafts.map((draft) => [draft.id, draft.status, draft.dismissedFindings])).toEqual([
      ['d-open', 'open', ['fold']],
      ['d-published', 'published', []],
    ]);

    const log = await current.reachLog.orderBy('publishedAt').toArray();
    log.forEach((entry) => ReachEntrySchema.parse(entry));
    expect(log[0]).toMatchObject({
      id: 1,
      hashtags: ['GreenTech'],
      personalVoice: null,
      length: [...'Shared it #GreenTech 🌱 #greentech'].length,
      metrics: { impressions: 120, colleagueShare: 0.5 },
    });
    expect(log[1]).toMatchObject({ hashtags: [], personalVoice: null, length: 12 });

    expect(await current.feedItems.get('item-1')).toMatchObject({ title: 'New plant' });
    expect(await current.feedState.count()).toBe(0);
    // The new compound index works on migrated rows.
    expect(await current.drafts.where('[platform+status]').equals(['x', 'open']).count()).toBe(1);
    await dropDb(current);
  });

  test('a fresh database opens at the current version', async () => {
    const database = createDb(`fresh-${crypto.randomUUID()}`);
    await database.open();
    expect(database.verno).toBe(DB_VERSION);
    expect(database.tables.map((table) => table.name).sort()).toEqual(['drafts', 'feedItems', 'feedState', 'reachLog']);
    await dropDb(database);
  });
});

test('an open page closes and reloads when a newer version upgrades the database', async () => {
  const name = `versionchange-${crypto.randomUUID()}`;
  const page = createDb(name);
  await page.open();
  const reload = vi.fn();
  reloadOnVersionChange(page, reload);
  const newer = new Dexie(name);
  newer.version(DB_VERSION + 1).stores({ ...SCHEMA_V2 });
  // Would stay blocked if the page kept its connection open.
  await newer.open();
  expect(reload).toHaveBeenCalledOnce();
  expect(page.isOpen()).toBe(false);
  newer.close();
  await Dexie.delete(name);
});
