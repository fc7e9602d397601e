// Helpers shared by the extension's end-to-end tests (the harness itself is in harness.ts).
import { existsSync } from 'node:fs';
import { mkdir, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchWithExtension, SEL, type Harness, type LaunchOptions } from './harness';
import { readTableInPage, writeTablesInPage } from './in-extension-page';

/** Rows of an IndexedDB table of the extension, read from an extension page (the real IndexedDB). */
export async function readTable<T = Record<string, unknown>>(h: Harness, table: string): Promise<T[]> {
  const page = await h.openExtensionPage('popup.html');
  try {
    return (await page.evaluate(readTableInPage, table)) as T[];
  } finally {
    await page.close();
  }
}

/** The Porte-Voix panel inside `scope` (a CSS selector; Playwright pierces open shadow roots). */
export function panelIn(page: Page, scope: string): Locator {
  return page.locator(`${scope} porte-voix-panel`);
}

/** The count the panel shows, as [length, limit]. */
export async function shownCount(panel: Locator): Promise<[number, number]> {
  const text = await panel.getByTestId('pv-count').innerText();
  const [length, limit] = text.split('/').map((part) => Number(part.replace(/[^\d]/g, '')));
  return [length!, limit!];
}

/** Polls until `read` returns something satisfying `accept` (or times out with the last value). */
export async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Settings, company policy and accessibility helpers (settings.e2e / a11y.e2e).

/** The little of `chrome` these helpers use inside the extension's service worker. */
declare const chrome: {
  storage: {
    managed: { get(): Promise<Record<string, unknown>> };
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string[]): Promise<void>;
    };
  };
};

/**
 * Chromium's directory of mandatory policies on Linux (Debian's chromium reads
 * /etc/chromium/policies/managed/*.json at startup and on reload).
 */
export const CHROMIUM_POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/**
 * Writes a mandatory browser policy giving `policy` to the extension `extensionId` through
 * chrome.storage.managed ("3rdparty" → "extensions" → id), as a company's admin would.
 * Returns the function that removes the file again, and the folders it had to create (when
 * empty). Call that function in a `finally`/afterAll: the file is machine-wide.
 */
export async function installManagedPolicy(
  extensionId: string,
  policy: Record<string, unknown>,
  fileName = 'porte-voix-e2e.json',
): Promise<{ file: string; remove: () => Promise<void> }> {
  const created: string[] = [];
  for (let dir = CHROMIUM_POLICY_DIR; !existsSync(dir); dir = path.dirname(dir)) created.unshift(dir);
  await mkdir(CHROMIUM_POLICY_DIR, { recursive: true });
  const file = path.join(CHROMIUM_POLICY_DIR, fileName);
  await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: policy } } }, null, 2));
  return {
    file,
    async remove() {
      await rm(file, { force: true });
      // Deepest first; rmdir refuses a folder someone else put files in, which is what we want.
      for (const dir of [...created].reverse()) await rmdir(dir).catch(() => {});
    },
  };
}

/** What chrome.storage.managed gives the extension, read in its service worker. */
export async function managedStorage(h: Harness): Promise<Record<string, unknown>> {
  if (!h.serviceWorker) throw new Error('launched without an extension');
  return h.serviceWorker.evaluate(() => chrome.storage.managed.get());
}

/** The settings as stored (chrome.storage.local 'settings'), null on a fresh install. */
export async function storedSettings(h: Harness): Promise<Record<string, unknown> | null> {
  if (!h.serviceWorker) throw new Error('launched without an extension');
  return h.serviceWorker.evaluate(async () => ((await chrome.storage.local.get('settings')).settings ?? null) as Record<string, unknown> | null);
}

/**
 * Merges `patch` (top-level fields of the version 2 settings shape) into the stored settings,
 * as another extension page would: every open tab is told through storage events.
 */
export async function patchStoredSettings(h: Harness, patch: Record<string, unknown>): Promise<void> {
  if (!h.serviceWorker) throw new Error('launched without an extension');
  await h.serviceWorker.evaluate(async (changes) => {
    const current = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ settings: { ...current, ...changes }, settings$: { v: 2 } });
  }, patch);
}

/** Back to a fresh install's settings (removes the stored value: every reader falls back to defaults). */
export async function clearStoredSettings(h: Harness): Promise<void> {
  if (!h.serviceWorker) throw new Error('launched without an extension');
  await h.serviceWorker.evaluate(() => chrome.storage.local.remove(['settings']));
}

/**
 * A quiet-hours value whose welcome window (one minute, every day, in UTC) is twelve hours away
 * from `now`: nudges are off now whatever the day, and the value passes the settings schema.
 */
export function quietHoursExcluding(now = new Date()): { enabled: true; start: string; end: string; days: number[]; timeZone: string } {
  const at = (offsetMinutes: number) => {
    const d = new Date(now.getTime() + offsetMinutes * 60_000);
    return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  };
  return { enabled: true, start: at(12 * 60), end: at(12 * 60 + 1), days: [0, 1, 2, 3, 4, 5, 6], timeZone: 'UTC' };
}

/** Puts complete reach-log rows into the extension's IndexedDB (from an extension page). */
export async function seedReachLog(h: Harness, rows: Record<string, unknown>[]): Promise<void> {
  const page = await h.openExtensionPage('popup.html');
  try {
    // The background creates the database on install; wait until the table exists.
    await page.waitForFunction(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('porte-voix');
          open.onsuccess = () => {
            const ok = open.result.objectStoreNames.contains('reachLog');
            open.result.close();
            resolve(ok);
          };
          open.onerror = () => resolve(false);
        }),
      undefined,
      { polling: 200, timeout: 15_000 },
    );
    await page.evaluate(writeTablesInPage, { put: { reachLog: rows } });
  } finally {
    await page.close();
  }
}

/**
 * One Chromium with the built extension per test file. Pages opened through `open` and
 * `openExtensionPage` close after each test, and every test fails if any request escaped to the
 * network: nothing about the person may leave the device.
 */
export function withExtension(options?: LaunchOptions) {
  let harness: Harness | undefined;
  const pages: Page[] = [];
  const errors = new WeakMap<Page, string[]>();
  beforeAll(async () => {
    harness = await launchWithExtension(options);
  });
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(async () => {
    expect(harness?.blockedRequests).toEqual([]);
    for (const page of pages.splice(0)) await page.close().catch(() => {});
  });
  const track = (page: Page) => {
    pages.push(page);
    const list: string[] = [];
    page.on('pageerror', (error) => list.push(error.message));
    errors.set(page, list);
    return page;
  };
  const started = () => {
    if (!harness) throw new Error('withExtension: the browser starts in beforeAll');
    return harness;
  };
  return {
    get h() {
      return started();
    },
    open: async (url: string) => track(await started().open(url)),
    openExtensionPage: async (path: string) => track(await started().openExtensionPage(path)),
    /** A page opened some other way, closed after the test like the others. */
    track,
    /** Uncaught errors of a page opened here: a site must never break because of us. */
    pageErrors: (page: Page) => errors.get(page) ?? [],
  };
}

/** Opens X's compose modal from the side navigation and writes a thread: one part per editor, "Add" between parts. */
export async function writeXThread(page: Page, parts: string[]): Promise<void> {
  await page.click(SEL.xSideNavPost);
  for (const [index, part] of parts.entries()) {
    if (index > 0) await page.click(SEL.xAddButton);
    await page.locator(SEL.xModalEditor(index)).click();
    await page.keyboard.type(part);
  }
}
