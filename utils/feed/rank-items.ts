import MiniSearch from 'minisearch';
import type { FeedItem } from './feed-item';
import { processSearchTerm, searchTerms, tokenizeForSearch } from './search-terms';
import { foldAccents } from '../text/fold-accents';

/** What to rank items for. All fields optional; `now` is passed in so ranking stays pure. */
export interface RankOptions {
  /** The person's draft as typed so far ('' or absent: latest items). */
  draft?: string;
  /** Tags or keywords the person follows, e.g. ["cybersécurité", "hydrogen"]. */
  interests?: readonly string[];
  /** Ids of items the person already shared: demoted, never hidden. */
  sharedItemIds?: ReadonlySet<string> | readonly string[];
  /** Reference time for recency, ms since epoch or Date. Default: Date.now(). */
  now?: number | Date;
  /** Maximum results. Default 10. */
  limit?: number;
}

/** Why an item ranks where it does, as data (the UI words it). */
export interface RankReason {
  /** 'draft': full-text match with the draft; 'latest': no usable draft, newest first. */
  mode: 'draft' | 'latest';
  /** Draft terms (folded) found in the item. */
  matchedTerms: string[];
  /** The person's interests the item matches, as given. */
  interests: string[];
  /** 1 for today, 0.5 three weeks ago, 0 without a date. */
  recency: number;
  alreadyShared: boolean;
}

export interface RankedItem {
  item: FeedItem;
  /** Higher is better; only comparable within one call. */
  score: number;
  why: RankReason;
}

export interface Ranker {
  rank(options?: RankOptions): RankedItem[];
}

/** Recency half-life, in days: an item three weeks old weighs half of today's. */
export const RECENCY_HALF_LIFE_DAYS = 21;
/** Draft terms used per query: the most distinctive (longest) ones. Keeps updates fast on long drafts. */
const MAX_QUERY_TERMS = 12;
const WEIGHTS = { text: 0.6, interest: 0.25, recency: 0.15, sharedFactor: 0.4 } as const;
const DAY_MS = 86_400_000;

interface Prepared {
  item: FeedItem;
  time: number | undefined;
  tags: string[];
  words: Set<string>;
}

/**
 * Builds the full-text index once for an item set; `rank` is then called on every keystroke.
 * Index fields: title (boost 3), tags (2), summary (1), suggested caption (1).
 */
export function createRanker(items: readonly FeedItem[]): Ranker {
  const prepared: Prepared[] = items.map((item) => {
    const time = item.published ? Date.parse(item.published) : Number.NaN;
    return {
      item,
      time: Number.isFinite(time) ? time : undefined,
      tags: item.tags.map((tag) => foldAccents(tag).trim()),
      words: new Set(searchTerms(`${item.title} ${item.tags.join(' ')} ${item.summary}`)),
    };
  });
  const index = new MiniSearch<{ i: number; title: string; summary: string; tags: string; caption: string }>({
    idField: 'i',
    fields: ['title', 'summary', 'tags', 'caption'],
    tokenize: tokenizeForSearch,
    processTerm: processSearchTerm,
    searchOptions: { boost: { title: 3, tags: 2 }, combineWith: 'OR' },
  });
  index.addAll(
    prepared.map(({ item }, i) => ({ i, title: item.title, summary: item.summary, tags: item.tags.join(' '), caption: item.suggestedCaption ?? '' })),
  );
  // Interest matches only change when the interests do, not on each keystroke.
  let interestCache: { key: string; matches: string[][] } | undefined;
  const interestMatches = (interests: readonly string[]): string[][] => {
    const key = interests.join('\u0000');
    if (interestCache?.key !== key) interestCache = { key, matches: prepared.map((entry) => matchInterests(entry, interests)) };
    return interestCache.matches;
  };

  return {
    rank(options: RankOptions = {}): RankedItem[] {
      const limit = options.limit ?? 10;
      const now = options.now === undefined ? Date.now() : typeof options.now === 'number' ? options.now : options.now.getTime();
      const shared = options.sharedItemIds instanceof Set ? options.sharedItemIds : new Set(options.sharedItemIds ?? []);
      const interests = interestMatches(options.interests ?? []);
      const recency = (entry: Prepared): number =>
        entry.time === undefined ? 0 : Math.min(1, 0.5 ** (Math.max(0, now - entry.time) / DAY_MS / RECENCY_HALF_LIFE_DAYS));

      const query = queryTerms(options.draft ?? '');
      const results = query.terms.length === 0 ? [] : index.search(query.terms.join(' '), {
        // Only the word being typed is a prefix; fuzzy matching forgives typos in longer words.
        prefix: (_term, i, terms) => query.lastIsPartial && i === terms.length - 1,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        maxFuzzy: 2,
      });

      // Score everything cheaply, then build result objects for the top `limit` only.
      const top = new TopK<{ index: number; terms: string[] }>(limit);
      if (results.length > 0) {
        const best = results[0]?.score ?? 1;
        for (const result of results) {
          const i = result.id as number;
          const entry = prepared[i];
          if (!entry) continue;
          const base = WEIGHTS.text * (result.score / best) + WEIGHTS.interest * ((interests[i]?.length ?? 0) > 0 ? 1 : 0) + WEIGHTS.recency * recency(entry);
          top.offer(shared.has(entry.item.id) ? base * WEIGHTS.sharedFactor : base, { index: i, terms: result.terms });
        }
      } else {
        // Latest first, the person's interests before the rest, already shared after both.
        for (let i = 0; i < prepared.length; i += 1) {
          const entry = prepared[i] as Prepared;
          const base = ((interests[i]?.length ?? 0) > 0 ? 1 : 0) + recency(entry) + (entry.time ?? 0) / 1e16;
          top.offer(shared.has(entry.item.id) ? base * WEIGHTS.sharedFactor : base, { index: i, terms: [] });
        }
      }
      const mode = results.length > 0 ? 'draft' : 'latest';
      return top.sorted().map(({ score, value }) => {
        const entry = prepared[value.index] as Prepared;
        return {
          item: entry.item,
          score,
          why: {
            mode,
            matchedTerms: value.terms,
            interests: interests[value.index] ?? [],
            recency: recency(entry),
            alreadyShared: shared.has(entry.item.id),
          },
        };
      });
    },
  };
}

