import { browser } from 'wxt/browser';
import type { Platform } from './checks/types';
import { claimPanel, panelSettled } from './platforms/panel-handshake';
import type { PanelLoader } from './platforms/writing-watcher';

/**
 * How long the panel may take to start before the watcher gives up and lets the site run without it (a held
 * Publish waits this long at worst). The first panel shows in ~0.4-1.1 s on a loaded 2-core machine (bench).
 */
const PANEL_START_TIMEOUT_MS = 4000;

/**
 * Asks the background to inject this site's panel bundle into this very frame (scripting.executeScript; nothing
 * is web-accessible) and waits until it says its panels run. The message is plain: the background validates it
 * (zod stays out of the watcher).
 */
export function panelLoader(platform: Platform): PanelLoader {
  return async () => {
    if (!claimPanel()) return panelSettled(PANEL_START_TIMEOUT_MS);
    const settled = panelSettled(PANEL_START_TIMEOUT_MS);
    const reply = (await browser.runtime.sendMessage({ type: 'panel:inject', platform })) as { ok?: boolean } | undefined;
    if (!reply?.ok) return false;
    return settled;
  };
}
