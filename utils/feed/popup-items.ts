import type { Locale } from '../i18n/translate';
import type { FeedItem } from './feed-item';
import { preferLanguage } from './prefer-language';
import { publishingState } from './publishing-window';
import type { RankedItem } from './rank-items';
import { oneVersionPerStory } from './same-story';

/**
 * What the popup lists from ranked items: only items public and current at `now`, one version per story
 * (the person's language first, as in the panel's suggestions).
 */
export function popupItems(ranked: readonly RankedItem[], locale: Locale, now: number): FeedItem[] {
  const live = ranked.filter((entry) => publishingState(entry.item, now) === 'live');
  return oneVersionPerStory(preferLanguage(live, locale)).map((entry) => entry.item);
}
