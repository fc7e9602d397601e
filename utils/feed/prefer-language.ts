import type { Locale } from '../i18n/translate';
import type { RankedItem } from './rank-items';

/**
 * Newsrooms often publish one story in both languages: among equally fitting items, show the one
 * in the person's language and not its translation next to it. Order is otherwise kept.
 */
export function preferLanguage(ranked: RankedItem[], locale: Locale): RankedItem[] {
  // With a draft, relevance to what the person writes decides; the language preference is for the latest items.
  if (ranked.some((entry) => entry.why.mode === 'draft')) return ranked;
  const speaks = (entry: RankedItem) => !entry.item.language || entry.item.language.toLowerCase().startsWith(locale);
  return [...ranked.filter(speaks), ...ranked.filter((entry) => !speaks(entry))];
}
