import type { FeedItem } from './feed-item';

/** Newsrooms publish a story's translations within minutes of each other. */
const TRANSLATION_WINDOW_MS = 60 * 60 * 1000;

/**
 * True when two items look like one story in two languages: both say their language, the
 * languages differ, and they were published within the hour.
 */
export function isTranslationOf(a: Pick<FeedItem, 'language' | 'published'>, b: Pick<FeedItem, 'language' | 'published'>): boolean {
  if (!a.language || !b.language || !a.published || !b.published) return false;
  if (a.language.slice(0, 2).toLowerCase() === b.language.slice(0, 2).toLowerCase()) return false;
  return Math.abs(Date.parse(a.published) - Date.parse(b.published)) <= TRANSLATION_WINDOW_MS;
}

/** Keeps the first item of each story (in the given order) and drops its translations. */
export function oneVersionPerStory<T extends { item: FeedItem }>(entries: readonly T[], exclude: readonly FeedItem[] = []): T[] {
  const kept: FeedItem[] = [...exclude];
  return entries.filter(({ item }) => {
    if (kept.some((other) => other.id === item.id || isTranslationOf(other, item))) return false;
    kept.push(item);
    return true;
  });
}
