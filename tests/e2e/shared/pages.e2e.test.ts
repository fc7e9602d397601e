// One suite, two browsers: the extension pages (onboarding, reach dashboard, drafts, settings),
// the popup's quick share, quiet hours, a company policy from the browser's enterprise policies,
// and the production build's closed panel, in Chromium and Firefox ESR (tests/e2e/driver.ts).
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import en from '../../../public/_locales/en/messages.json';
import { ROOT, SEL, URLS } from '../harness';
import { quietHoursExcluding } from '../helpers';
import { BROWSERS, clickOn, panelSelector, typeInto, until, waitForElement, withSession, type BrowserName, type Session } from '../driver';

/** The little of the extension API these cases use inside an extension page (same in both browsers). */
declare const chrome: {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    managed: { get(): Promise<Record<string, unknown>> };
  };
  tabs: { query(filter: object): Promise<{ url?: string; pendingUrl?: string }[]> };
};

const msg = (key: keyof typeof en, ...subs: string[]) => subs.reduce((text, sub, index) => text.replace(`$${index + 1}`, sub), en[key].message);

const X_PRIMARY = '[data-testid="primaryColumn"]';
const SECRET = 'ghp_8fK2mQ9xR4tL7vN1pW3sY6zB0cD5eH2jA9kT';
// The popup lists one version per story, the person's language first: an English browser gets the English one.
const H2_TITLE = 'Alpinéa’s first industrial electrolyser goes live in Grenoble';
const H2_URL = 'https://newsroom.alpinea.example/en/green-hydrogen-grenoble';
const H2_CAPTION = 'Our first industrial electrolyser now makes green hydrogen for Grenoble’s buses.';

/** Text of the page's visible headings. */
const headings = (page: Page) => page.$$eval('h1, h2', (nodes) => nodes.map((node) => node.textContent?.trim() ?? ''));

/** The button whose text or aria-label is exactly `name`. */
async function button(page: Page, name: string) {
  return until(async () => {
    for (const candidate of await page.$$('button')) {
      const label = await candidate.evaluate((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim());
      if (label === name) return candidate;
    }
    return null;
  }, 10_000, `button "${name}"`);
}

/** Writes settings as another extension page would (every open tab hears it through storage events). */
async function patchSettings(s: Session, patch: Record<string, unknown>) {
  await s.inExtension(async (changes: Record<string, unknown>) => {
    const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ settings: { ...current, ...changes }, settings$: { v: 2 } });
  }, patch);
}