/** One-shot ranking. Prefer createRanker when ranking the same items repeatedly. */
export function rankItems(items: readonly FeedItem[], options: RankOptions = {}): RankedItem[] {
  return createRanker(items).rank(options);
}

function queryTerms(draft: string): { terms: string[]; lastIsPartial: boolean } {
  // Only the end of a very long draft matters less than its gist: both ends are kept.
  const text = draft.length > 4000 ? `${draft.slice(0, 2000)} ${draft.slice(-2000)}` : draft;
  const all = [...new Set(searchTerms(text))];
  const lastIsPartial = /[\p{L}\p{N}]$/u.test(text);
  const last = all[all.length - 1];
  let terms = all;
  if (all.length > MAX_QUERY_TERMS) {
    terms = [...all].sort((a, b) => b.length - a.length).slice(0, MAX_QUERY_TERMS);
    // Keep the word being typed last so it gets prefix matching.
    terms = terms.filter((term) => term !== last);
    if (last) terms.push(last);
  }
  return { terms, lastIsPartial: lastIsPartial && last !== undefined && terms[terms.length - 1] === last };
}

function matchInterests(entry: Prepared, interests: readonly string[]): string[] {
  const matched: string[] = [];
  for (const interest of interests) {
    const folded = foldAccents(interest).trim();
    if (!folded) continue;
    // Substrings only for longer interests ("hydrogen" in "hydrogène"); "IA" must not match "media".
    const inTags = entry.tags.some((tag) => tag === folded || (folded.length >= 4 && tag.includes(folded)));
    const terms = searchTerms(interest);
    const inWords = terms.length > 0 && terms.every((term) => entry.words.has(term));
    if (inTags || inWords) matched.push(interest);
  }
  return matched;
}

/** Keeps the `k` best by score (descending); earlier offers win ties, so order is stable. */
class TopK<T> {
  private readonly entries: { score: number; value: T }[] = [];

  constructor(private readonly k: number) {}

  offer(score: number, value: T): void {
    if (this.k <= 0) return;
    const entries = this.entries;
    if (entries.length === this.k && score <= (entries[entries.length - 1]?.score ?? Number.NEGATIVE_INFINITY)) return;
    let at = entries.length;
    while (at > 0 && (entries[at - 1]?.score ?? 0) < score) at -= 1;
    entries.splice(at, 0, { score, value });
    if (entries.length > this.k) entries.pop();
  }

  sorted(): { score: number; value: T }[] {
    return [...this.entries];
  }
}
