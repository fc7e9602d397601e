/**
 * Which company news item an imported post shared, from the links it carries (Shares.csv's SharedUrl, links in the
 * text): the same page as a cached feed item's link, ignoring the fragment, a trailing slash and utm_* tags.
 * It lets posts written before Porte-Voix count as company content in the editorial mix.
 */
import { linkKey } from '../text/link-key';

export interface CompanyItemLink {
  id: string;
  url: string;
}

const LINK_IN_TEXT = /https?:\/\/[^\s<>"')\]]+/g;

/** The id of the first company item the post links to, if any. */
export function companyItemOf(links: readonly string[], text: string, items: readonly CompanyItemLink[]): string | undefined {
  if (items.length === 0) return undefined;
  const byPage = new Map<string, string>();
  for (const item of items) {
    const key = item.url ? linkKey(item.url) : undefined;
    if (key && !byPage.has(key)) byPage.set(key, item.id);
  }
  for (const link of [...links, ...(text.match(LINK_IN_TEXT) ?? [])]) {
    const key = linkKey(link.replace(/[.,;:!?]+$/, ''));
    const id = key ? byPage.get(key) : undefined;
    if (id) return id;
  }
  return undefined;
}
