// Helpers shared by the extension's end-to-end tests (the harness itself is in harness.ts).
import type { Locator, Page } from 'playwright-core';
import type { Harness } from './harness';

/** Rows of an IndexedDB table of the extension, read from an extension page (the real IndexedDB). */
export async function readTable<T = Record<string, unknown>>(h: Harness, table: string): Promise<T[]> {
  const page = await h.openExtensionPage('popup.html');
  try {
    return await page.evaluate(
      (name) =>
        new Promise<T[]>((resolve, reject) => {
          const open = indexedDB.open('porte-voix');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains(name)) return resolve([]);
            const request = db.transaction(name).objectStore(name).getAll();
            request.onsuccess = () => {
              resolve(request.result as T[]);
              db.close();
            };
            request.onerror = () => reject(request.error);
          };
        }),
      table,
    );
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
