// Issue 5: drafts are never lost; the restore offer puts them back into the editor's own model.
import { SEL, URLS, type Harness } from './harness';
import { panelIn, readTable, withExtension, waitFor } from './helpers';

const ext = withExtension();
const { open } = ext;
let h: Harness;
beforeAll(() => {
  h = ext.h;
});

type DraftRow = { id: string; text: string; status: string; platform: string };

test.each([
  { name: 'X home (Draft.js)', url: URLS.xHome, editor: SEL.xHomeEditor, scope: '[data-testid="primaryColumn"]', model: 'x-home', platform: 'x' },
  {
    name: 'LinkedIn 2026 (TipTap)',
    url: URLS.linkedinSharingCompose,
    editor: SEL.linkedinSduiEditor,
    scope: SEL.linkedinSduiDialog,
    model: 'linkedin-sdui-share',
    platform: 'linkedin',
  },
])('$name: type, reload, the draft is offered and restores into the editor model', async (site) => {
  const text = `Unfinished thoughts on ${site.platform}\nsecond line ✍️`;
  const page = await open(site.url);
  await page.locator(site.editor).click();
  await page.keyboard.type(text);
  // Autosave is debounced off the typing path; wait until the background has it.
  await waitFor(() => readTable<DraftRow>(h, 'drafts'), (rows) => rows.some((row) => row.text === text));

  await page.reload();
  await page.locator(site.editor).waitFor();
  const panel = panelIn(page, site.scope);
  const restore = panel.getByRole('button', { name: 'Restore draft' });
  await restore.waitFor();
  await restore.click();
  await expect.poll(() => h.modelText(page, site.model)).toBe(text);

  // Publishing marks it published: it leaves the restore list.
  const post = site.platform === 'x' ? SEL.xInlineButton : `${SEL.linkedinSduiDialog} button:text-is("Post")`;
  await page.click(post);
  const drafts = await waitFor(
    () => readTable<DraftRow>(h, 'drafts'),
    (rows) => rows.some((row) => row.text === text && row.status === 'published'),
  );
  expect(drafts.filter((row) => row.text === text).map((row) => row.status)).toEqual(['published']);
  const again = await open(site.url);
  await again.locator(site.editor).waitFor();
  await panelIn(again, site.scope).waitFor();
  await again.waitForTimeout(800);
  expect(await panelIn(again, site.scope).getByRole('button', { name: 'Restore draft' }).count()).toBe(0);
});

test('a draft is saved even when the tab closes right after typing', async () => {
  const page = await open(URLS.xHome);
  await page.locator(SEL.xHomeEditor).click();
  await page.keyboard.type('Typed then closed');
  await page.waitForTimeout(1200);
  await page.close();
  const rows = await waitFor(() => readTable<DraftRow>(h, 'drafts'), (r) => r.some((row) => row.text === 'Typed then closed'));
  expect(rows.some((row) => row.text === 'Typed then closed')).toBe(true);
});

test('a service worker stopped mid-session wakes up for the next save: nothing typed is lost', async () => {
  const page = await open(URLS.xHome);
  await page.locator(SEL.xHomeEditor).click();
  await page.keyboard.type('Before the stop');
  await waitFor(() => readTable<DraftRow>(h, 'drafts'), (rows) => rows.some((row) => row.text === 'Before the stop'));
  // Chromium stops idle MV3 workers at will; force it now.
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.keyboard.type(', and after it');
  const rows = await waitFor(
    () => readTable<DraftRow>(h, 'drafts'),
    (all) => all.some((row) => row.text === 'Before the stop, and after it'),
  );
  expect(rows.some((row) => row.text === 'Before the stop, and after it')).toBe(true);
});
