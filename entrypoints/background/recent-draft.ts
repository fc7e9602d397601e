import { browser } from 'wxt/browser';
import type { Platform } from '../../utils/platform';
import { STORAGE_KEYS, type RecentDrafts } from '../../utils/storage-keys';

const RECENT_PRECISION_MS = 60_000;

/**
 * Notes when a draft was last saved on a site (or that its post went out: null), for the pages' watchers: a page
 * opened moments after loads its panel at once with the offer to restore (issue 10's reload, under issue 12's
 * lazy panel). A storage failure only costs that shortcut.
 */
export async function noteRecentDraft(platform: Platform, at: number | null): Promise<void> {
  try {
    // Autosave calls this every second while someone types: the background keeps its own copy (read once per
    // worker start) so that a note with nothing to change costs no storage round trip.
    known ??= ((await browser.storage.local.get(STORAGE_KEYS.recentDraft))[STORAGE_KEYS.recentDraft] as RecentDrafts | undefined) ?? {};
    const next: RecentDrafts = { ...known };
    if (at === null) {
      if (next[platform] === undefined) return;
      delete next[platform];
    }
    // A minute's precision is plenty for a 15-minute window.
    else if ((next[platform] ?? 0) < at - RECENT_PRECISION_MS) next[platform] = at;
    else return;
    await browser.storage.local.set({ [STORAGE_KEYS.recentDraft]: next });
    known = next;
  } catch {
    // The watcher then waits for the person to come to write, as on any page.
    known = undefined;
  }
}

/** What the background last read or wrote of STORAGE_KEYS.recentDraft; undefined after a worker start. */
let known: RecentDrafts | undefined;

/** Tests: forget the copy, as a worker restart does. */
export function forgetRecentDraftCopy(): void {
  known = undefined;
}
