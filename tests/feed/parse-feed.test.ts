import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FeedError, FeedItemSchema, MAX_FEED_CHARS, MAX_FEED_ITEMS, decodeFeedBytes, parseFeed, type FeedItem } from '../../utils/feed';

const SOURCE = 'https://newsroom.alpinea.example/feeds/main.xml';
const fixture = (name: string): string => decodeFeedBytes(readFileSync(path.resolve(__dirname, '../fixtures/feeds', name)));

function expectThrowsFeedError(run: () => unknown, code: FeedError['code'], message: RegExp): FeedError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(FeedError);
  const error = caught as FeedError;
  expect(error.code).toBe(code);
  expect(error.message).toMatch(message);
  return error;
}

/** Nothing a feed says may reach the UI as markup or as a script link. */
function expectInert(items: FeedItem[]): void {
  for (const item of items) {
    expect(FeedItemSchema.safeParse(item).success).toBe(true);
    for (const text of [item.title, item.summary, item.suggestedCaption ?? '', ...item.tags]) {
      expect(text).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(text).not.toMatch(/onerror|alert\(|steal\(/i);
    }
    for (const link of [item.url, item.image ?? '']) {
      if (link) expect(link).toMatch(/^https?:\/\//);
    }
  }
}

describe('parseFeed: RSS 2.0', () => {
  const feed = parseFeed(fixture('rss2-namespaces.xml'), SOURCE);

  test('detects the format and the feed title, entities decoded', () => {
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Alpinéa & Co — Actualités');
    expect(feed.warnings).toEqual([]);
  });

  test('reads CDATA, strips HTML from titles and summaries, keeps guid as id', () => {
    expect(feed.items[0]).toMatchObject({
      id: 'alpinea-2026-101',
      title: 'Hydrogène vert : premier électrolyseur',
      summary: 'Le pilote de 5 MW produira… de l’hydrogène.',
      tags: ['hydrogène', 'innovation'],
      language: 'fr',
      published: '2026-10-29T09:00:00.000Z',
      suggestedCaption: 'Notre premier électrolyseur industriel produit de l’hydrogène vert.',
    });
  });

  test('resolves relative links and images against the feed URL', () => {
    expect(feed.items[0]?.url).toBe('https://newsroom.alpinea.example/fr/hydrogene-vert');
    expect(feed.items[0]?.image).toBe('https://newsroom.alpinea.example/media/electrolyseur.jpg');
  });

  test('reads namespaced extensions: dc:date, dc:subject, dc:language, media:content, media:thumbnail, content:encoded', () => {
    expect(feed.items[1]).toMatchObject({
      title: 'Cybersecurity drill &amp; lessons'.replace('&amp;', '&'),
      summary: 'For 48 hours, teams simulated an attack.',
      published: '2026-10-15T07:10:00.000Z',
      tags: ['cybersecurity'],
      image: 'https://cdn.alpinea.example/cyber.jpg',
      language: 'en',
    });
    expect(feed.items[2]).toMatchObject({
      summary: 'Body from content:encoded',
      image: 'https://cdn.alpinea.example/thumb.png',
      language: 'fr-FR',
    });
  });

  test('falls back to the link as id when there is no guid', () => {
    expect(feed.items[1]?.id).toBe('https://newsroom.alpinea.example/en/cyber-drill');
    expect(feed.items.every((item) => item.source === SOURCE)).toBe(true);
  });
});

describe('parseFeed: Atom 1.0', () => {
  const feed = parseFeed(fixture('atom-xml-base.xml'), SOURCE);

  test('picks the alternate link and resolves it against xml:base', () => {
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Alpinéa Engineering blog');
    expect(feed.items[0]).toMatchObject({
      id: 'tag:alpinea.example,2026:bilbao',
      url: 'https://blog.alpinea.example/news/2026/bilbao-storage',
      image: 'https://blog.alpinea.example/media/bilbao.jpg',
      published: '2026-07-16T08:05:00.000Z',
      tags: ['Energy storage', 'batteries'],
      language: 'en',
      summary: 'The site will smooth solar output.',
    });
  });

  test('entry xml:base and xml:lang override the feed ones; XHTML content becomes text', () => {
    expect(feed.items[1]).toMatchObject({
      title: 'Portrait d’Amina',
      url: 'https://other.alpinea.example/fr/portrait-amina',
      summary: 'Entrée comme alternante il y a cinq ans.',
      language: 'fr',
      published: '2026-08-27T08:00:00.000Z',
    });
  });
});

describe('parseFeed: JSON Feed 1.1', () => {
  const feed = parseFeed(fixture('json-feed.json'), SOURCE);

  test('normalises items, the _porte_voix caption and duplicate tags', () => {
    expect(feed.format).toBe('json-feed');
    expect(feed.items[0]).toEqual({
      id: '1',
      title: 'Hiring 200 technicians',
      url: 'https://newsroom.alpinea.example/en/hiring',
      summary: 'Two hundred roles across three regions.',
      image: 'https://newsroom.alpinea.example/media/hiring.jpg',
      published: '2026-11-24T07:35:00.000Z',
      tags: ['hiring', 'jobs'],
      language: 'en',
      suggestedCaption: 'We are hiring 200 wind technicians.',
      source: SOURCE,
    });
  });

  test('accepts numeric ids, external_url, content_text and date-only dates', () => {
    expect(feed.items[1]).toMatchObject({
      id: '2',
      url: 'https://newsroom.alpinea.example/feeds/news/relative-link',
      summary: 'Plain text < with a lone angle bracket & an ampersand.',
      published: '2026-11-20T00:00:00.000Z',
      language: 'fr-FR',
    });
  });

  test('drops javascript:/data: links and markup from a hostile item, keeps its text', () => {
    const hostile = feed.items.find((item) => item.id === '3');
    expect(hostile).toMatchObject({ title: 'Hostile title', url: '', summary: 'click' });
    expect(hostile?.image).toBeUndefined();
    expectInert(feed.items);
  });

  test('skips what is not an item, with a warning, and keeps the rest', () => {
    expect(feed.items.map((item) => item.id)).toEqual(['1', '2', '3', '5']);
    expect(feed.warnings).toEqual(['Skipped item 4: it has no id, link or title']);
    expect(feed.items[3]).toMatchObject({ title: 'Still kept', tags: [] });
    expect(feed.items[3]?.published).toBeUndefined();
  });

  test('refuses JSON that is not a JSON Feed', () => {
    expectThrowsFeedError(() => parseFeed('{"items": []}', SOURCE), 'not-a-feed', /Not a feed: expected <rss>, <feed> or a JSON Feed at line 1/);
    expectThrowsFeedError(() => parseFeed('{"version": "https://jsonfeed.org/version/1.1", ', SOURCE), 'invalid-json', /Invalid JSON/);
  });
});

describe('parseFeed: RSS 1.0 (RDF)', () => {
  test('reads items that sit beside the channel', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://newsroom.alpinea.example/"><title>RDF</title></channel>
  <item rdf:about="https://newsroom.alpinea.example/a"><title>A</title><link>https://newsroom.alpinea.example/a</link><dc:date>2026-03-01T10:00:00Z</dc:date></item>
  <item rdf:about="https://newsroom.alpinea.example/b"><title>B</title></item>
</rdf:RDF>`;
    const feed = parseFeed(rdf, SOURCE);
    expect(feed.format).toBe('rdf');
    expect(feed.items.map((item) => [item.title, item.url, item.published])).toEqual([
      ['A', 'https://newsroom.alpinea.example/a', '2026-03-01T10:00:00.000Z'],
      ['B', 'https://newsroom.alpinea.example/b', undefined],
    ]);
  });
});

describe('parseFeed: malformed and hostile documents', () => {
  test.each([
    ['empty string', '', 'empty', /the document is empty/],
    ['only whitespace', '  \n\t ', 'empty', /the document is empty/],
    ['plain text', 'Hello, world', 'not-a-feed', /Not a feed: expected <rss>, <feed> or a JSON Feed at line 1/],
    ['another XML vocabulary', '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', 'not-a-feed', /at line 2, found <svg>/],
  ] as const)('%s', (_name, text, code, message) => {
    expectThrowsFeedError(() => parseFeed(text, SOURCE), code, message);
  });

  test('an HTML page instead of a feed says so', () => {
    const error = expectThrowsFeedError(() => parseFeed(fixture('html-page.html'), SOURCE), 'not-a-feed', /found an HTML page \(<html>\)/);
    expect(error.position?.line).toBe(2);
  });

  test('truncated XML says where it broke', () => {
    const error = expectThrowsFeedError(() => parseFeed(fixture('truncated.xml'), SOURCE), 'invalid-xml', /^Invalid XML at line 10, column \d+: /);
    expect(error.position).toMatchObject({ line: 10 });
  });

  test('mismatched tags give line and column', () => {
    expectThrowsFeedError(
      () => parseFeed('<rss>\n<channel>\n<title>a</titl>\n</channel></rss>', SOURCE),
      'invalid-xml',
      /Invalid XML at line 3, column 9: Expected closing tag 'title'/,
    );
  });

  test('billion laughs and external entities stay unexpanded, fast', () => {
    const started = performance.now();
    const feed = parseFeed(fixture('billion-laughs.xml'), SOURCE);
    expect(performance.now() - started).toBeLessThan(500);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.title).toBe('Bomb &lol9; and &xxe;');
    expect(feed.items[0]?.summary.length).toBeLessThan(100);
    expect(JSON.stringify(feed)).not.toContain('lollol');
    expect(JSON.stringify(feed)).not.toContain('root:');
  });

  test('script payloads, onerror images and javascript:/data:/vbscript: links are neutralised', () => {
    const feed = parseFeed(fixture('hostile-rss.xml'), SOURCE);
    expect(feed.items.map((item) => [item.title, item.url])).toEqual([
      ['Safe title', ''],
      ['Data link', ''],
      ['VBScript link', ''],
      ['Obfuscated scheme', ''],
    ]);
    expect(feed.items[0]?.summary).toBe('Visible text link');
    expectInert(feed.items);
  });

  test('a document over 5 MB is refused with a clear message', () => {
    const huge = `<rss><channel>${'<item><title>x</title></item>'.repeat(Math.ceil(MAX_FEED_CHARS / 27) + 10)}</channel></rss>`;
    expectThrowsFeedError(() => parseFeed(huge, SOURCE), 'too-large', /Feed too large: 5\.\d MB, the limit is 5 MB/);
  });

  test(`more than ${MAX_FEED_ITEMS} items are capped with a warning`, () => {
    const items = Array.from({ length: 620 }, (_, i) => `<item><title>Item ${i}</title><link>https://newsroom.alpinea.example/${i}</link></item>`);
    const feed = parseFeed(`<rss version="2.0"><channel>${items.join('')}</channel></rss>`, SOURCE);
    expect(feed.items).toHaveLength(MAX_FEED_ITEMS);
    expect(feed.items.at(-1)?.title).toBe(`Item ${MAX_FEED_ITEMS - 1}`);
    expect(feed.warnings).toEqual([`Feed has 620 items: kept the first ${MAX_FEED_ITEMS}`]);
  });

  test('long summaries are capped near 500 characters, whitespace collapsed', () => {
    const body = `<p>${'Alpinéa  \n\t renforce le réseau. '.repeat(60)}</p>`;
    const feed = parseFeed(`<rss><channel><item><title>T</title><description><![CDATA[${body}]]></description></item></channel></rss>`, SOURCE);
    const summary = feed.items[0]?.summary ?? '';
    expect(summary.length).toBeLessThanOrEqual(500);
    expect(summary.endsWith('…')).toBe(true);
    expect(summary).not.toMatch(/\s{2}/);
  });

  test('repeated ids keep every item, made unique, with a warning', () => {
    const item = '<item><guid>same</guid><title>T</title></item>';
    const feed = parseFeed(`<rss><channel>${item}${item}</channel></rss>`, SOURCE);
    expect(feed.items.map((entry) => entry.id)).toEqual(['same', 'same#2']);
    expect(feed.warnings[0]).toMatch(/repeats the id "same"/);
  });

  test('a BOM and blank lines before the XML declaration are tolerated', () => {
    const feed = parseFeed('\uFEFF\n  <?xml version="1.0"?><rss><channel><item><title>T</title></item></channel></rss>', SOURCE);
    expect(feed.items[0]?.title).toBe('T');
  });

  test('Latin-1 bytes and localised RFC 822 dates are read tolerantly', () => {
    const feed = parseFeed(fixture('latin1.xml'), SOURCE);
    expect(feed.title).toBe('Accélération');
    expect(feed.items[0]).toMatchObject({ title: 'Café crème à Orléans', published: '2026-02-03T08:00:00.000Z' });
  });
});
