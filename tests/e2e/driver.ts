// One driver for both browsers: puppeteer-core drives Debian's Chromium (CDP, pipe) and Debian's
// Firefox ESR (WebDriver BiDi, no geckodriver) with the BUILT extension, and serves the fixture
// pages at the real LinkedIn / X URLs through request interception. Every other http(s) request
// is aborted and recorded: the shared cases (tests/e2e/shared/) run unchanged in both browsers.
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ARTIFACTS_DIR, CHROMIUM, FIXTURES_DIST, ROOT, extensionIdForPath, missingManifestFiles, type ModelText, type Published } from './harness';
import { loadFixturePages, lastRegistered } from './fixture-pages';
import { installManagedPolicy } from './helpers';
import { readTableInPage } from './in-extension-page';

export type BrowserName = 'chromium' | 'firefox';

/** The little of the extension API the driver uses inside an extension page. */
declare const chrome: { storage: { managed: { get(): Promise<Record<string, unknown>> } } };

/** Browsers the shared cases run in ($PV_BROWSERS, comma-separated; default both). */
export const BROWSERS: BrowserName[] = (process.env.PV_BROWSERS ?? 'chromium,firefox')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is BrowserName => name === 'chromium' || name === 'firefox');

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The add-on id in the Firefox build's manifest (wxt.config.ts). */
export const GECKO_ID = 'porte-voix@porte-voix.example';
/** A fixed moz-extension UUID, so extension pages have a known address in Firefox. */
const FIREFOX_UUID = '5f0c2b8e-7a1d-4c3e-9b6f-2d8a4e1c7f90';

/** The test build (`wxt build --mode e2e`): identical to production but with an open panel shadow root. */
export function e2eBuild(browser: BrowserName): string {
  return path.join(ROOT, browser === 'firefox' ? '.output/firefox-mv3-e2e' : '.output/chrome-mv3-e2e');
}

type Body = string | Buffer;
interface Served {
  match: string | RegExp;
  body: Body;
  contentType: string;
  status: number;
}

export interface SessionOptions {
  /** Unpacked extension folder; default the browser's e2e build. */
  extensionPath?: string;
  /**
   * A company policy delivered through the browser's enterprise policies into storage.managed
   * (Chromium: a managed policy file; Firefox: a policies.json given to this profile).
   */
  managedPolicy?: Record<string, unknown>;
  /** Headed when false (needs $DISPLAY; `npm run demo`). Default true. */
  headless?: boolean;
}

export interface Session {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid>. */
  extensionOrigin: string;
  /** Every http(s) URL that was neither a fixture nor served with serveAt (aborted). */
  blockedRequests: string[];
  serveAt(match: string | RegExp, body: Body, contentType?: string, status?: number): void;
  /** A new tab at a fixture URL, once the fixture page is up. */
  open(url: string): Promise<Page>;
  /** An extension page (popup.html, options.html#/settings …) in a new tab, once loaded. */
  openExtensionPage(pagePath: string): Promise<Page>;
  /** Reloads a fixture page and waits for the fixture. */
  reload(page: Page): Promise<void>;
  modelText(page: Page, id: string): Promise<string | undefined>;
  published(page: Page): Promise<Published[]>;
  /** Rows of an IndexedDB table of the extension (the real IndexedDB, read from an extension page). */
  readTable<T = Record<string, unknown>>(table: string): Promise<T[]>;
  /** Runs `fn` in an extension page (chrome.* / browser.* available). */
  inExtension<T, A>(fn: (arg: A) => Promise<T> | T, arg: A): Promise<T>;
  screenshot(page: Page, name: string): Promise<string>;
  /** Uncaught errors on a page opened here. */
  pageErrors(page: Page): string[];
  close(): Promise<void>;
}

/**
 * Firefox's system-wide enterprise policies on Linux (Debian's firefox-esr reads
 * /etc/firefox/policies/policies.json at start; checked 2026-12-02, as is distribution/policies.json
 * beside the binary). "3rdparty" → "Extensions" → add-on id is what fills storage.managed.
 */
export const FIREFOX_POLICY_FILE = process.env.FIREFOX_POLICY_FILE ?? '/etc/firefox/policies/policies.json';

async function installFirefoxPolicy(policy: Record<string, unknown>): Promise<() => Promise<void>> {
  if (existsSync(FIREFOX_POLICY_FILE)) throw new Error(`${FIREFOX_POLICY_FILE} exists: this machine has a Firefox policy the test would replace`);
  await mkdir(path.dirname(FIREFOX_POLICY_FILE), { recursive: true });
  await writeFile(FIREFOX_POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }, null, 2));
  return () => rm(FIREFOX_POLICY_FILE, { force: true });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `read` until it returns a truthy value (or throws the last error after `timeoutMs`). */
