// Issue 3: findings while typing, Show/Fix through the editor, and the pre-publish alert dialog.
import type { Page } from 'playwright-core';
import { MOD, SEL, URLS, type Harness } from './harness';
import { panelIn, withExtension } from './helpers';

const ext = withExtension();
const { open } = ext;
let h: Harness;
beforeAll(() => {
  h = ext.h;
});

const SECRET = 'ghp_8fK2mQ9xR4tL7vN1pW3sY6zB0cD5eH2jA9kT';

const sites = [
  {
    name: 'LinkedIn 2026 share box',
    url: URLS.linkedinSharingCompose,
    editor: SEL.linkedinSduiEditor,
    scope: SEL.linkedinSduiDialog,
    model: 'linkedin-sdui-share',
    publish: (page: Page) => page.click(`${SEL.linkedinSduiDialog} button:text-is("Post")`),
  },
  {
    name: 'LinkedIn classic share box',
    url: URLS.linkedinShareActive,
    editor: SEL.linkedinClassicEditor,
    scope: SEL.linkedinClassicModal,
    model: 'linkedin-classic-share',
    publish: (page: Page) => page.click(SEL.linkedinClassicPost),
  },
  {
    name: 'X home (Post click)',
    url: URLS.xHome,
    editor: SEL.xHomeEditor,
    scope: '[data-testid="primaryColumn"]',
    model: 'x-home',
    publish: (page: Page) => page.click(SEL.xInlineButton),
  },
  {
    name: 'X home (Ctrl+Enter)',
    url: URLS.xHome,
    editor: SEL.xHomeEditor,
    scope: '[data-testid="primaryColumn"]',
    model: 'x-home',
    publish: (page: Page) => page.keyboard.press(`${MOD}+Enter`),
  },
];

describe.each(sites)('$name', (site) => {
  async function typeSecret(page: Page) {
    await page.locator(site.editor).click();
    await page.keyboard.type(`Deploy token for the demo: ${SECRET}`);
    const panel = panelIn(page, site.scope);
    await panel.locator('li[data-category="secret"]').waitFor();
    return panel;
  }

  test('a secret is flagged while typing; Publish is held; Review does not publish', async () => {
    const page = await open(site.url);
    const panel = await typeSecret(page);
    await site.publish(page);
    const dialog = panel.getByRole('alertdialog');
    // Right after the browser starts, the dialog first says it is reading the company policy.
    await dialog.locator('li[data-category="secret"]').waitFor();
    expect(await dialog.locator('li[data-category="secret"]').count()).toBe(1);
    expect(await h.published(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Review' }).click();
    expect(await panel.getByRole('alertdialog').count()).toBe(0);
    expect(await h.published(page)).toEqual([]);
    expect(await h.modelText(page, site.model)).toContain(SECRET);
  });

  test('"Publish anyway" publishes through the site\'s own button', async () => {
    const page = await open(site.url);
    const panel = await typeSecret(page);
    await site.publish(page);
    await panel.getByRole('alertdialog').getByRole('button', { name: 'Publish anyway' }).click();
    await expect.poll(async () => (await h.published(page)).map((p) => p.text)).toEqual([
      `Deploy token for the demo: ${SECRET}`,
    ]);
  });
});

describe.each([
  { name: 'X (Draft.js)', url: URLS.xHome, editor: SEL.xHomeEditor, scope: '[data-testid="primaryColumn"]', model: 'x-home' },
  { name: 'LinkedIn classic (Quill 1 in a shadow root)', url: URLS.linkedinShareActive, editor: SEL.linkedinClassicEditor, scope: SEL.linkedinClassicModal, model: 'linkedin-classic-share' },
  { name: 'LinkedIn 2026 (TipTap)', url: URLS.linkedinSharingCompose, editor: SEL.linkedinSduiEditor, scope: SEL.linkedinSduiDialog, model: 'linkedin-sdui-share' },
])('Fix in $name', (site) => {
  test('rewrites the span inside the editor model (tracking parameters removed)', async () => {
    const page = await open(site.url);
    await page.locator(site.editor).click();
    await page.keyboard.type('Read this https://newsroom.alpinea.com/h2?utm_source=linkedin&utm_medium=social now');
    const panel = panelIn(page, site.scope);
    const finding = panel.locator('li[data-category="tracking_link"]');
    await finding.waitFor();
    await finding.getByRole('button', { name: 'Fix' }).click();
    await expect
      .poll(async () => JSON.stringify(await h.modelText(page, site.model)))
      .toBe(JSON.stringify('Read this https://newsroom.alpinea.com/h2 now'));
    await expect.poll(() => panel.locator('li[data-category="tracking_link"]').count()).toBe(0);
  });
});

test('Show selects the flagged span in the editor', async () => {
  const page = await open(URLS.linkedinSharingCompose);
  await page.locator(SEL.linkedinSduiEditor).click();
  await page.keyboard.type('Call me on 06 12 34 56 78 tomorrow');
  const panel = panelIn(page, SEL.linkedinSduiDialog);
  await panel.locator('li[data-category="phone"]').getByRole('button', { name: 'Show' }).click();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe('06 12 34 56 78');
  await h.screenshot(page, 'panel-linkedin-findings');
});
