import { browser, type Browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { Platform } from '../../utils/platform';

/** The panel bundle of each site (WXT unlisted scripts: in the package, not web-accessible). */
const PANEL_FILES: Record<Platform, ScriptPublicPath> = {
  linkedin: '/linkedin-panel.js',
  x: '/x-panel.js',
};

/**
 * Injects a site's panel into the frame whose watcher asked (issue 12): the page never evaluates the panel,
 * the checks or React until the person writes. Host permissions already cover these pages; `scripting` is the
 * only permission this adds.
 */
export async function injectPanel(platform: Platform, sender: Browser.runtime.MessageSender): Promise<null> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('panel:inject needs a tab');
  if (import.meta.env.MODE === 'e2e') await slowMachineDelay();
  const results = await browser.scripting.executeScript({
    target: { tabId, frameIds: [sender.frameId ?? 0] },
    files: [PANEL_FILES[platform]],
  });
  // Firefox reports a bundle that threw while loading here (Chrome only logs it): answer now so the watcher lets
  // a held Publish go at once rather than at its timeout.
  const failed = (results as Array<{ error?: unknown }>).find((result) => result.error !== undefined);
  if (failed) throw new Error(`panel bundle failed to load: ${String(failed.error)}`);
  return null;
}

/**
 * Test build only (`wxt build --mode e2e`; production bundles do not contain it): end-to-end tests play a slow
 * machine, where the panel arrives after the person pressed Publish, by setting this many milliseconds.
 */
export const E2E_PANEL_DELAY_KEY = 'e2e:panelDelayMs';

async function slowMachineDelay(): Promise<void> {
  const { [E2E_PANEL_DELAY_KEY]: delay } = await browser.storage.local.get(E2E_PANEL_DELAY_KEY);
  if (typeof delay === 'number' && delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
}
