// Issue 2: a panel beside every LinkedIn and X composer, in real Chromium with the real editors.
import type { Page } from 'playwright-core';
import twitter from 'twitter-text';
import type { Platform } from '../../utils/platform';
import { MOD, SEL, URLS, type FixtureComposer, type Harness } from './harness';
import { panelIn, readTable, shownCount, withExtension, waitFor, writeXThread } from './helpers';

const ext = withExtension();
const { open, pageErrors } = ext;
let h: Harness;
beforeAll(() => {
  h = ext.h;
});

interface ComposerCase extends FixtureComposer<Page> {
  /** The site's own Post / Comment button. */
  post: string;
}

const cases: ComposerCase[] = [
  {
    name: 'LinkedIn classic share box (Quill 1 in #interop-outlet shadow root)',
    url: URLS.linkedinFeed,
    reveal: (page) => page.click(SEL.linkedinClassicTrigger),
    editor: SEL.linkedinClassicEditor,
    scope: SEL.linkedinClassicModal,
    model: 'linkedin-classic-share',
    post: SEL.linkedinClassicPost,
    platform: 'linkedin',
    limit: 3000,
  },
  {
    name: 'LinkedIn classic comment box (Quill 1)',
    url: URLS.linkedinFeed,
    reveal: (page) => page.hover(SEL.linkedinClassicCommentEditor),
    editor: SEL.linkedinClassicCommentEditor,
    scope: 'form.comments-comment-box__form',
    model: 'linkedin-classic-comment',
    post: SEL.linkedinClassicCommentSubmit,
    platform: 'linkedin',
    limit: 1250,
  },
  {
    name: 'LinkedIn 2026 share box (TipTap in a modal <dialog>, replaced after mount)',
    url: URLS.linkedinSharingCompose,
    reveal: async () => {},
    editor: SEL.linkedinSduiEditor,
    scope: SEL.linkedinSduiDialog,
    model: 'linkedin-sdui-share',
    // The harness's generic selector pierces our panel's shadow root too: name the button.
    post: `${SEL.linkedinSduiDialog} button:text-is("Post")`,
    platform: 'linkedin',
    limit: 3000,
  },
  {
    name: 'LinkedIn 2026 comment box (TipTap)',
    url: URLS.linkedinSduiFeed,
    reveal: (page) => page.hover(SEL.linkedinSduiCommentEditor),
    editor: SEL.linkedinSduiCommentEditor,
    scope: '[componentkey^="commentBox-"]',
    model: 'linkedin-sdui-comment',
    post: SEL.linkedinSduiCommentButton,
    platform: 'linkedin',
    limit: 1250,
  },
  {
    name: 'X home timeline box (Draft.js)',
    url: URLS.xHome,
    reveal: (page) => page.hover(SEL.xHomeEditor),
    editor: SEL.xHomeEditor,
    scope: '[data-testid="primaryColumn"]',
    model: 'x-home',
    post: SEL.xInlineButton,
    platform: 'x',
    limit: 280,
  },
  {
    name: 'X /compose/post modal in #layers (Draft.js)',
    url: URLS.xCompose,
    reveal: async () => {},
    editor: SEL.xModalEditor(0),
    scope: SEL.xModal,
    model: 'x-compose-0',
    post: SEL.xModalButton,
    platform: 'x',
    limit: 280,
  },
  {
    name: 'X reply box on a status page (Draft.js, mounted lazily)',
    url: URLS.xStatus,
    reveal: (page) => page.click(SEL.xReplyPlaceholder),
    editor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
    scope: '[data-testid="primaryColumn"]',
    model: 'x-reply',
    post: SEL.xInlineButton,
    platform: 'x',
    limit: 280,
  },
];

const MULTI = 'Fier de l’équipe 🚀\nsecond line\n\nafter a blank 👩🏽‍💻';
// No trailing space: contenteditable turns a trailing space into U+00A0, which Quill then keeps in its model.
const SAMPLE = 'What I take away from this, in my own words:';

function expectedLength(text: string, platform: Platform): number {
  if (platform === 'x') return twitter.parseTweet(text).weightedLength;
  return [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].length;
}

