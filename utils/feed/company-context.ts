import type { CompanyContent, EmbargoedItem } from '../checks/types';
import type { Disclosure } from '../policy/disclosure';
import type { FeedItem } from './feed-item';
import { embargoedItems } from './publishing-window';

/** What the checks need to know of the company's news about one draft, at one moment. */
export interface CompanyCheckContext {
  embargoedItems: EmbargoedItem[];
  companyContent: CompanyContent;
}

/**
 * The company side of a draft's check: items under embargo now, and the disclosure owed when the draft
 * shares a company item or links to the company's sites (policy companyDomains, and the hosts the feed's
 * own items live on, so the bundled newsroom counts without a policy).
 */
export function companyCheckContext(options: {
  items: readonly FeedItem[];
  linkedItem: FeedItem | null;
  disclosure: Disclosure | null;
  companyDomains: readonly string[];
  now: number;
}): CompanyCheckContext {
  const hosts = new Set(options.companyDomains.map((domain) => domain.trim().toLowerCase()).filter(Boolean));
  for (const item of options.items) {
    try {
      if (item.url) hosts.add(new URL(item.url).hostname.toLowerCase().replace(/^www\./, ''));
    } catch {
      // FeedItemSchema already refused invalid links; nothing to add.
    }
  }
  return {
    embargoedItems: embargoedItems(options.items, options.now).map(({ title, url, embargoUntil }) => ({ title, url, embargoUntil: embargoUntil! })),
    companyContent: {
      disclosure: options.disclosure,
      sharesItem: options.linkedItem !== null,
      itemLanguage: options.linkedItem?.language,
      companyHosts: [...hosts],
    },
  };
}
