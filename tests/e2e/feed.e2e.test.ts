// Company content in the composer, the person's own voice first: suggestions from the feed in the
// panel, Insert into the editor's own model, the opinion prompt; and the feed itself (a company
// feed at its own address, conditional requests, a malformed update keeps the last good copy).
import type { Page } from 'playwright-core';
import twitter from 'twitter-text';
import en from '../../public/_locales/en/messages.json';
import { defaultSettings, SETTINGS_VERSION } from '../../utils/settings/settings-schema';
import { SEL, URLS, type Harness } from './harness';
import { panelIn, withExtension } from './helpers';

/** The extension API, as the test uses it inside extension pages. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(keys: string[]): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
};

const ext = withExtension();
const { open, pageErrors } = ext;
let h: Harness;
beforeAll(() => {
  h = ext.h;
});

const extensionPage = ext.openExtensionPage;

const PLACEHOLDER = en.share_take_placeholder.message;
const TAKE = "J'ai visité le site la semaine dernière et j'ai été impressionné par l'équipe.";
const H2_TITLE = 'Premier électrolyseur industriel d’Alpinéa mis en service à Grenoble';
const H2_URL = 'https://newsroom.alpinea.example/fr/hydrogene-vert-grenoble';
/** Selects `text` inside the editor as a person would with the mouse (the editors follow the DOM selection). */
async function selectText(page: Page, editor: string, text: string) {
  await page.locator(editor).evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = node.textContent!.indexOf(wanted);
      if (start < 0) continue;
      (root as HTMLElement).focus();
      getSelection()!.setBaseAndExtent(node, start, node, start + wanted.length);
      return;
    }
    throw new Error(`"${wanted}" is not in one text node of the editor`);
  }, text);
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(text);
}

const insertName = (title: string) => en.panel_insert_item.message.replace('$1', title);

