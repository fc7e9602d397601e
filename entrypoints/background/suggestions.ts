import { listSharedItemIds } from '../../utils/db/reach-log';
import { createRanker, type RankedItem, type Ranker } from '../../utils/feed/rank-items';
import { suggestItems } from '../../utils/feed/suggest-items';
import type { SuggestRequest } from '../../utils/messaging/protocol';
import { currentFeed } from './feed-sync';

/**
 * One search index over the company items for every tab: each panel used to build its own, and to carry the
 * search library in every site's panel bundle (issue 12). Rebuilt only when the items change.
 */
let index: { items: string; ranker: Ranker } | null = null;

/** The company items to suggest for a draft, as the panel used to rank them itself. */
export async function suggestForDraft(request: SuggestRequest): Promise<RankedItem[]> {
  const [{ items }, sharedItemIds] = await Promise.all([currentFeed(), listSharedItemIds()]);
  const fingerprint = JSON.stringify(items);
  if (index?.items !== fingerprint) index = { items: fingerprint, ranker: createRanker(items) };
  const linkedItem = items.find((item) => item.id === request.linkedItemId) ?? null;
  return suggestItems(index.ranker, {
    items,
    draft: request.draft,
    interests: request.interests,
    sharedItemIds,
    locale: request.locale,
    linkedItem,
    now: request.now,
  });
}
