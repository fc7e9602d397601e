// The dashboard (options.html#/reach, #/drafts, #/data) against the real IndexedDB in Chromium:
// a post published from a composer shows up in the log, reach numbers typed by hand (validated, with undo),
// drafts search and delete, export → delete all → import gives back the same rows, and a seeded
// half-year history draws charts and both advice sentences (screenshots in light and dark mode).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Platform } from '../../utils/platform';
import { ARTIFACTS_DIR, SEL, URLS, type Harness } from './harness';
import { readTable, withExtension, waitFor } from './helpers';
import { writeTablesInPage } from './in-extension-page';

const ext = withExtension();
const { open } = ext;
let h: Harness;
beforeAll(() => {
  h = ext.h;
});
async function openDashboard(route: 'reach' | 'drafts' | 'data') {
  const page = await ext.openExtensionPage(`options.html#/${route}`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  return page;
}

type Metrics = { impressions: number; reactions: number; comments: number; reposts: number; colleagueShare?: number };
type LogRow = { id: number; platform: Platform; publishedAt: number; text: string; hashtags: string[]; kind: string; metrics?: Metrics };
type DraftRow = { id: string; text: string; status: string; platform: string };

/** Empties the log and the drafts straight in IndexedDB (no Dexie), from an extension page that already opened the database. */
async function clearTables(page: Page) {
  await page.evaluate(writeTablesInPage, { clear: ['drafts', 'reachLog'] });
}

/** Adds rows to the log straight in IndexedDB (auto-incremented ids). */
async function addLogRows(page: Page, rows: Omit<LogRow, 'id'>[]) {
  await page.evaluate(writeTablesInPage, { add: { reachLog: rows } });
}

/** Saves drafts the way a composer does: through the background (which validates and uses Dexie). */
async function saveDrafts(page: Page, drafts: { id: string; platform: Platform; text: string; updatedAt: number }[]) {
  for (const draft of drafts) {
    const reply = await page.evaluate(
      (d) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
          type: 'draft:save',
          draft: { ...d, composerKind: 'post', url: d.platform === 'x' ? 'https://x.com/home' : 'https://www.linkedin.com/feed/' },
        }) as Promise<{ ok: boolean }>,
      draft,
    );
    expect(reply.ok).toBe(true);
  }
}

const byId = <T extends { id: string | number }>(rows: T[]) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

test('a post published from the X composer appears in the open dashboard without reload', async () => {
  const dashboard = await openDashboard('reach');
  await clearTables(dashboard);
  await dashboard.reload();
  await dashboard.getByRole('heading', { name: 'Your log is empty for now' }).waitFor();

  const text = `Our new field office opens in Lyon #hiring #lyon ${Date.now()}`;
  const x = await open(URLS.xHome);
  await x.locator(SEL.xHomeEditor).click();
  await x.keyboard.type(text);
  await x.click(SEL.xInlineButton);
  const rows = await waitFor(() => readTable<LogRow>(h, 'reachLog'), (r) => r.some((row) => row.text === text), 10_000);
  const row = rows.find((r) => r.text === text)!;
  expect(row).toMatchObject({ platform: 'x', kind: 'own', hashtags: ['hiring', 'lyon'] });
  expect(row.metrics).toBeUndefined();

  // Live query: the page that was already open shows it (Dexie propagates the service worker's write).
  await dashboard.bringToFront();
  const card = dashboard.getByRole('listitem').filter({ hasText: text });
  await card.waitFor({ timeout: 10_000 });
  await expect.poll(() => card.innerText()).toContain('No reach numbers yet.');
  await expect.poll(() => dashboard.getByRole('heading', { name: 'Your log is empty for now' }).count()).toBe(0);

  // And a freshly opened dashboard shows it too.
  const fresh = await openDashboard('reach');
  await fresh.getByRole('listitem').filter({ hasText: text }).waitFor();
});