describe.each([
  {
    name: 'LinkedIn 2026 share box (TipTap)',
    url: URLS.linkedinSharingCompose,
    editor: SEL.linkedinSduiEditor,
    scope: SEL.linkedinSduiDialog,
    model: 'linkedin-sdui-share',
    platform: 'linkedin',
  },
  {
    name: 'LinkedIn classic share box (Quill)',
    url: URLS.linkedinShareActive,
    editor: SEL.linkedinClassicEditor,
    scope: SEL.linkedinClassicModal,
    model: 'linkedin-classic-share',
    platform: 'linkedin',
  },
  { name: 'X home (Draft.js)', url: URLS.xHome, editor: SEL.xHomeEditor, scope: '[data-testid="primaryColumn"]', model: 'x-home', platform: 'x' },
] as const)('bundled feed in $name', (site) => {
  test('a draft on a matching topic lists the Alpinéa item; Insert puts it, link and opinion placeholder, in the editor model; the take makes the prompt go', async () => {
    const page = await open(site.url);
    const draft = 'hydrogène Grenoble électrolyseur';
    await page.locator(site.editor).click();
    await page.keyboard.type(draft);
    const panel = panelIn(page, site.scope);
    const insert = panel.getByRole('button', { name: insertName(H2_TITLE), exact: true });
    await insert.waitFor();
    // Nothing shared yet: the panel does not ask for a take about the person's own words.
    expect(await panel.getByTestId('pv-voice-prompt').count()).toBe(0);
    await h.screenshot(page, `feed-suggestions-${site.model}`);

    await insert.click();
    await expect.poll(async () => (await h.modelText(page, site.model)) ?? '').toContain(H2_URL);
    const inserted = (await h.modelText(page, site.model))!;
    expect(inserted.startsWith(draft)).toBe(true);
    expect(inserted).toContain(PLACEHOLDER);
    expect(inserted.trimEnd().endsWith(H2_URL)).toBe(true);
    if (site.platform === 'x') {
      // twitter-text does not know ".example" and counts the link in full: stricter than X's 23.
      expect(twitter.parseTweet(inserted).valid).toBe(true);
      expect(twitter.parseTweet(inserted.slice(draft.length)).valid).toBe(true);
    }

    // Mostly company copy, no take yet: the panel asks for one.
    const prompt = panel.getByTestId('pv-voice-prompt');
    await prompt.waitFor();
    expect(await prompt.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    // It says how much of the post is the company's words: the quoted caption and the placeholder.
    const share = async () => Number(/(\d+)\s*%/.exec(await prompt.innerText())?.[1] ?? NaN);
    await expect.poll(share).toBeGreaterThan(30);
    await h.screenshot(page, `feed-inserted-${site.model}`);

    // The person selects the placeholder and types their take over it.
    await selectText(page, site.editor, PLACEHOLDER);
    await page.keyboard.type(TAKE);
    await expect.poll(async () => (await h.modelText(page, site.model)) ?? '').toContain(TAKE);
    const final = (await h.modelText(page, site.model))!;
    expect(final.startsWith(draft)).toBe(true);
    expect(final).not.toContain(PLACEHOLDER);
    expect(final).toContain(H2_URL);
    await expect.poll(() => panel.getByTestId('pv-voice-prompt').count()).toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });
});

// --- A company feed at its own address ---------------------------------------------------------

const FEED_URL = 'https://news.testco.example/feed.rss';
// The settings ask for the feed origin's host permission; headless Chromium never shows (nor
// answers) that prompt, so here the worker's fetch is a CORS one (Playwright answers the preflight
// and allows the origin). A CORS response hides ETag unless exposed: expose it, as a feed served
// to browsers would; with the permission granted the extension sees every header anyway.
const FEED_HEADERS = { 'content-type': 'application/rss+xml; charset=utf-8', 'access-control-expose-headers': 'ETag' };
const rss = (items: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>TestCo news</title><link>https://news.testco.example/</link><description>News</description>\n${items}\n</channel></rss>`;
const GOOD_FEED = rss(`
<item><guid>brest-lab</guid><title>TestCo opens a tidal energy lab in Brest</title><link>https://news.testco.example/brest-lab</link>
  <description>&lt;p&gt;Our tidal &lt;b&gt;energy&lt;/b&gt; lab in Brest opens with 40 engineers.&lt;/p&gt;</description><pubDate>Tue, 24 Nov 2026 09:00:00 GMT</pubDate></item>
<item><guid>apprentices</guid><title>TestCo welcomes 120 apprentices this autumn</title><link>https://news.testco.example/apprentices</link>
  <description>Apprentices join our maintenance teams.</description><pubDate>Mon, 23 Nov 2026 09:00:00 GMT</pubDate></item>
<item><guid>hostile</guid><title>Hostile link</title><link>javascript:alert(document.domain)</link><description>click</description></item>`);
const TEST_TITLES = ['TestCo opens a tidal energy lab in Brest', 'TestCo welcomes 120 apprentices this autumn', 'Hostile link'];
// Cut in the middle of an item: not well-formed XML.
const MALFORMED = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>TestCo news</title>\n<item><title>Half an item</titl';

interface FeedReply {
  ok: boolean;
  data: {
    url: string;
    items: { id: string; title: string; url: string }[];
    state: { etag?: string; lastGoodAt?: number; lastError?: string; lastErrorAt?: number } | null;
  };
}

async function sendFromExtension(type: 'feed:refresh' | 'feed:get'): Promise<FeedReply['data']> {
  const page = await extensionPage('popup.html');
  const reply = await page.evaluate((messageType) => chrome.runtime.sendMessage({ type: messageType }), type);
  await page.close();
  expect((reply as FeedReply).ok).toBe(true);
  return (reply as FeedReply).data;
}

/** The person's feed address, stored as the settings page stores it (WXT item 'settings', version meta 'settings$'). */
async function setFeedUrl(feedUrl: string | undefined) {
  const page = await extensionPage('popup.html');
  await page.evaluate(
    async ({ feedUrl: url, defaults, version }) => {
      const stored = (await chrome.storage.local.get(['settings'])).settings as Record<string, unknown> | undefined;
      await chrome.storage.local.set({ settings: { ...(stored ?? defaults), onboardingDone: true, feedUrl: url }, settings$: { v: version } });
    },
    { feedUrl, defaults: defaultSettings(), version: SETTINGS_VERSION },
  );
  await page.close();
}

describe('a company feed at its own address', () => {
  afterAll(async () => {
    await setFeedUrl(undefined);
  });

  test('is fetched with a conditional request; a malformed update keeps the last good items and the person sees the error and the last good time', async () => {
    h.serveAt(FEED_URL, GOOD_FEED, { ...FEED_HEADERS, etag: '"v1"' });
    // Right after launch: the install-time refresh of the bundled sample may still be running; the
    // refresh of the new address must not be answered with its result.
    await setFeedUrl(FEED_URL);

    const first = await sendFromExtension('feed:refresh');
    expect(first.url).toBe(FEED_URL);
    expect(first.items.map((item) => item.title).sort()).toEqual([...TEST_TITLES].sort());
    // Only web links: the javascript: link is gone, its text kept.
    expect(first.items.find((item) => item.title === 'Hostile link')?.url).toBe('');
    for (const item of first.items) expect(item.url === '' || /^https:\/\//.test(item.url)).toBe(true);
    expect(first.state?.etag).toBe('"v1"');
    const lastGoodAt = first.state!.lastGoodAt!;
    expect(lastGoodAt).toBeGreaterThan(Date.now() - 60_000);
    expect(first.state?.lastError).toBeUndefined();
    const firstGet = h.servedDetails.filter((r) => r.url === FEED_URL && r.method === 'GET');
    expect(firstGet.length).toBeGreaterThanOrEqual(1);
    // The first fetch of the address has no validator yet. (Saving the address may start a refresh of
    // its own; the explicit one can then already carry the ETag it got.)
    expect(firstGet[0]!.headers['if-none-match']).toBeUndefined();

    // Refresh again: the request carries the validator; the server says nothing changed.
    h.serveAt(FEED_URL, '', { 'access-control-expose-headers': 'ETag', etag: '"v1"' }, 304);
    const unchanged = await sendFromExtension('feed:refresh');
    const conditional = h.servedDetails.filter((r) => r.url === FEED_URL && r.method === 'GET').at(-1)!;
    expect(conditional.headers['if-none-match']).toBe('"v1"');
    expect(unchanged.items.map((item) => item.title).sort()).toEqual([...TEST_TITLES].sort());
    expect(unchanged.state?.lastError).toBeUndefined();

    // The popup lists the test feed (not the bundled sample) and shows no feed problem.
    const popup = await extensionPage('popup.html');
    const news = popup.getByRole('list', { name: en.popup_news.message });
    await news.getByText(TEST_TITLES[0]!).waitFor();
    expect(await news.getByText('Alpinéa', { exact: false }).count()).toBe(0);
    expect(await popup.getByTestId('pv-feed-status').count()).toBe(0);
    expect(await popup.locator('a[href^="javascript:" i]').count()).toBe(0);
    await popup.close();

    // The panel suggests the test feed's items.
    const x = await open(URLS.xHome);
    await x.locator(SEL.xHomeEditor).click();
    await x.keyboard.type('Visiting the tidal lab in Brest');
    await panelIn(x, '[data-testid="primaryColumn"]').getByRole('button', { name: insertName(TEST_TITLES[0]!), exact: true }).waitFor();
    await x.close();

    // A malformed update: the last good items stay, the error is recorded with the last good time.
    h.serveAt(FEED_URL, MALFORMED, { ...FEED_HEADERS, etag: '"v2"' });
    const broken = await sendFromExtension('feed:refresh');
    expect(broken.items.map((item) => item.title).sort()).toEqual([...TEST_TITLES].sort());
    expect(broken.state?.lastGoodAt).toBe(lastGoodAt);
    expect(broken.state?.lastError).toMatch(/^feed_error_invalid_xml\[\d+\]:/);
    expect(broken.state?.lastErrorAt).toBeGreaterThanOrEqual(lastGoodAt);

    // The person sees it, in words: in the popup (above the kept list) and in the settings.
    const failed = en.feed_status_failed.message.replace('$1', '');
    const updated = en.feed_status_updated.message.split('$1')[0]!;
    const popupAgain = await extensionPage('popup.html');
    const status = popupAgain.getByTestId('pv-feed-status');
    await status.waitFor();
    const statusText = await status.innerText();
    expect(statusText).toContain(updated);
    expect(statusText).toMatch(new RegExp(`${escape(failed)}The feed is malformed near line \\d+\\.`));
    expect(statusText).not.toContain('<');
    await popupAgain.getByRole('list', { name: en.popup_news.message }).getByText(TEST_TITLES[0]!).waitFor();
    await h.screenshot(popupAgain, 'popup-feed-error');

    const settings = await extensionPage('options.html#/settings');
    const settingsStatus = settings.getByTestId('pv-feed-status');
    await settingsStatus.waitFor();
    expect(await settings.getByLabel(en.set_feed_label.message).inputValue()).toBe(FEED_URL);
    expect(await settingsStatus.innerText()).toMatch(new RegExp(`^${escape(updated)}.+\\. ${escape(failed)}The feed is malformed near line \\d+\\.$`));
    await h.screenshot(settings, 'settings-feed-error');

    // The next good document clears the error.
    h.serveAt(FEED_URL, GOOD_FEED, { ...FEED_HEADERS, etag: '"v3"' });
    const fixed = await sendFromExtension('feed:refresh');
    expect(fixed.state?.lastError).toBeUndefined();
    expect(fixed.state?.etag).toBe('"v3"');
    expect(fixed.state!.lastGoodAt!).toBeGreaterThan(lastGoodAt);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
