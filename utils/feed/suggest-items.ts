import type { Locale } from '../i18n/translate';
import type { FeedItem } from './feed-item';
import { preferLanguage } from './prefer-language';
import { liveItems, publishingState } from './publishing-window';
import type { RankedItem, Ranker } from './rank-items';
import { oneVersionPerStory } from './same-story';

/** How many company items the panel suggests at once. */
export const SUGGESTION_COUNT = 3;

export interface SuggestOptions {
  /** Every item the ranker was built from (to know how many are not live and must be skipped). */
  items: readonly FeedItem[];
  draft: string;
  interests: readonly string[];
  sharedItemIds: readonly string[];
  locale: Locale;
  /** The item the draft already shares: neither it nor its translation is suggested. */
  linkedItem: FeedItem | null;
  now: number;
  count?: number;
}

/**
 * The company items the panel suggests for a draft: the best ranked that are public and current now,
 * the person's language first for the latest items, one version per story, none the draft already shares.
 */
export function suggestItems(ranker: Ranker, options: SuggestOptions): RankedItem[] {
  const { items, now, count = SUGGESTION_COUNT } = options;
  // Room for the items that rank but may not be offered (embargoed, expired), and for translations dropped.
  const limit = count * 3 + items.length - liveItems(items, now).length;
  const ranked = ranker
    .rank({ draft: options.draft, interests: options.interests, sharedItemIds: options.sharedItemIds, now, limit })
    // Not yet public, or no longer current: never offered.
    .filter((entry) => publishingState(entry.item, now) === 'live');
  const linked = options.linkedItem ? [options.linkedItem] : [];
  return oneVersionPerStory(preferLanguage(ranked, options.locale), linked).slice(0, count);
}