describe.each(cases)('$name', (c) => {
  test('the panel appears beside the composer, outside the editable area, and counts like the platform', async () => {
    const page = await open(c.url);
    await c.reveal(page);
    await page.locator(c.editor).waitFor();
    const panel = panelIn(page, c.scope);
    await panel.waitFor();
    expect(await panel.count()).toBe(1);
    expect(await page.locator(`${c.editor} porte-voix-panel`).count()).toBe(0);
    await expect.poll(() => shownCount(panel)).toEqual([0, c.limit]);
    await page.locator(c.editor).click();
    await page.keyboard.type(MULTI);
    expect(await h.modelText(page, c.model)).toBe(MULTI);
    await expect.poll(() => shownCount(panel)).toEqual([expectedLength(MULTI, c.platform), c.limit]);
    expect(await panel.getByRole('region', { name: 'Porte-Voix' }).count()).toBe(1);
    expect(pageErrors(page)).toEqual([]);
  });

  test('Insert lands in the editor model at the caret, enables Post, and Ctrl+Z undoes it', async () => {
    const page = await open(c.url);
    await c.reveal(page);
    await page.locator(c.editor).click();
    await page.keyboard.type('Hello world');
    for (let i = 0; i < 'world'.length; i++) await page.keyboard.press('ArrowLeft');
    // Editors merge edits made within about a second into one undo step (Quill's history delay):
    // pause like a person would, so Ctrl+Z undoes the insertion alone.
    await page.waitForTimeout(1100);
    const panel = panelIn(page, c.scope);
    await panel.getByRole('button', { name: 'Start my take' }).click();
    // The panel keeps inserted text from gluing onto the next word.
    await expect.poll(() => h.modelText(page, c.model)).toBe(`Hello ${SAMPLE} world`);
    expect(await page.locator(c.post).isEnabled()).toBe(true);
    await page.keyboard.press(`${MOD}+z`);
    await expect.poll(() => h.modelText(page, c.model)).toBe('Hello world');
    expect(pageErrors(page)).toEqual([]);
  });

  test('Insert into an empty composer enables its Post button', async () => {
    const page = await open(c.url);
    await c.reveal(page);
    await page.locator(c.editor).waitFor();
    const panel = panelIn(page, c.scope);
    await panel.getByRole('button', { name: 'Start my take' }).click();
    await expect.poll(async () => JSON.stringify(await h.modelText(page, c.model))).toBe(JSON.stringify(SAMPLE));
    await expect.poll(() => page.locator(c.post).isEnabled()).toBe(true);
  });

  test('Publish is detected with the exact final text, stored in IndexedDB by the background', async () => {
    const page = await open(c.url);
    await c.reveal(page);
    await page.locator(c.editor).click();
    const text = `Posted from ${c.model} ✨\nwith a second line`;
    await page.keyboard.type(text);
    await page.click(c.post);
    await expect.poll(async () => (await h.published(page)).at(-1)?.text).toBe(text);
    const log = await waitFor(
      () => readTable<{ text: string; platform: string }>(h, 'reachLog'),
      (rows) => rows.some((row) => row.text === text),
    );
    expect(log.find((row) => row.text === text)).toMatchObject({ platform: c.platform });
  });
});

test('X: Ctrl+Enter publishes and is detected with the exact text', async () => {
  const page = await open(URLS.xHome);
  await page.locator(SEL.xHomeEditor).click();
  const text = 'Shipped with the keyboard ⌨️';
  await page.keyboard.type(text);
  await page.keyboard.press(`${MOD}+Enter`);
  await expect.poll(async () => (await h.published(page)).at(-1)?.text).toBe(text);
  const log = await waitFor(() => readTable<{ text: string }>(h, 'reachLog'), (rows) => rows.some((r) => r.text === text));
  expect(log.filter((row) => row.text === text)).toHaveLength(1);
});

test('X thread: one panel per part; Post all is recorded once with every part', async () => {
  const page = await open(URLS.xHome);
  await writeXThread(page, ['1/ a thread', '2/ the end']);
  await expect.poll(() => panelIn(page, SEL.xModal).count()).toBe(2);
  await page.click(SEL.xModalButton);
  const joined = '1/ a thread\n\n2/ the end';
  const log = await waitFor(() => readTable<{ text: string }>(h, 'reachLog'), (rows) => rows.some((r) => r.text === joined));
  expect(log.filter((row) => row.text === joined)).toHaveLength(1);
});

test('panels come and go with their composers (modal closed, SPA navigation)', async () => {
  const page = await open(URLS.xHome);
  await page.hover(SEL.xHomeEditor);
  await expect.poll(() => page.locator('porte-voix-panel').count()).toBe(1);
  await page.click(SEL.xSideNavPost);
  await expect.poll(() => panelIn(page, SEL.xModal).count()).toBe(1);
  await page.click(SEL.xClose);
  await expect.poll(() => page.locator('porte-voix-panel').count()).toBe(1);

  const linkedin = await open(URLS.linkedinFeed);
  await linkedin.click(SEL.linkedinClassicTrigger);
  await expect.poll(() => panelIn(linkedin, SEL.linkedinClassicModal).count()).toBe(1);
  await linkedin.mouse.click(10, 600); // backdrop click closes the modal
  await expect.poll(() => panelIn(linkedin, SEL.linkedinClassicModal).count()).toBe(0);
  expect(pageErrors(linkedin)).toEqual([]);
});

test('LinkedIn 2026: the panel is in the final dialog, not the placeholder that was replaced', async () => {
  const page = await open(URLS.linkedinSharingCompose);
  await page.locator(SEL.linkedinSduiEditor).waitFor();
  await expect.poll(() => page.locator('dialog porte-voix-panel').count()).toBe(1);
  const hosts = await page.evaluate(() =>
    Array.from(document.querySelectorAll('porte-voix-panel'), (host) => ({
      inModalDialog: Boolean(host.closest('dialog')?.matches(':modal')),
      connected: host.isConnected,
    })),
  );
  expect(hosts.filter((host) => host.inModalDialog)).toEqual([{ inModalDialog: true, connected: true }]);
});

test('screenshots of the panel on each site', async () => {
  const linkedin = await open(URLS.linkedinSharingCompose);
  await linkedin.locator(SEL.linkedinSduiEditor).click();
  await linkedin.keyboard.type('Fier de notre équipe hydrogène à Lyon 🚀');
  await panelIn(linkedin, SEL.linkedinSduiDialog).waitFor();
  await linkedin.waitForTimeout(400);
  await h.screenshot(linkedin, 'panel-linkedin-sdui');
  const x = await open(URLS.xHome);
  await x.locator(SEL.xHomeEditor).click();
  await x.keyboard.type('Proud of our wind-farm technicians #Hiring');
  await x.waitForTimeout(400);
  await h.screenshot(x, 'panel-x-home');
});
