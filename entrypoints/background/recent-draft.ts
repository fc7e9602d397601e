import { browser } from 'wxt/browser';
import type { Platform } from '../../utils/checks/types';
import { STORAGE_KEYS, type RecentDrafts } from '../../utils/storage-keys';

const RECENT_PRECISION_MS = 60_000;

/**
 * Notes when a draft was last saved on a site (or that its post went out: null), for the pages' watchers: a page
 * opened moments after loads its panel at once with the offer to restore (issue 10's reload, under issue 12's
 * lazy panel). A storage failure only costs that shortcut.
 */
export async function noteRecentDraft(platform: Platform, at: number | null): Promise<void> {
  try {
    const stored = (await browser.storage.local.get(STORAGE_KEYS.recentDraft))[STORAGE_KEYS.recentDraft] as RecentDrafts | undefined;
    const next: RecentDrafts = { ...stored };
    if (at === null) delete next[platform];
    // Autosave runs every second while someone types: a minute's precision is plenty for a 15-minute window.
    else if ((next[platform] ?? 0) < at - RECENT_PRECISION_MS) next[platform] = at;
    else return;
    await browser.storage.local.set({ [STORAGE_KEYS.recentDraft]: next });
  } catch {
    // The watcher then waits for the person to come to write, as on any page.
  }
}
