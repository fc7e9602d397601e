// End-to-end harness: Chromium (Debian /usr/bin/chromium) + the built extension + offline
// fixture pages served at the REAL LinkedIn / X URLs. Nothing reaches the network: every
// other http(s) request is aborted and recorded in `blockedRequests`.
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, mkdir, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Platform } from '../../utils/platform';
import { lastRegistered, loadFixturePages } from './fixture-pages';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES_DIST = path.join(ROOT, 'tests/fixtures/dist');
export const ARTIFACTS_DIR = path.join(ROOT, 'tests/e2e/.artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The fixture pages, at their real URLs. */
export const URLS = {
  linkedinFeed: 'https://www.linkedin.com/feed/',
  linkedinShareActive: 'https://www.linkedin.com/feed/?shareActive=true',
  linkedinSduiFeed: 'https://www.linkedin.com/feed/?variant=sdui',
  linkedinSharingCompose: 'https://www.linkedin.com/sharing/compose',
  xHome: 'https://x.com/home',
  xCompose: 'https://x.com/compose/post',
  xStatus: 'https://x.com/someone/status/1234567890',
  playground: 'https://www.linkedin.com/__fixtures__/index.html',
} as const;

export type EditorKind = 'quill' | 'tiptap' | 'draft';
export interface ModelText {
  id: string;
  kind: EditorKind;
  text: string;
}
export interface Published {
  composer: string;
  text: string;
  at: number;
  part?: number;
}

export interface LaunchOptions {
  /** Unpacked extension folder (default $PV_EXTENSION_PATH or the test build .output/chrome-mv3-e2e). `null` launches without it. */
  extensionPath?: string | null;
  /** UI + content locale, e.g. 'fr' (sets --lang, LANGUAGE and navigator.language). */
  locale?: string;
  /** Headed when false (needs $DISPLAY). Default true. */
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** Extra Chromium args. */
  args?: string[];
  /** Milliseconds to wait for the extension's service worker. Default 15000. */
  serviceWorkerTimeout?: number;
  /** Slow each Playwright action by this many ms (demo / debugging). */
  slowMo?: number;
  /**
   * Load a private copy of the extension (default true). Several people build into
   * .output/chrome-mv3 in the same tree; a copy keeps a running suite from losing its files
   * to a concurrent `wxt build`. The id then differs per launch: read `extensionId`.
   */
  snapshot?: boolean;
  /**
   * Runs once the extension folder to load is known, before Chromium starts: its id is already
   * fixed (derived from the folder's path), so browser policies for it can be written here.
   */
  beforeLaunch?: (extension: { path: string; id: string }) => void | Promise<void>;
  /**
   * Answers registered before any page or the service worker can ask (same as serveAt, which
   * only exists once launched: a fetch the worker makes right at startup would be blocked).
   */
  serve?: Array<{ url: string | RegExp; body: Body; headers?: Record<string, string>; status?: number }>;
}

/**
 * The id Chromium gives an unpacked extension loaded from `absolutePath`: sha256 of the path,
 * first 32 hex digits written with the letters a-p (Chromium's crx_file::id_util::GenerateIdForPath).
 */
export function extensionIdForPath(absolutePath: string): string {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

type Body = string | Buffer;
interface Served {
  match: string | RegExp;
  body: Body | ((url: string) => Body | Promise<Body>);
  headers: Record<string, string>;
  status: number;
}

export interface Harness {
  context: BrowserContext;
  /** '' when launched without an extension. */
  extensionId: string;
  serviceWorker: Worker | null;
  /** Every http(s) URL that was neither a fixture nor registered with serveAt (aborted). */
  blockedRequests: string[];
  /** Every http(s) URL that was answered (fixtures + serveAt). */
  servedRequests: string[];
  /** The requests answered by serveAt, with their method and request headers (lower-case names). */
  servedDetails: { url: string; method: string; headers: Record<string, string> }[];
  /** Answer `url` (exact string, query included, or RegExp) with `body`. Later calls win. */
  serveAt(url: string | RegExp, body: Body | ((url: string) => Body | Promise<Body>), headers?: Record<string, string>, status?: number): void;
  /** New tab at `url` (a fixture page waits until window.__fixture exists). */
  open(url: string): Promise<Page>;
  /** chrome-extension://ID/<path> in a new tab. */
  openExtensionPage(pagePath: string): Promise<Page>;
  /** The editors' OWN models (Quill/TipTap/Draft.js), not the DOM. */
  modelTexts(page: Page): Promise<ModelText[]>;
  modelText(page: Page, id: string): Promise<string | undefined>;
  /** What the fixture "published" (window.__published). */
  published(page: Page): Promise<Published[]>;
  /** Full-page PNG into tests/e2e/.artifacts/<name>.png; returns the path. */
  screenshot(page: Page, name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Chromium refuses an unpacked extension whose manifest names a missing file, SILENTLY when
 * launched with --load-extension (the only symptom is that no service worker ever starts).
 * Check the usual suspects up front so a test fails with the real reason.
 */
export function missingManifestFiles(ext: string): string[] {
  const m = JSON.parse(readFileSync(path.join(ext, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    storage?: { managed_schema?: string };
    default_locale?: string;
    content_scripts?: { js?: string[]; css?: string[] }[];
    action?: { default_popup?: string };
    options_ui?: { page?: string };
    icons?: Record<string, string>;
  };
  const files = [
    m.background?.service_worker,
    m.storage?.managed_schema,
    m.default_locale ? `_locales/${m.default_locale}/messages.json` : undefined,
    m.action?.default_popup,
    m.options_ui?.page,
    ...Object.values(m.icons ?? {}),
    ...(m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
  ].filter((f): f is string => Boolean(f));
  return files.filter((f) => !existsSync(path.join(ext, f)));
}

/** Copy `source` to `dest`, waiting (up to 90 s) while a concurrent build leaves it incomplete. */
async function snapshotExtension(source: string, dest: string): Promise<string> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ready = existsSync(path.join(source, 'manifest.json')) && missingManifestFiles(source).length === 0;
    if (ready) {
      await rm(dest, { recursive: true, force: true });
      try {
        await cp(source, dest, { recursive: true });
        if (missingManifestFiles(dest).length === 0) return dest;
      } catch {
        // source changed under us: retry
      }
    }
    if (Date.now() > deadline) {
      if (!existsSync(path.join(source, 'manifest.json'))) throw new Error(`no extension at ${source}: run \`npx wxt build\` first`);
      return source; // let the caller report the missing files
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<Harness> {
  const {
    extensionPath = process.env.PV_EXTENSION_PATH ?? '.output/chrome-mv3-e2e',
    locale,
    headless = true,
    viewport = { width: 1280, height: 900 },
    args = [],
    serviceWorkerTimeout = 15_000,
    slowMo,
    snapshot = true,
    beforeLaunch,
    serve = [],
  } = options;
  const fixtures = await loadFixturePages(FIXTURES_DIST);
  const source = extensionPath === null ? null : path.resolve(ROOT, extensionPath);
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'porte-voix-e2e-'));
  const ext = source && snapshot ? await snapshotExtension(source, path.join(userDataDir, '..', `${path.basename(userDataDir)}-ext`)) : source;
  if (ext) {
    const missing = missingManifestFiles(ext);
    if (missing.length) {
      throw new Error(`Chromium would silently refuse ${ext}: its manifest names missing file(s) ${missing.join(', ')}`);
    }
    await beforeLaunch?.({ path: ext, id: extensionIdForPath(ext) });
  }
  const chromiumArgs = [
    ...(ext ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(locale ? [`--lang=${locale}`] : []),
    ...args,
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    args: chromiumArgs,
    viewport,
    locale,
    slowMo,
    env: { ...process.env, ...(locale ? { LANGUAGE: locale, LANG: `${locale.replace('-', '_')}.UTF-8` } : {}) },
  });

  const blockedRequests: string[] = [];
  const servedRequests: string[] = [];
  const servedDetails: Harness['servedDetails'] = [];
  const served: Served[] = serve.map(({ url, body, headers = {}, status = 200 }) => ({ match: url, body, headers, status }));

  const fulfil = async (route: Route, body: Body, contentType: string, extra: Record<string, string> = {}, status = 200) => {
    servedRequests.push(route.request().url());
    await route.fulfill({ status, body, headers: { 'content-type': contentType, 'cache-control': 'no-store', ...extra } });
  };

  // Only http(s): a '**/*' route would also swallow chrome-extension:// files.
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url();
    const s = lastRegistered(served, url);
    if (s) {
      servedDetails.push({ url, method: route.request().method(), headers: await route.request().allHeaders() });
      const body = typeof s.body === 'function' ? await s.body(url) : s.body;
      const headers = { ...s.headers };
      const ct = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-type');
      if (ct) delete headers[ct[0]];
      return fulfil(route, body, ct?.[1] ?? 'text/plain; charset=utf-8', headers, s.status);
    }
    const fixture = await fixtures.answer(url);
    if (fixture) return fulfil(route, fixture.body, fixture.contentType, {}, fixture.status);
    blockedRequests.push(url);
    await route.abort('blockedbyclient');
  });

  let serviceWorker: Worker | null = null;
  let extensionId = '';
  if (ext) {
    serviceWorker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith('chrome-extension://'),
        timeout: serviceWorkerTimeout,
      }));
    extensionId = new URL(serviceWorker.url()).host;
    // Chromium answers storage.managed only once its policies are loaded, seconds after start
    // (about 3.5 s here, more under load). A Publish in that window waits for the company policy
    // (tested on its own); the other tests start after it.
    await serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<unknown> } } } }).chrome.storage.managed.get()).catch(() => {});
  }

  const harness: Harness = {
    context,
    extensionId,
    serviceWorker,
    blockedRequests,
    servedRequests,
    servedDetails,
    serveAt(url, body, headers = {}, status = 200) {
      served.push({ match: url, body, headers, status });
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      // Interval polling: rAF polling stalls in a background tab.
      if (fixtures.isPage(url)) await page.waitForFunction(() => Boolean((window as { __fixture?: unknown }).__fixture), undefined, { polling: 50, timeout: 15_000 });
      return page;
    },
    async openExtensionPage(pagePath) {
      if (!extensionId) throw new Error('launched without an extension');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pagePath.replace(/^\//, '')}`);
      return page;
    },
    modelTexts: (page) =>
      page.evaluate(() => (window as unknown as { __fixture: { modelTexts(): ModelText[] } }).__fixture.modelTexts()),
    async modelText(page, id) {
      return (await harness.modelTexts(page)).find((m) => m.id === id)?.text;
    },
    published: (page) => page.evaluate(() => [...((window as unknown as { __published?: Published[] }).__published ?? [])]),
    async screenshot(page, name) {
      await mkdir(ARTIFACTS_DIR, { recursive: true });
      const file = path.join(ARTIFACTS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    async close() {
      await context.close().catch(() => {});
      await rm(userDataDir, { recursive: true, force: true }).catch(() => {});
      if (ext && ext !== source) await rm(ext, { recursive: true, force: true }).catch(() => {});
    },
  };
  return harness;
}

/** Playwright's `page.keyboard` modifier for "Ctrl/Cmd". */
export const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

/** A composer of the fixture pages as the composer suites drive it; `P` is the driver's page (Playwright or puppeteer). */
export interface FixtureComposer<P> {
  name: string;
  url: string;
  /**
   * Opens the composer (clicks its trigger), or for a composer that is part of the page (X's home box, comment
   * boxes under feed posts) comes to write in it: those get their panel when the person comes to write (issue 12:
   * nothing but a watcher runs where people only read).
   */
  reveal(page: P): Promise<void>;
  editor: string;
  /** Where the panel must be: inside the same modal/dialog/box as the editor. */
  scope: string;
  /** The editor's id in the fixture page's model hooks (window.__fixture). */
  model: string;
  platform: Platform;
  /** The character limit the panel shows for this composer. */
  limit: number;
}

/** Locators for the fixture composers (Playwright CSS pierces the open #interop-outlet shadow root). */
export const SEL = {
  linkedinClassicTrigger: 'button.share-box-feed-entry__trigger',
  linkedinClassicModal: '[data-test-modal-id="sharebox"][role="dialog"]',
  linkedinClassicEditor: '[data-test-modal-id="sharebox"] .ql-editor[data-test-ql-editor-contenteditable="true"]',
  linkedinClassicPost: '[data-test-modal-id="sharebox"] button.share-actions__primary-action',
  linkedinClassicCommentEditor: 'form.comments-comment-box__form .ql-editor',
  linkedinClassicCommentSubmit: 'button.comments-comment-box__submit-button--cr',
  linkedinToastSuccess: '[data-test-artdeco-toast-item-type="success"]',
  linkedinSduiTrigger: 'div[aria-label="Start a post"]',
  linkedinSduiDialog: 'dialog:has([data-sdui-screen="com.linkedin.sdui.flagshipnav.sharing.ShareCompose"])',
  linkedinSduiEditor: '[componentkey="ShareBox_textEditor"][contenteditable="true"][role="textbox"]',
  // Named: Playwright's CSS pierces our panel's shadow root, whose buttons are text-only too.
  linkedinSduiPost: 'dialog [data-sdui-screen*="sharing.ShareCompose"] button:not(:has(svg)):text-is("Post")',
  linkedinSduiCommentEditor: '[componentkey="commentBox-abc123"] [data-testid="ui-core-tiptap-text-editor-wrapper"] div[contenteditable="true"][role="textbox"]',
  linkedinSduiCommentButton: '[componentkey*="commentButtonSection"] button',
  xHomeEditor: '[data-testid="primaryColumn"] [data-testid="tweetTextarea_0"]',
  xInlineButton: '[data-testid="tweetButtonInline"]',
  xModal: '#layers [role="dialog"][aria-labelledby="modal-header"]',
  xModalEditor: (n: number) => `#layers [role="dialog"] [data-testid="tweetTextarea_${n}"]`,
  xModalButton: '#layers [data-testid="tweetButton"]',
  xAddButton: '#layers [data-testid="addButton"]',
  xClose: '#layers [data-testid="app-bar-close"]',
  xSideNavPost: '[data-testid="SideNav_NewTweet_Button"]',
  xToast: '[data-testid="toast"]',
  xReplyPlaceholder: '[data-testid="primaryColumn"] .reply-placeholder',
} as const;
