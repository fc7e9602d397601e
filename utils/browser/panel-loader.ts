import { browser } from 'wxt/browser';
import type { Platform } from '../platform';
import { claimPanel, panelSettled } from '../platforms/panel-handshake';
import type { PlatformAdapter } from '../platforms/types';
import { watchForWriting, type PanelLoader } from '../platforms/writing-watcher';
import { hasRecentDraft, STORAGE_KEYS } from '../storage-keys';

/**
 * How long the panel may take to start before the watcher gives up and lets the site run without it (a held
 * Publish waits this long at worst). The first panel shows in 130-170 ms on this 2-core machine (npm run bench mount-latency, 2026-12-02).
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

/**
 * What every LinkedIn and X page runs: the watcher, which loads the panel where the person writes, and at once when
 * a draft was saved on this site moments ago (a reload, a tab reopened), so the offer to restore it is there.
 */
export function watchWhereThePersonWrites(adapter: PlatformAdapter, signal: AbortSignal): void {
  const watcher = watchForWriting(adapter, document, window, panelLoader(adapter.id), signal);
  const loadIfRecent = (recent: unknown) => {
    if (!signal.aborted && hasRecentDraft(recent, adapter.id, Date.now())) watcher.load();
  };
  browser.storage.local.get(STORAGE_KEYS.recentDraft).then((stored) => loadIfRecent(stored[STORAGE_KEYS.recentDraft]), () => {});
  // A reload right after typing starts while the last save of the page before it may still be on its way.
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STORAGE_KEYS.recentDraft in changes) loadIfRecent(changes[STORAGE_KEYS.recentDraft]!.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  const stop = () => browser.storage.onChanged.removeListener(listener);
  setTimeout(stop, RECENT_SAVE_IN_FLIGHT_MS);
  signal.addEventListener('abort', stop, { once: true });
}

/** How long after a page starts a save from the page before it can still land. */
const RECENT_SAVE_IN_FLIGHT_MS = 10_000;
