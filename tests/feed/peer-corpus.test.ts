import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { FeedError, FeedItemSchema, MAX_FEED_ITEMS, decodeFeedBytes, parseFeed } from '../../utils/feed';

/**
 * Real-world feeds from rss-parser's test inputs (MIT, see LICENSE there), shared read-only beside
 * the checkout (CI has ../shared too). Every file must parse without throwing, except the one that
 * is an HTML "Document Moved" page, which must fail as "not a feed"; and every item with a title
 * or a link must keep them.
 */
const repoRoot = path.resolve(__dirname, '../..');
const CORPUS = path.resolve(repoRoot, '../shared/feeds/rss-parser-inputs');
const SOURCE = 'https://feeds.example.org/feed';

/** Documented expectations per file: items kept, and the quirk the file exercises. */
const EXPECTED: Record<string, { items: number; quirk: string } | { notAFeed: string }> = {
  'atom-customfields.atom': { items: 15, quirk: 'YouTube Atom: yt:/media:group, summary from media:description, thumbnail image' },
  'content-encoded.rss': { items: 7, quirk: 'Medium: body only in content:encoded CDATA' },
  'craigslist.rss': { items: 25, quirk: 'RSS 1.0 RDF, items beside the channel, dc:date' },
  'customfields.rss': { items: 15, quirk: 'custom namespaced fields ignored' },
  'encoding.rss': { items: 40, quirk: 'ISO-8859-1 bytes, FeedBurner 1×1 tracking pixels in descriptions, dates with a trailing newline' },
  'feedburner.atom': { items: 25, quirk: 'FeedBurner Atom with xml-stylesheet PI, feedproxy links' },
  'giantbomb-podcast.rss': { items: MAX_FEED_ITEMS, quirk: '730 items: capped at 500 with a warning; 1.6 MB' },
  'guardian.rss': { items: 55, quirk: 'several media:content sizes per item' },
  'gulp-atom.atom': { items: 10, quirk: 'GitHub releases: relative alternate links (resolved against the feed URL)' },
  'heise.atom': { items: 15, quirk: 'German Atom, tracking query strings' },
  'heraldsun.rss': { items: 2, quirk: 'RSS 0.92, ISO-8859-1 declared, undated items' },
  'incomplete-fields.atom': { items: 0, quirk: 'an entry with only an empty <author>: skipped with a warning' },
  'instant-article.rss': { items: 1, quirk: 'escaped HTML in content:encoded, dc:date + pubDate' },
  'item-itunes-episodeType.rss': { items: 1, quirk: 'podcast, itunes:image' },
  'itunes-category.rss': { items: 1, quirk: 'podcast, nested itunes:category' },
  'itunes-href.rss': { items: 10, quirk: 'entity-laden German titles (&bdquo; &ldquo;)' },
  'itunes-keywords-array.rss': { items: 1, quirk: 'blank line before the XML declaration' },
  'itunes-keywords-astext.rss': { items: 32, quirk: 'blank line before the XML declaration' },
  'itunes-keywords.rss': { items: 1, quirk: 'podcast keywords' },
  'itunes-missing-image.rss': { items: 131, quirk: 'blank line before the XML declaration; a repeated guid (kept, id suffixed)' },
  'many-links.rss': { items: 25, quirk: 'actually Atom (Blogger) despite .rss: several <link rel> per entry' },
  'missing-fields.atom': { items: 1, quirk: 'entry with only an id: kept with empty title/url' },
  'narro.rss': { items: 1, quirk: 'atom:link self beside <link>, http image' },
  'pagination-links.rss': { items: 1, quirk: 'atom:link rel=next/prev pagination in the channel' },
  'reddit-atom.rss': { items: 24, quirk: 'Reddit RSS with HTML tables in descriptions and media:thumbnail' },
  'reddit-home.rss': { items: 24, quirk: 'actually Atom despite .rss' },
  'reddit.rss': { items: 24, quirk: 'Reddit RSS, HTML descriptions' },
  'rss-1.rss': { items: 69, quirk: 'RSS 1.0 RDF (Science), dc:subject, empty descriptions' },
  'unrecognized.rss': { notAFeed: 'an HTML "Document Moved" page, no XML declaration' },
  'uolNoticias.rss': { items: 15, quirk: 'no XML declaration, undeclared Latin-1 bytes, Portuguese RFC 822 dates ("Seg, 24 Set 2018")' },
  'xml2js-options.rss': { items: 69, quirk: 'same document as rss-1.rss' },
};

const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => name !== 'LICENSE').sort() : [];
if (files.length === 0) {
  console.warn(`Peer feed corpus not found at ${CORPUS}: skipping the real-world feed table.`);
}

/** An independent reading of each item's raw title/link/id, to check nothing the feed gives is lost. */
const oracle = new XMLParser({ ignoreAttributes: false, processEntities: false, stopNodes: ['*.title'] });
function rawEntries(text: string): { title: boolean; link: boolean; id: boolean }[] {
  const tree = oracle.parse(text.replace(/^\s+/, '')) as Record<string, Record<string, unknown>>;
  const asArray = (value: unknown): Record<string, unknown>[] =>
    (value === undefined ? [] : Array.isArray(value) ? value : [value]).map((entry) => (typeof entry === 'object' && entry ? entry : { '#text': entry }) as Record<string, unknown>);
  const text_ = (value: unknown): string => {
    const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['#text'] : value;
    return typeof raw === 'string' || typeof raw === 'number' ? String(raw).replace(/<!\[CDATA\[|\]\]>/g, '').replace(/<[^>]*>/g, '').trim() : '';
  };
  const atom = tree.feed;
  if (atom) {
    return asArray(atom.entry).map((entry) => ({
      title: text_(entry.title) !== '',
      link: asArray(entry.link).some((link) => (link['@_rel'] ?? 'alternate') === 'alternate' && Boolean(link['@_href'])),
      id: text_(entry.id) !== '',
    }));
  }
  const root = tree.rss ?? tree['rdf:RDF'] ?? {};
  const channel = asArray(root.channel)[0] ?? {};
  return [...asArray(channel.item), ...asArray(root.item)].map((item) => ({
    title: text_(item.title) !== '',
    link: text_(item.link) !== '',
    id: text_(item.guid) !== '',
  }));
}

describe.runIf(files.length > 0)('peer feed corpus (rss-parser inputs)', () => {
  test('every file in the corpus has a documented expectation', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(files)('%s', (file) => {
    const text = decodeFeedBytes(readFileSync(path.join(CORPUS, file)));
    const expected = EXPECTED[file];
    if (expected && 'notAFeed' in expected) {
      expect(() => parseFeed(text, SOURCE)).toThrow(FeedError);
      expect(() => parseFeed(text, SOURCE)).toThrow(/^Not a feed: expected <rss>, <feed> or a JSON Feed at line 1/);
      return;
    }
    const feed = parseFeed(text, SOURCE);
    expect(feed.items).toHaveLength(expected?.items ?? -1);
    for (const item of feed.items) expect(FeedItemSchema.safeParse(item).success).toBe(true);

    const raw = rawEntries(text).filter((entry) => entry.title || entry.link || entry.id).slice(0, MAX_FEED_ITEMS);
    expect(raw).toHaveLength(feed.items.length);
    raw.forEach((entry, i) => {
      const item = feed.items[i];
      if (entry.title) expect(item?.title, `${file} item ${i + 1} lost its title`).not.toBe('');
      if (entry.link) expect(item?.url, `${file} item ${i + 1} lost its link`).not.toBe('');
    });
  });
});