describe.each(BROWSERS)('%s', (browserName) => {
  describe('a fresh install', () => {
    const ext = withSession(browserName);
    const s = () => ext.s;

    test('the extension page holds onboarding, the reach dashboard, drafts and settings', async () => {
      const page = await ext.openExtensionPage('options.html#/onboarding');
      await until(async () => (await headings(page)).includes(msg('onb_title')), 10_000, 'the onboarding');
      await s().screenshot(page, 'onboarding');
      for (const [route, title] of [
        ['reach', msg('dash_reach_title')],
        ['drafts', msg('dash_drafts_title')],
        ['settings', msg('set_title')],
      ] as const) {
        const tab = await ext.openExtensionPage(`options.html#/${route}`);
        await until(async () => (await headings(tab)).includes(title), 10_000, `the ${route} page`);
        await s().screenshot(tab, `page-${route}`);
        expect(s().pageErrors(tab)).toEqual([]);
      }
    });

    test('the popup lists the bundled news; Share on X opens X\'s composer with the take first and the link', async () => {
      const page = await ext.openExtensionPage('popup.html');
      await waitForElement(page, `[aria-label="${msg('popup_news')}"] li`);
      await s().screenshot(page, 'popup-list');
      await (await button(page, msg('popup_share_on_item', 'X', H2_TITLE))).click();
      const take = 'Bravo l’équipe, j’ai vu ce chantier avancer depuis 2024.';
      await typeInto(page, 'form input:not([type])', take);
      await (await button(page, msg('popup_open_composer', 'X'))).click().catch(() => {});
      // The tab the extension opened, as the browser itself reports it (the intent page is not served).
      const intent = await until(
        () =>
          s().inExtension(async () => {
            const tabs = await chrome.tabs.query({});
            return tabs.map((tab) => tab.url || tab.pendingUrl || '').find((url) => url.startsWith('https://x.com/intent/tweet?')) ?? null;
          }, null),
        15_000,
        'the X intent tab',
      );
      const url = new URL(intent);
      expect(url.searchParams.get('url')).toBe(H2_URL);
      expect(url.searchParams.get('text')).toBe(`${take}\n\n${msg('share_company_quote', H2_CAPTION)}`);
    });

    test('quiet hours: no suggestion in an open composer, the secret still flagged; off brings suggestions back without reload', async () => {
      await patchSettings(s(), { quietHours: quietHoursExcluding() });
      const page = await ext.open(URLS.xHome);
      // X's home box is part of the page: its panel loads when the person comes to write in it.
      await clickOn(page, SEL.xHomeEditor);
      await waitForElement(page, panelSelector(X_PRIMARY));
      await typeInto(page, SEL.xHomeEditor, `Deploy token ${SECRET}`);
      await waitForElement(page, `${panelSelector(X_PRIMARY)} >>> li[data-category="secret"]`);
      // The sample feed is on the device: when suggestions are allowed they show well within this.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(await page.$(`${panelSelector(X_PRIMARY)} >>> [aria-label="Company news that fits"]`)).toBeNull();
      await patchSettings(s(), { quietHours: { ...quietHoursExcluding(), enabled: false } });
      await waitForElement(page, `${panelSelector(X_PRIMARY)} >>> [aria-label="Company news that fits"]`);
      expect(await page.$(`${panelSelector(X_PRIMARY)} >>> li[data-category="secret"]`)).not.toBeNull();
    });
  });

  describe('the reach log fills itself from the platforms\' own exports', () => {
    const ext = withSession(browserName);
    const s = () => ext.s;
    const fixtures = path.join(ROOT, 'tests/fixtures/exports');
    interface LogRow { platform: string; text: string; postUrl?: string; metrics?: Record<string, number> }

    test.each([
      // file, counts line of the preview, rows written: [platform, impressions or none]
      ['Shares.csv', ['0', '3', '0', '1'], [['linkedin', undefined], ['linkedin', undefined], ['linkedin', undefined]]],
      ['x-account-analytics-content.csv', ['0', '2', '0', '1'], [['x', 1234], ['x', 210]]],
      ['linkedin-creator-analytics.xlsx', ['0', '3', '0', '0'], [['linkedin', 3321], ['linkedin', 1200], ['linkedin', 800]]],
    ] as const)('%s: chosen in the file input, previewed, applied into IndexedDB, undone', async (file, counts, written) => {
      const page = await ext.openExtensionPage('options.html#/reach');
      const input = await waitForElement(page, '[data-pv-reach-import] input[type="file"]');
      // Puppeteer's uploadFile works over WebDriver BiDi in Firefox ESR 153 (input.setFiles) as over CDP in Chromium.
      await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(path.join(fixtures, file));
      const preview = await waitForElement(page, '[data-pv-import-preview]');
      expect(await preview.$eval('[data-pv-import-counts]', (el) => el.textContent)).toBe(msg('reach_import_counts', ...counts));
      expect(await s().readTable('reachLog')).toEqual([]); // the preview writes nothing
      await s().screenshot(page, `reach-import-preview-${file}`);

      await (await button(page, msg('reach_import_apply'))).click();
      const rows = await until(async () => {
        const table = await s().readTable<LogRow>('reachLog');
        return table.length === written.length ? table : null;
      }, 10_000, 'the imported rows');
      expect(rows.map((row) => [row.platform, row.metrics?.impressions]).sort()).toEqual([...written].map((row) => [...row]).sort());
      expect(rows.every((row) => typeof row.postUrl === 'string')).toBe(true);

      await (await button(page, msg('dash_undo'))).click();
      await until(async () => ((await s().readTable('reachLog')).length === 0 ? true : null), 10_000, 'the undone import');
      await until(() => page.evaluate((text) => document.body.innerText.includes(text), msg('reach_import_undone', file)), 10_000, 'the undo notice');
      expect(s().pageErrors(page)).toEqual([]);
    });
  });

  // Firefox: policies.json "3rdparty" → "Extensions". Chromium's managed policy file is proven in
  // settings.e2e.test.ts (Playwright): under puppeteer's launch Chromium 156 left storage.managed
  // empty for the same file (2026-12-02), a difference in the launch, not in the extension.
  describe.skipIf(browserName === 'chromium')('a company policy from the browser\'s enterprise policies', () => {
    const ext = withSession(browserName, { managedPolicy: { codenames: ['Orion'], severities: { caps: 'off' } } });
    const s = () => ext.s;
    const policyLoaded = () =>
      until(() => s().inExtension(async () => Object.keys(await chrome.storage.managed.get()).length > 0, null), 20_000, 'storage.managed');

    test('its codename is flagged in a composer', async () => {
      await policyLoaded();
      const page = await ext.open(URLS.xHome);
      // X's home box is part of the page: its panel loads when the person comes to write in it.
      await clickOn(page, SEL.xHomeEditor);
      await waitForElement(page, panelSelector(X_PRIMARY));
      await typeInto(page, SEL.xHomeEditor, 'Orion ships next week. THIS IS HUGE NEWS FOR EVERYONE');
      const codename = await waitForElement(page, `${panelSelector(X_PRIMARY)} >>> li[data-category="codename"]`);
      expect(await codename.evaluate((el) => el.textContent)).toContain('“Orion” is an internal codename.');
      expect(await page.$(`${panelSelector(X_PRIMARY)} >>> li[data-category="caps"]`)).toBeNull();
    });

    test('settings show what the company set, locked: "Set by your company"', async () => {
      await policyLoaded();
      const page = await ext.openExtensionPage('options.html#/settings');
      await until(() => page.evaluate((text) => document.body.innerText.includes(text), msg('set_locked')), 10_000, '"Set by your company"');
      await s().screenshot(page, 'settings-company-set');
    });
  });

  describe('the production build', () => {
    const production: Record<BrowserName, string> = {
      chromium: path.join(ROOT, '.output/chrome-mv3'),
      firefox: path.join(ROOT, '.output/firefox-mv3'),
    };
    const ext = withSession(browserName, { extensionPath: production[browserName] });
    const s = () => ext.s;

    test('closes the panel\'s shadow root: the site\'s own scripts can neither read nor click it', async () => {
      const page = await ext.open(URLS.xHome);
      await clickOn(page, SEL.xHomeEditor);
      await waitForElement(page, `${X_PRIMARY} porte-voix-panel`);
      // page.evaluate runs in the page's own world, as LinkedIn's and X's scripts do.
      const seen = await page.evaluate(() => {
        const host = document.querySelector('porte-voix-panel');
        return { host: Boolean(host), shadowRoot: host?.shadowRoot ?? null, buttons: document.querySelectorAll('porte-voix-panel button').length };
      });
      expect(seen).toEqual({ host: true, shadowRoot: null, buttons: 0 });
      // …while the panel is there for the person: it counts what they type.
      await typeInto(page, SEL.xHomeEditor, `Deploy token ${SECRET}`);
      // Nor does the extension announce itself: the page's message listener (the fixture records every window
      // message) heard nothing from the watcher or the panel, which WXT would otherwise post with the extension's id.
      // The X fixture's Draft.js posts its own: the setImmediate polyfill's probe ("") and its tasks.
      const heard = await page.evaluate(() => (window as unknown as { __fixture: { pageMessages: string[] } }).__fixture.pageMessages);
      expect(heard.filter((message) => message !== '""' && !message.startsWith('"setImmediate$'))).toEqual([]);
      await s().screenshot(page, 'production-panel');
    });
  });
});