export async function until<T>(read: () => Promise<T>, timeoutMs = 10_000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await read();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(100);
  }
}

export async function launchSession(name: BrowserName, options: SessionOptions = {}): Promise<Session> {
  const fixtures = await loadFixturePages(FIXTURES_DIST);
  const source = path.resolve(ROOT, options.extensionPath ?? e2eBuild(name));
  if (!existsSync(path.join(source, 'manifest.json'))) throw new Error(`no extension at ${source}: run \`npm run test:e2e\` (it builds it)`);
  const missing = missingManifestFiles(source);
  if (missing.length) throw new Error(`${source}: its manifest names missing file(s) ${missing.join(', ')}`);
  const work = await mkdtemp(path.join(tmpdir(), `porte-voix-${name}-`));
  // A private copy: a concurrent `wxt build` must not pull files from under a running browser.
  const ext = path.join(work, 'extension');
  await cp(source, ext, { recursive: true });

  let browser: Browser;
  let extensionOrigin: string;
  let removePolicy = async () => {};
  if (name === 'firefox') {
    const profile = path.join(work, 'profile');
    await mkdir(profile, { recursive: true });
    const prefs: Record<string, unknown> = {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
      'app.update.disabledForTesting': true,
    };
    if (options.managedPolicy) removePolicy = await installFirefoxPolicy(options.managedPolicy);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: options.headless ?? true,
      protocol: 'webDriverBiDi',
      userDataDir: profile,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: prefs,
      defaultViewport: { width: 1280, height: 900 },
    });
    await browser.installExtension(ext);
    extensionOrigin = `moz-extension://${FIREFOX_UUID}`;
  } else {
    const profile = path.join(work, 'profile');
    // An unpacked extension's id is derived from its path: known before start, so a company
    // policy for it can be in place when Chromium reads its policies.
    const expectedId = extensionIdForPath(ext);
    if (options.managedPolicy) removePolicy = (await installManagedPolicy(expectedId, options.managedPolicy, `porte-voix-e2e-${expectedId}.json`)).remove;
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: options.headless ?? true,
      pipe: true,
      // Loaded at start (--load-extension): Chromium then applies the extension's managed
      // policy, which it does not for an extension installed later over CDP.
      enableExtensions: [ext],
      userDataDir: profile,
      defaultViewport: { width: 1280, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    extensionOrigin = `chrome-extension://${expectedId}`;
  }

  // The extension opens its onboarding tab on install. Let it come and go before the first test:
  // a tab that comes in front mid-test leaves Chromium's input to the test's tab hanging.
  const onboarding = await browser
    .waitForTarget((target) => target.url().startsWith(`${extensionOrigin}/options.html`), { timeout: 10_000 })
    .catch(() => null);
  await (await onboarding?.page())?.close().catch(() => {});

  const blockedRequests: string[] = [];
  const served: Served[] = [];
  const errors = new WeakMap<Page, string[]>();
  const pages: Page[] = [];

  const onRequest = async (request: HTTPRequest) => {
    const url = request.url();
    if (!/^https?:\/\//.test(url)) return request.continue();
    const registered = lastRegistered(served, url);
    if (registered) return request.respond({ status: registered.status, contentType: registered.contentType, body: registered.body, headers: { 'cache-control': 'no-store' } });
    const fixture = await fixtures.answer(url);
    if (fixture) return request.respond(fixture);
    blockedRequests.push(url);
    return request.abort('blockedbyclient');
  };

  const track = (page: Page) => {
    pages.push(page);
    const list: string[] = [];
    page.on('pageerror', (error) => list.push(error instanceof Error ? error.message : String(error)));
    errors.set(page, list);
    return page;
  };

  const newPage = async () => {
    const page = track(await browser.newPage());
    await page.setRequestInterception(true);
    page.on('request', (request) => void onRequest(request).catch(() => {}));
    return page;
  };

  const waitForFixture = (page: Page) =>
    page.waitForFunction(() => Boolean((window as { __fixture?: unknown }).__fixture), { polling: 50, timeout: 15_000 });

  const session: Session = {
    name,
    browser,
    extensionOrigin,
    blockedRequests,
    serveAt(match, body, contentType = 'text/plain; charset=utf-8', status = 200) {
      served.push({ match, body, contentType, status });
    },
    async open(url) {
      const page = await newPage();
      // In front, as a person's tab would be: Chromium throttles input to a background tab (the
      // onboarding tab the extension opens on install comes in front of it).
      await page.bringToFront();
      await page.goto(url);
      if (fixtures.isPage(url)) await waitForFixture(page);
      return page;
    },
    async openExtensionPage(pagePath) {
      const page = track(await browser.newPage());
      const url = `${extensionOrigin}/${pagePath.replace(/^\//, '')}`;
      if (name === 'firefox') {
        // Firefox never reports a moz-extension:// navigation as finished to BiDi clients
        // (2026-12-01): start it, then wait for the document itself.
        void page.goto(url).catch(() => {});
        await until(() => page.evaluate((expected) => location.href === expected && document.readyState === 'complete', url), 15_000, `${url} to load`);
      } else {
        await page.goto(url);
      }
      return page;
    },
    async reload(page) {
      await page.reload();
      await waitForFixture(page);
    },
    async modelText(page, id) {
      const texts = await page.evaluate(() => (window as unknown as { __fixture: { modelTexts(): ModelText[] } }).__fixture.modelTexts());
      return texts.find((m) => m.id === id)?.text;
    },
    published: (page) => page.evaluate(() => [...((window as unknown as { __published?: Published[] }).__published ?? [])]),
    async inExtension(fn, arg) {
      const page = await session.openExtensionPage('popup.html');
      try {
        return (await page.evaluate(fn as (arg: unknown) => unknown, arg as unknown)) as Awaited<ReturnType<typeof fn>>;
      } finally {
        await page.close().catch(() => {});
      }
    },
    async readTable<T>(table: string) {
      return (await session.inExtension(readTableInPage, table)) as T[];
    },
    async screenshot(page, label) {
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      const file = path.join(ARTIFACTS_DIR, `${name}-${label.replace(/[^\w.-]+/g, '_')}.png`) as `${string}.png`;
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    pageErrors: (page) => errors.get(page) ?? [],
    async close() {
      for (const page of pages) await page.close().catch(() => {});
      await browser.close().catch(() => {});
      await removePolicy();
      await rm(work, { recursive: true, force: true }).catch(() => {});
    },
  };
  if (name === 'chromium') {
    // Chromium answers storage.managed only once its policies are loaded, seconds after start: a
    // Publish in that window waits for the company policy (tested on its own); the cases start after it.
    await session.inExtension(() => chrome.storage.managed.get(), null).catch(() => {});
  }
  return session;
}

/** One browser per describe block; pages closed after each test; no request may escape. */
export function withSession(name: BrowserName, options?: SessionOptions) {
  let session: Session | undefined;
  let opened: Page[] = [];
  beforeAll(async () => {
    session = await launchSession(name, options);
  });
  afterAll(async () => {
    await session?.close();
  });
  afterEach(async () => {
    expect(session?.blockedRequests).toEqual([]);
    for (const page of opened.splice(0)) await page.close().catch(() => {});
  });
  const started = () => {
    if (!session) throw new Error('withSession: the browser starts in beforeAll');
    return session;
  };
  return {
    get s() {
      return started();
    },
    async open(url: string) {
      const page = await started().open(url);
      opened.push(page);
      return page;
    },
    async openExtensionPage(pagePath: string) {
      const page = await started().openExtensionPage(pagePath);
      opened.push(page);
      return page;
    },
    reset() {
      opened = [];
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Page helpers: the same calls in both browsers. Selectors pierce open shadow roots with `>>>`
// (the e2e build keeps the panel's root open; the fixtures' #interop-outlet root is open).

/** The panel inside `scope` (a CSS selector of the composer's box). */
export const panelSelector = (scope: string) => `${scope} >>> porte-voix-panel`;

/**
 * The first element matching `selector`, once there. Polls: puppeteer's waitForSelector watches
 * the document with a MutationObserver, which never sees changes inside a shadow root.
 */
export async function waitForElement(page: Page, selector: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  return until(() => page.$(selector), timeout, selector);
}

export async function count(page: Page, selector: string): Promise<number> {
  return (await page.$$(selector)).length;
}

/** What became of one armed click: the press reached the element, or it landed elsewhere and was stopped. */
type ClickOutcome = 'pending' | 'hit' | 'missed';

/**
 * Arms a one-shot check in the page for the next click: it counts as a hit only if both the press and the release
 * reach `element` (or something inside it). A press that lands elsewhere, and everything after it, is stopped in the
 * window's capture phase before the element under the pointer and the site's handlers see it; so are the release
 * and the click when the element moved between press and release (the browser would then click their common
 * ancestor). The outcome is read at the release, not the click: Porte-Voix's publish guard, a window capture listener
 * added earlier, may rightly stop the click itself. Only such earlier listeners see a stopped press: the fixture's
 * counters, and the guard, which ignores a click off a Publish button. Playwright does the same when "another
 * element would receive the click".
 */
function armHitCheck(element: Element): { outcome: ClickOutcome; disarm(): void } {
  const state: { outcome: ClickOutcome; disarm(): void } = { outcome: 'pending', disarm: () => {} };
  const types = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;
  let missed = false;
  const listener = (event: Event) => {
    const onElement = event.composedPath().includes(element);
    if (event.type !== 'click' && !onElement) missed = true;
    if (missed) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    if (event.type === 'pointerup') {
      state.outcome = missed ? 'missed' : 'hit';
      if (!missed) state.disarm();
      // A missed release: stop its mouseup and click too, which the browser dispatches in the same task.
      else setTimeout(() => state.disarm(), 0);
    } else if (event.type === 'click') {
      state.disarm();
    }
  };
  state.disarm = () => {
    for (const type of types) window.removeEventListener(type, listener, true);
  };
  for (const type of types) window.addEventListener(type, listener, true);
  return state;
}

/**
 * Clicks an element (a deep selector, once it exists, or a handle) where it is when the button goes down, as a
 * person's aimed click does. Puppeteer's own click reads the element's position, then sends the pointer events to
 * those coordinates: in Firefox these are separate WebDriver BiDi round trips, and a page still laying out (the
 * panel showing its findings and suggestions some 100 ms after the last key) can move the element in between, so
 * the press lands on whatever is there now (2026-12-03: the site's Post button had moved 32-62 px down and the press
 * hit the panel, so the site never saw a click). Such a press is stopped (armHitCheck) and the click is aimed again
 * at where the element is now: no second click ever follows one that reached it.
 */
export async function clickOn(page: Page, target: string | ElementHandle<Element>, timeout = 10_000): Promise<void> {
  const handle = typeof target === 'string' ? await waitForElement(page, target, timeout) : target;
  const what = typeof target === 'string' ? target : 'the element';
  const deadline = Date.now() + timeout;
  for (;;) {
    const check = await handle.evaluateHandle(armHitCheck);
    try {
      await handle.click();
      const outcome = await until(() => check.evaluate((state) => (state.outcome === 'pending' ? null : state.outcome)), 5_000, `the click on ${what} to arrive`);
      if (outcome === 'hit') return;
    } finally {
      await check.evaluate((state) => state.disarm()).catch(() => {});
      await check.dispose().catch(() => {});
    }
    if (Date.now() > deadline) throw new Error(`every click on ${what} landed on another element for ${timeout} ms`);
  }
}

/** Focuses the editor by clicking it, then types like a person (one key at a time; "\n" is Enter). */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await clickOn(page, selector);
  await page.keyboard.type(text);
}

/** Ctrl/Cmd + key. */
export async function pressWithModifier(page: Page, key: string): Promise<void> {
  const mod = process.platform === 'darwin' ? 'Meta' : 'Control';
  await page.keyboard.down(mod);
  await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
  await page.keyboard.up(mod);
}

/**
 * The button named `name` (its text or aria-label) inside the panel under `scope`, optionally
 * inside a sub-element (`within`, e.g. 'li[data-category="secret"]' or '[role="alertdialog"]').
 */
export async function panelButton(page: Page, scope: string, name: string, within = ''): Promise<ElementHandle<Element>> {
  const selector = `${panelSelector(scope)} >>> ${within ? `${within} ` : ''}button`;
  const handle = await until(async () => {
    for (const button of await page.$$(selector)) {
      const label = await button.evaluate((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim());
      if (label === name) return button;
    }
    return null;
  }, 10_000, `button "${name}" in ${scope}`);
  return handle;
}

/** The site's button whose own text is exactly `name` under `scope` (not one of ours). */
export async function siteButton(page: Page, scope: string, name: string): Promise<ElementHandle<Element>> {
  return until(async () => {
    for (const button of await page.$$(`${scope} button`)) {
      const text = await button.evaluate((el) => (el.closest('porte-voix-panel') ? '' : (el.textContent ?? '').trim()));
      if (text === name) return button;
    }
    return null;
  }, 10_000, `site button "${name}"`);
}

/** The count the panel shows, as [length, limit]. */
export async function shownCount(page: Page, scope: string): Promise<[number, number]> {
  const text = await page.$eval(`${panelSelector(scope)} >>> [data-testid="pv-count"]`, (el) => el.textContent ?? '');
  const [length, limit] = text.split('/').map((part) => Number(part.replace(/[^\d]/g, '')));
  return [length!, limit!];
}

export async function isEnabled(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true');
}
