import type { FeedItem } from './feed-item';

/** Where an item stands against its publishing window: before its embargo, after its expiry, or live. */
export type PublishingState = 'embargoed' | 'live' | 'expired';

type Window = Pick<FeedItem, 'embargoUntil' | 'expires'>;

export function publishingState(item: Window, now: number): PublishingState {
  if (item.embargoUntil && now < Date.parse(item.embargoUntil)) return 'embargoed';
  if (item.expires && now >= Date.parse(item.expires)) return 'expired';
  return 'live';
}

/** Items a person may be offered and may share now: neither under embargo nor expired. */
export function liveItems<T extends Window>(items: readonly T[], now: number): T[] {
  return items.filter((item) => publishingState(item, now) === 'live');
}

/** Items still under embargo: their link or title in a draft is a leak. */
export function embargoedItems<T extends Window>(items: readonly T[], now: number): T[] {
  return items.filter((item) => publishingState(item, now) === 'embargoed');
}

/** The next moment after `now` at which some item's state changes (an embargo lifts or an item expires), or null. */
export function nextPublishingChange(items: readonly Window[], now: number): number | null {
  let next = Infinity;
  for (const item of items) {
    for (const date of [item.embargoUntil, item.expires]) {
      const at = date ? Date.parse(date) : NaN;
      if (at > now && at < next) next = at;
    }
  }
  return Number.isFinite(next) ? next : null;
}

/** Longest setTimeout delay browsers honour (2^31 - 1 ms, about 24.8 days); longer ones fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;
