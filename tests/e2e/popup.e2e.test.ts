// The toolbar popup (opened as a tab): company news, searchable; Share asks for the person's
// one-line take, checks it, and opens the platform's own composer prefilled, take first.
import type { Page } from 'playwright-core';
import en from '../../public/_locales/en/messages.json';
import { launchWithExtension, type Harness } from './harness';

let h: Harness;
const pages: Page[] = [];
beforeAll(async () => {
  h = await launchWithExtension();
  // X's intent page is not a fixture: answer it so the opened tab is seen, never the real site.
  h.serveAt(/^https:\/\/x\.com\/intent\/tweet\?/, '<!doctype html><title>X intent (test)</title>', { 'content-type': 'text/html' });
});
afterAll(async () => {
  await h?.close();
});
afterEach(async () => {
  expect(h.blockedRequests).toEqual([]);
  for (const page of pages.splice(0)) await page.close().catch(() => {});
});

const msg = (key: keyof typeof en, ...subs: string[]) =>
  subs.reduce((text, sub, index) => text.replace(`$${index + 1}`, sub), en[key].message);

const H2_TITLE = 'Premier électrolyseur industriel d’Alpinéa mis en service à Grenoble';
const H2_URL = 'https://newsroom.alpinea.example/fr/hydrogene-vert-grenoble';
const H2_CAPTION = 'Notre premier électrolyseur industriel produit de l’hydrogène vert pour les bus de Grenoble.';

async function openPopup(): Promise<Page> {
  const page = await h.openExtensionPage('popup.html');
  pages.push(page);
  await page.getByRole('list', { name: msg('popup_news') }).waitFor();
  return page;
}

/** Tabs forward until the focused element has `label` as its accessible name (aria-label). */
async function tabTo(page: Page, label: string) {
  for (let i = 0; i < 40; i++) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) === label) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${label}"`);
}

/** The tab a share opens (the popup calls tabs.create; its first URL may still be an internal one). */
function nextTab(): Promise<Page> {
  return h.context.waitForEvent('page', { predicate: (page) => !page.url().startsWith('chrome-extension://'), timeout: 15_000 });
}

test('lists the bundled company news; the search filters it', async () => {
  const page = await openPopup();
  const news = page.getByRole('list', { name: msg('popup_news') });
  expect(await news.getByRole('listitem').count()).toBeGreaterThan(5);
  await h.screenshot(page, 'popup-list');
  // The search field has the focus on opening.
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('search');
  await page.keyboard.type('électrolyseur Grenoble');
  await expect.poll(async () => (await news.locator('.pv-news__title').first().innerText())).toBe(H2_TITLE);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('zzzz-nothing-matches');
  await page.getByText(msg('popup_no_match')).waitFor();
});

test('one entry per story, in the person’s language; nothing under embargo or expired (issue 13)', async () => {
  const page = await openPopup();
  const titles = await page.getByRole('list', { name: msg('popup_news') }).locator('.pv-news__title').allInnerTexts();
  expect(titles).toContain('Alpinéa’s first industrial electrolyser goes live in Grenoble');
  expect(titles).not.toContain(H2_TITLE);
  expect(titles).not.toContain('Alpinéa to acquire Helio Storage, a battery recycling start-up');
  expect(titles).not.toContain('Open day at our Nantes training school: registrations are open');
  expect(new Set(titles).size).toBe(titles.length);
});

