import type { FeedItem } from './feed-item';
import { FeedError } from './feed-error';
import { htmlToText } from './html-to-text';
import { normaliseCandidate, type CandidateItem } from './candidate-item';
import { firstElementName, notAFeed, parseXmlDocument } from './parse-xml';
import { readAtom } from './read-atom';
import { readJsonFeed } from './read-json-feed';
import { readRss } from './read-rss';

/** Documents larger than this many characters (about 5 MB) are refused: a newsroom feed is far smaller. */
export const MAX_FEED_CHARS = 5 * 1024 * 1024;
/** Items kept per feed; the rest are dropped with a warning (feeds list newest first). */
export const MAX_FEED_ITEMS = 500;

export type FeedFormat = 'json-feed' | 'rss' | 'rdf' | 'atom';

/** What parseFeed returns: `items` are valid FeedItems; `warnings` (English) say what was skipped or capped. */
export interface ParsedFeed {
  format: FeedFormat;
  /** The feed's own title, plain text ('' when absent). */
  title: string;
  items: FeedItem[];
  warnings: string[];
}

/**
 * Parses a JSON Feed 1.x, RSS 2.0/0.9x, RSS 1.0 (RDF) or Atom 1.0 document into normalised items.
 * Pure and synchronous (no DOM, no network): runs in Node and in the MV3 service worker.
 *
 * @param documentText the document as text (decode bytes with decodeFeedBytes first).
 * @param sourceUrl the feed's URL: base for relative links and the `source` of every item.
 * @throws FeedError when the document is empty, too large, not a feed, or malformed.
 *   Items that fail validation are skipped with a warning instead.
 */
export function parseFeed(documentText: string, sourceUrl: string): ParsedFeed {
  if (documentText.length > MAX_FEED_CHARS) {
    throw new FeedError(
      'too-large',
      `Feed too large: ${(documentText.length / 1024 / 1024).toFixed(1)} MB, the limit is ${MAX_FEED_CHARS / 1024 / 1024} MB`,
    );
  }
  // A BOM or blank lines before "<?xml" are common in the wild (several WordPress feeds) and harmless.
  const text = documentText.replace(/^\uFEFF/, '').trim();
  if (!text) throw new FeedError('empty', 'Not a feed: the document is empty', { position: { line: 1 } });

  if (text.startsWith('{') || text.startsWith('[')) return parseJson(text, sourceUrl);
  if (!text.startsWith('<')) {
    throw notAFeed(`found text starting with "${text.slice(0, 20).replace(/\s+/g, ' ')}"`, 1);
  }
  const { root, node } = parseXmlDocument(text);
  const local = root.includes(':') ? root.slice(root.indexOf(':') + 1) : root;
  if (root === 'rss') return collect('rss', readRss(node, false, sourceUrl), sourceUrl);
  if (local === 'RDF') return collect('rdf', readRss(node, true, sourceUrl), sourceUrl);
  if (local === 'feed') return collect('atom', readAtom(node, sourceUrl), sourceUrl);
  throw notAFeed(`found <${root}>`, firstElementName(text)?.line ?? 1);
}

function parseJson(text: string, sourceUrl: string): ParsedFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new FeedError('invalid-json', `Invalid JSON: ${message}`, { cause: error });
  }
  const version = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>).version : undefined;
  if (typeof version !== 'string' || !/^https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/.test(version)) {
    throw notAFeed('found JSON without a "version": "https://jsonfeed.org/version/1.1"', 1);
  }
  return collect('json-feed', readJsonFeed(data as Record<string, unknown>, sourceUrl), sourceUrl);
}

function collect(
  format: FeedFormat,
  feed: { title: string; count: number; entries: () => Iterable<CandidateItem> },
  sourceUrl: string,
): ParsedFeed {
  const items: FeedItem[] = [];
  const warnings: string[] = [];
  const seenIds = new Set<string>();
  let position = 0;
  for (const candidate of feed.entries()) {
    position += 1;
    if (items.length === MAX_FEED_ITEMS) {
      warnings.push(`Feed has ${feed.count} items: kept the first ${MAX_FEED_ITEMS}`);
      break;
    }
    const result = normaliseCandidate(candidate, sourceUrl);
    if ('problem' in result) {
      warnings.push(`Skipped item ${position}: ${result.problem}`);
      continue;
    }
    // Duplicate ids would collide in storage. Real feeds repeat guids (podcasts re-publishing an
    // episode): keep the item, with its position appended so it stays addressable.
    for (const warning of result.warnings) warnings.push(`Item ${position} ${warning}`);
    let item = result.item;
    if (seenIds.has(item.id)) {
      warnings.push(`Item ${position} repeats the id "${item.id.slice(0, 80)}": stored as "${item.id.slice(0, 80)}#${position}"`);
      item = { ...item, id: `${item.id}#${position}` };
    }
    seenIds.add(item.id);
    items.push(item);
  }
  return { format, title: htmlToText(feed.title, 200), items, warnings };
}
