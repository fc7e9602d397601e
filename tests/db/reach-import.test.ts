import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PorteVoixDb } from '../../utils/db';
import { StaleImportError } from '../../utils/db/errors';
import { applyExportImport, previewExportImport, undoExportImport } from '../../utils/db/reach-import';
import { listReachLog, recordPublish, updateMetrics } from '../../utils/db/reach-log';
import { ReachEntrySchema } from '../../utils/db/records';
import { reachLogToCsv } from '../../utils/db/csv';
import { parseExportFile } from '../../utils/reach/detect-export';
import { dropDb, freshDb } from './helpers';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/exports', name)));
function parsedFixture(name: string) {
  const parsed = parseExportFile(fixture(name));
  if (!parsed.ok) throw new Error(parsed.errorKey);
  return parsed;
}

let database: PorteVoixDb;
beforeEach(() => {
  database = freshDb();
});
afterEach(async () => {
  await dropDb(database);
});

test('Shares.csv becomes the log history, without numbers; Undo takes it all back', async () => {
  const before = await recordPublish({ platform: 'linkedin', publishedAt: Date.UTC(2026, 9, 2, 8, 16), text: 'Proud of what the team shipped this quarter. Three lessons, in my own words: "ship small", listen, measure. #engineering', kind: 'own' }, database);
  const { plan, snapshot } = await previewExportImport(parsedFixture('Shares.csv'), database);
  expect([plan.matched.length, plan.added.length, plan.unchanged.length, plan.rejected.length]).toEqual([1, 2, 0, 1]);

  const undo = await applyExportImport(plan, snapshot, database, 5_000);
  const rows = await listReachLog(database);
  expect(rows).toHaveLength(3);
  for (const row of rows) expect(ReachEntrySchema.safeParse(row).success).toBe(true);
  expect(rows.every((row) => row.metrics === undefined)).toBe(true);
  const matched = rows.find((row) => row.id === before);
  expect(matched?.postUrl).toBe('https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7380000000000000001');
  const formulaText = rows.find((row) => row.text.startsWith('=HYPERLINK'));
  expect(formulaText).toMatchObject({ platform: 'linkedin', kind: 'own', personalVoice: null, hashtags: [] });

  await undoExportImport(undo, database);
  const after = await listReachLog(database);
  expect(after).toHaveLength(1);
  expect(after[0]?.postUrl).toBeUndefined();
});

test('X numbers fill a logged post and Undo restores exactly the previous row', async () => {
  const id = await recordPublish({ platform: 'x', publishedAt: new Date(2026, 10, 5, 9, 14).getTime(), text: 'Shipping small beats shipping big. Here is why, in three posts', kind: 'own' }, database);
  await updateMetrics(id, { impressions: 1000, reactions: 20, comments: 3, reposts: 4, colleagueShare: 0.25 }, database);
  const previous = (await listReachLog(database))[0];

  const { plan, snapshot } = await previewExportImport(parsedFixture('x-account-analytics-content.csv'), database);
  expect(plan.matched.map((row) => row.entryId)).toEqual([id]);
  await applyExportImport(plan, snapshot, database, 7_000).then(async (undo) => {
    const updated = (await listReachLog(database)).find((row) => row.id === id);
    // The file's counts over the row's own; what the file does not know (colleague share) stays.
    expect(updated?.metrics).toEqual({ impressions: 1234, reactions: 31, comments: 6, reposts: 5, engagements: 77, colleagueShare: 0.25 });
    expect(updated?.metricsUpdatedAt).toBe(7_000);
    expect(updated?.postUrl).toBe('https://x.com/ambassador/status/1990000000000000001');
    await undoExportImport(undo, database);
  });
  const rows = await listReachLog(database);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toEqual(previous);
});

test('a row changed after the preview stops the whole import', async () => {
  const id = await recordPublish({ platform: 'x', publishedAt: new Date(2026, 10, 5, 9, 14).getTime(), text: 'Shipping small beats shipping big. Here is why, in three posts', kind: 'own' }, database);
  const { plan, snapshot } = await previewExportImport(parsedFixture('x-account-analytics-content.csv'), database);
  await updateMetrics(id, { impressions: 1, reactions: 1, comments: 1, reposts: 1 }, database);
  await expect(applyExportImport(plan, snapshot, database)).rejects.toBeInstanceOf(StaleImportError);
  const rows = await listReachLog(database);
  expect(rows).toHaveLength(1);
  expect(rows[0]?.metrics).toEqual({ impressions: 1, reactions: 1, comments: 1, reposts: 1 });
});

test('the LinkedIn analytics workbook adds its posts with the counts it has, and the reach chart counts them', async () => {
  const { plan, snapshot } = await previewExportImport(parsedFixture('linkedin-creator-analytics.xlsx'), database);
  expect(plan.added).toHaveLength(3);
  await applyExportImport(plan, snapshot, database, 9_000);
  const rows = await listReachLog(database);
  expect(rows.map((row) => row.metrics)).toEqual([{ impressions: 3321, engagements: 101 }, { impressions: 800 }, { impressions: 1200, engagements: 40 }]);
});

test('a Shares.csv post that shared a company news page counts as company content', async () => {
  await database.feedItems.put({ id: 'report-2026', title: 'Our 2026 report', url: 'https://example.com/report', summary: '', tags: [], source: 'https://example.com/feed.json', fetchedAt: 1 });
  const { plan, snapshot } = await previewExportImport(parsedFixture('Shares.csv'), database);
  expect(plan.added.map((post) => post.linkedItemId)).toEqual([undefined, 'report-2026', undefined]);
  await applyExportImport(plan, snapshot, database);
  const shared = (await listReachLog(database)).find((row) => row.linkedItemId === 'report-2026');
  expect(shared).toMatchObject({ kind: 'company', personalVoice: null, text: 'Our new report is out: https://example.com/report' });
});

test('numbers typed by hand after an import keep the imported engagements; the exported CSV neutralises formula text', async () => {
  const { plan, snapshot } = await previewExportImport(parsedFixture('linkedin-creator-analytics.xlsx'), database);
  await applyExportImport(plan, snapshot, database);
  const row = (await listReachLog(database)).find((entry) => entry.metrics?.engagements === 101);
  await updateMetrics(row?.id as number, { impressions: 3400, reactions: 80, comments: 15, reposts: 6 }, database);
  expect((await listReachLog(database)).find((entry) => entry.id === row?.id)?.metrics).toEqual({ impressions: 3400, reactions: 80, comments: 15, reposts: 6, engagements: 101 });

  const shares = await previewExportImport(parsedFixture('Shares.csv'), database);
  await applyExportImport(shares.plan, shares.snapshot, database);
  const csv = reachLogToCsv(await listReachLog(database));
  expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""click"") is how spreadsheets get tricked; this line stays plain text."`);
});