test('keyboard only: search, Tab to Share on X, Enter; a phone number in the take is flagged before opening; the intent carries the take first and the link', async () => {
  const page = await openPopup();
  await page.keyboard.type('hydrogène Grenoble');
  await tabTo(page, msg('popup_share_on_item', 'X', H2_TITLE));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: msg('popup_share_title', 'X') }).waitFor();
  // The take field has the focus; the checks run on it as the person types.
  expect(await page.evaluate(() => document.activeElement?.closest('label')?.textContent)).toContain(msg('popup_take_label'));
  await page.keyboard.type('Bravo l’équipe ! Questions ? Appelez-moi au 06 12 34 56 78');
  const findings = page.getByRole('list', { name: msg('popup_findings') });
  await findings.locator('li[data-category="phone"]').waitFor();
  await h.screenshot(page, 'popup-share-form-finding');

  // The person takes the number out: the finding goes, then Enter opens X's composer.
  await page.keyboard.press('Control+a');
  const take = 'Bravo l’équipe, j’ai vu ce chantier avancer depuis 2024.';
  await page.keyboard.type(take);
  await expect.poll(() => page.locator('li[data-category]').count()).toBe(0);
  const opened = nextTab();
  // The popup closes itself once the composer tab is open, possibly before the key is released.
  await page.keyboard.press('Enter').catch(() => {});
  const tab = await opened;
  await tab.waitForURL(/^https:\/\/x\.com\/intent\/tweet\?/);
  pages.push(tab);
  const url = new URL(tab.url());
  expect(url.origin + url.pathname).toBe('https://x.com/intent/tweet');
  expect(url.searchParams.get('url')).toBe(H2_URL);
  expect(url.searchParams.get('text')).toBe(`${take}\n\n${msg('share_company_quote', H2_CAPTION)}`);
  expect(h.servedRequests).toContain(tab.url());
});

test('Share on LinkedIn opens the prefilled share box: take first, company words quoted, then the link', async () => {
  const page = await openPopup();
  // The list shows one version per story, in the person's language (English here): search for the French one.
  await page.keyboard.type('hydrogène Grenoble');
  await page.getByRole('button', { name: msg('popup_share_on_item', 'LinkedIn', H2_TITLE), exact: true }).click();
  const take = 'Fier de ce projet, que j’ai suivi depuis le début.';
  await page.getByLabel(msg('popup_take_label')).fill(take);
  const opened = nextTab();
  await page.getByRole('button', { name: msg('popup_open_composer', 'LinkedIn') }).click();
  const tab = await opened;
  await tab.waitForURL(/^https:\/\/www\.linkedin\.com\/feed\/\?shareActive=true&text=/);
  pages.push(tab);
  const expected = `${take}\n\n${msg('share_company_quote', H2_CAPTION)}\n\n${H2_URL}`;
  expect(new URL(tab.url()).searchParams.get('text')).toBe(expected);
  // The fixture opens LinkedIn's composer with the text, as linkedin.com does.
  await tab.waitForFunction(() => Boolean((window as { __fixture?: unknown }).__fixture), undefined, { polling: 50 });
  await expect
    .poll(async () => (await h.modelTexts(tab)).find((m) => m.id === 'linkedin-classic-share')?.text)
    .toBe(expected);
});

test('an empty take is allowed: the composer opens with the company words only', async () => {
  const page = await openPopup();
  // The list shows one version per story, in the person's language (English here): search for the French one.
  await page.keyboard.type('hydrogène Grenoble');
  await page.getByRole('button', { name: msg('popup_share_on_item', 'X', H2_TITLE), exact: true }).click();
  const opened = nextTab();
  await page.getByRole('button', { name: msg('popup_open_composer', 'X') }).click();
  const tab = await opened;
  await tab.waitForURL(/^https:\/\/x\.com\/intent\/tweet\?/);
  pages.push(tab);
  expect(new URL(tab.url()).searchParams.get('text')).toBe(msg('share_company_quote', H2_CAPTION));
});

test('Back returns to the list; "Share this page" explains that an extension tab cannot be shared', async () => {
  const page = await openPopup();
  // The list shows one version per story, in the person's language (English here): search for the French one.
  await page.keyboard.type('hydrogène Grenoble');
  await page.getByRole('button', { name: msg('popup_share_on_item', 'X', H2_TITLE), exact: true }).click();
  await page.getByRole('button', { name: msg('popup_back') }).click();
  await page.getByRole('list', { name: msg('popup_news') }).waitFor();
  // Opened as a tab, the active tab is the popup itself (chrome-extension://): not a web page.
  await page.getByRole('button', { name: 'LinkedIn', exact: true }).click();
  await page.getByText(msg('popup_page_not_shareable')).waitFor();
});
