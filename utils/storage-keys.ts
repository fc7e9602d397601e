import type { Platform } from './platform';

/**
 * Keys of the extension's local storage area that more than one context reads. Zod-free, so that the panel bundle
 * can watch them without the schemas (the background validates what they hold, issue 12).
 */
export const STORAGE_KEYS = {
  settings: 'settings',
  importedPolicy: 'importedPolicy',
  /** Per platform, when a draft was last saved there ({ linkedin?: epoch ms, x?: epoch ms }): see RECENT_DRAFT_MS. */
  recentDraft: 'recentDraft',
} as const;

/**
 * A page opened this soon after a draft was saved on its site (a reload, a tab closed mid-sentence and reopened)
 * loads its panel at once, so the offer to restore the draft is there without a click in the composer first.
 */
export const RECENT_DRAFT_MS = 15 * 60_000;

export type RecentDrafts = Partial<Record<Platform, number>>;

/** Whether a draft of `platform` was saved within RECENT_DRAFT_MS of `now`. Pure. */
export function hasRecentDraft(recent: unknown, platform: Platform, now: number): boolean {
  const at = recent && typeof recent === 'object' ? (recent as RecentDrafts)[platform] : undefined;
  return typeof at === 'number' && now - at >= 0 && now - at < RECENT_DRAFT_MS;
}