test('reach numbers typed by hand: a negative number is refused and saves nothing; a save can be undone', async () => {
  const dashboard = await openDashboard('reach');
  await clearTables(dashboard);
  await addLogRows(dashboard, [
    { platform: 'linkedin', publishedAt: Date.now() - 3_600_000, text: 'Proud of the team shipping the new app', hashtags: [], kind: 'own' } as Omit<LogRow, 'id'>,
  ]);
  await dashboard.reload();
  const card = dashboard.getByRole('listitem').filter({ hasText: 'Proud of the team shipping the new app' });
  await card.waitFor();
  await card.getByRole('button', { name: 'Enter reach numbers' }).click();

  const form = card.getByRole('form', { name: 'Reach numbers' });
  await form.getByLabel('Impressions', { exact: true }).fill('-5');
  await form.getByLabel('Reactions', { exact: true }).fill('12');
  await form.getByLabel('Comments', { exact: true }).fill('3');
  await form.getByLabel('Reposts', { exact: true }).fill('1');
  await form.getByRole('button', { name: 'Save numbers' }).click();
  await expect.poll(() => form.getByText('Enter a whole number, 0 or more, without decimals.').isVisible()).toBe(true);
  expect(await form.getByLabel('Impressions', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  // The invalid field gets the focus.
  expect(await form.getByLabel('Impressions', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
  await dashboard.waitForTimeout(300);
  expect((await readTable<LogRow>(h, 'reachLog'))[0]!.metrics).toBeUndefined();

  await form.getByLabel('Impressions', { exact: true }).fill('1234');
  await form.getByLabel('Reactions from colleagues (%)').fill('72.5');
  await form.getByRole('button', { name: 'Save numbers' }).click();
  await card.getByText('Reach numbers saved.').waitFor();
  await expect.poll(() => card.innerText()).toContain('1,234 impressions · 12 reactions · 3 comments · 1 reposts');
  await expect.poll(() => card.innerText()).toContain('72.5% from colleagues');
  const saved = await waitFor(() => readTable<LogRow>(h, 'reachLog'), (r) => r[0]?.metrics !== undefined);
  expect(saved[0]!.metrics).toEqual({ impressions: 1234, reactions: 12, comments: 3, reposts: 1, colleagueShare: 0.725 });

  await card.getByRole('button', { name: 'Undo' }).click();
  await card.getByText('Previous numbers restored.').waitFor();
  await expect.poll(() => card.innerText()).toContain('No reach numbers yet.');
  const undone = await waitFor(() => readTable<LogRow>(h, 'reachLog'), (r) => r[0]?.metrics === undefined);
  expect(undone[0]!.metrics).toBeUndefined();
});

test('drafts: search narrows the list, delete removes the row and Undo brings it back', async () => {
  const dashboard = await openDashboard('drafts');
  await clearTables(dashboard);
  const now = Date.now();
  await saveDrafts(dashboard, [
    { id: 'd-q3', platform: 'linkedin', text: 'Thoughts on our quarterly results and what they mean for clients', updatedAt: now - 3000 },
    { id: 'd-lyon', platform: 'x', text: 'The Lyon office is hiring designers', updatedAt: now - 2000 },
    { id: 'd-conf', platform: 'linkedin', text: 'Notes from the accessibility conference', updatedAt: now - 1000 },
  ]);
  await dashboard.reload();
  const list = dashboard.getByRole('list', { name: /^Drafts \(\d+\)$/ });
  await expect.poll(() => list.getByRole('listitem').count()).toBe(3);

  const search = dashboard.getByRole('searchbox', { name: 'Search drafts' });
  await search.fill('lyon');
  await expect.poll(() => list.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('The Lyon office is hiring designers')]);
  await search.fill('nothing like this');
  await dashboard.getByText('No draft matches your search.').waitFor();
  await search.fill('');
  await expect.poll(() => list.getByRole('listitem').count()).toBe(3);

  await dashboard.getByRole('button', { name: /^Delete the draft “Thoughts on our quarterly/ }).click();
  await dashboard.getByText('Draft deleted.').waitFor();
  await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
  await expect.poll(async () => byId(await readTable<DraftRow>(h, 'drafts')).map((d) => d.id)).toEqual(['d-conf', 'd-lyon']);

  await dashboard.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => list.getByRole('listitem').count()).toBe(3);
  await expect.poll(async () => byId(await readTable<DraftRow>(h, 'drafts')).map((d) => d.id)).toEqual(['d-conf', 'd-lyon', 'd-q3']);
});

test('export, delete all (confirmed), import the file: drafts and log come back identical', async () => {
  const dashboard = await openDashboard('data');
  await clearTables(dashboard);
  const now = Date.now();
  await saveDrafts(dashboard, [
    { id: 'keep-1', platform: 'x', text: 'Draft with accents: déjà vu, naïve café ✍️', updatedAt: now - 5000 },
    { id: 'keep-2', platform: 'linkedin', text: 'Second draft\nwith two lines', updatedAt: now - 4000 },
  ]);
  await addLogRows(dashboard, [
    { platform: 'x', publishedAt: now - 86_400_000, text: 'Shipped #release', hashtags: ['release'], kind: 'own', personalVoice: true, length: 16, metrics: { impressions: 900, reactions: 40, comments: 2, reposts: 5, colleagueShare: 0.3 } } as Omit<LogRow, 'id'>,
    { platform: 'linkedin', publishedAt: now - 2 * 86_400_000, text: 'Company news', hashtags: [], kind: 'company', personalVoice: false, length: 12, linkedItemId: 'news-1' } as Omit<LogRow, 'id'>,
  ]);
  const draftsBefore = byId(await readTable<DraftRow>(h, 'drafts'));
  const logBefore = byId(await readTable<LogRow>(h, 'reachLog'));
  expect(draftsBefore).toHaveLength(2);
  expect(logBefore).toHaveLength(2);
  await dashboard.reload();
  await dashboard.getByRole('heading', { name: 'Export' }).waitFor();

  const [download] = await Promise.all([dashboard.waitForEvent('download'), dashboard.getByRole('button', { name: 'Export everything (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^porte-voix-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(ARTIFACTS_DIR, 'dashboard-export.json');
  await download.saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as { drafts: unknown[]; reachLog: unknown[] };
  expect(exported.drafts).toHaveLength(2);
  expect(exported.reachLog).toHaveLength(2);
  await dashboard.getByText('Export saved to your downloads.').waitFor();

  await dashboard.getByRole('button', { name: 'Delete all my data…' }).click();
  const confirm = dashboard.getByRole('alertdialog', { name: 'Delete everything Porte-Voix keeps?' });
  await confirm.waitFor();
  // The safe choice has the focus.
  expect(await confirm.getByRole('button', { name: 'Cancel' }).evaluate((el) => el === document.activeElement)).toBe(true);
  await confirm.getByRole('button', { name: 'Delete everything' }).click();
  await dashboard.getByText('All your Porte-Voix data was deleted from this browser.').waitFor();
  expect(await readTable(h, 'drafts')).toEqual([]);
  expect(await readTable(h, 'reachLog')).toEqual([]);

  await dashboard.locator('input[type="file"]').setInputFiles(file);
  await dashboard.getByRole('group', { name: 'Review “dashboard-export.json”' }).waitFor();
  await dashboard.getByRole('button', { name: 'Import and merge' }).click();
  await dashboard.getByText('Import finished.').waitFor();
  expect(byId(await readTable<DraftRow>(h, 'drafts'))).toEqual(draftsBefore);
  expect(byId(await readTable<LogRow>(h, 'reachLog'))).toEqual(logBefore);
});

/** Sixty posts over six months on both platforms; the ten newest are company news with a high colleague share. */
function seededHistory(now: number): Omit<LogRow, 'id'>[] {
  const day = 86_400_000;
  const tags = [['hiring'], ['ai', 'research'], ['lyon'], ['accessibility'], ['release', 'ai'], []];
  const rows: Omit<LogRow, 'id'>[] = [];
  for (let i = 0; i < 60; i++) {
    const age = i < 10 ? i * 2 + 1 : 20 + (i - 10) * 3.2; // the ten newest within three weeks, then spread to ~6 months
    const platform = i % 3 === 0 ? 'x' : 'linkedin';
    const recent = i < 10;
    const kind = recent ? (i % 2 ? 'company' : 'company_with_take') : (['own', 'company', 'company_with_take'] as const)[i % 3]!;
    const hashtags = tags[i % tags.length]!;
    const impressions = Math.round((platform === 'linkedin' ? 1800 : 700) * (1 + 0.5 * Math.sin(i / 4)) + i * 13);
    const withMetrics = recent || i % 7 !== 5; // a few older posts without numbers: gaps, not zeros
    rows.push({
      platform,
      publishedAt: Math.round(now - age * day - (i % 5) * 3_600_000),
      text: `Post ${60 - i} ${hashtags.map((t) => `#${t}`).join(' ')}`.trim(),
      hashtags,
      kind,
      ...({ personalVoice: kind !== 'company', length: 40 } as object),
      ...(withMetrics
        ? {
            metrics: {
              impressions,
              reactions: Math.round(impressions / 30),
              comments: i % 6,
              reposts: i % 4,
              colleagueShare: recent ? 0.7 + (i % 3) * 0.05 : 0.3 + (i % 4) * 0.05,
            },
          }
        : {}),
    } as Omit<LogRow, 'id'>);
  }
  return rows;
}

test('a seeded half-year history: charts, both advice sentences, light and dark screenshots', async () => {
  const dashboard = await openDashboard('reach');
  await dashboard.setViewportSize({ width: 1280, height: 900 });
  await clearTables(dashboard);
  const history = seededHistory(Date.now());
  // Sanity of the seed itself: ten newest are all company content, their colleague share averages above 60 %.
  const newest = [...history].sort((a, b) => b.publishedAt - a.publishedAt).slice(0, 10);
  expect(newest.every((row) => row.kind !== 'own' && (row.metrics?.colleagueShare ?? 0) > 0.6)).toBe(true);
  await addLogRows(dashboard, history);
  expect(await readTable(h, 'reachLog')).toHaveLength(60);

  for (const scheme of ['light', 'dark'] as const) {
    await dashboard.emulateMedia({ colorScheme: scheme });
    await dashboard.reload();
    await dashboard.getByRole('heading', { name: 'Something to try' }).waitFor();
    const echo = dashboard.getByText('Most of your reactions come from colleagues: try a topic or a hashtag your outside network follows.');
    const diversity = dashboard.getByText('Your last 10 posts were all company news: share something from your own field.');
    expect(await echo.isVisible()).toBe(true);
    expect(await diversity.isVisible()).toBe(true);
    expect(await dashboard.getByText(/On average \d+% of the reactions to your last 10 posts with numbers came from colleagues\./).isVisible()).toBe(true);
    // Four charts drawn (uPlot canvases), with their accessible tables.
    await expect.poll(() => dashboard.locator('.pv-dash-chart-plot canvas').count()).toBe(4);
    expect(await dashboard.locator('figure.pv-dash-chart').count()).toBe(4);
    // The hashtag chart follows the most used tags.
    const tagTable = await dashboard.locator('figure.pv-dash-chart').nth(3).locator('table thead').innerText();
    expect(tagTable).toContain('#ai');
    expect(await dashboard.getByText('Show more (', { exact: false }).isVisible()).toBe(true);
    await dashboard.waitForTimeout(300);
    await h.screenshot(dashboard, `dashboard-reach-${scheme}`);
    await dashboard.locator('.pv-dash-charts').screenshot({ path: path.join(ARTIFACTS_DIR, `dashboard-charts-${scheme}.png`) });
  }
});
