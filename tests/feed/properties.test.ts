import fc from 'fast-check';
import { FeedError, FeedItemSchema, describeFeedError, htmlToText, parseFeed, resolveHttpUrl } from '../../utils/feed';
import { hasMessage } from '../../utils/i18n/translate';
import type { FeedErrorCode } from '../../utils/feed';

const SOURCE = 'https://newsroom.alpinea.example/feed.xml';

describe('feed properties', () => {
  test('parseFeed either returns valid items or throws a FeedError, for any text', () => {
    const xmlish = fc.stringMatching(/^[<>/a-z"'=&;#! \n[\]CDATA?-]{0,200}$/);
    const feedish = fc.tuple(fc.constantFrom('<rss><channel>', '<feed xmlns="http://www.w3.org/2005/Atom">', '{"version":"https://jsonfeed.org/version/1.1","items":['), xmlish);
    fc.assert(
      fc.property(fc.oneof(fc.string(), xmlish, feedish.map(([head, tail]) => head + tail)), (text) => {
        try {
          const feed = parseFeed(text, SOURCE);
          for (const item of feed.items) expect(FeedItemSchema.safeParse(item).success).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(FeedError);
        }
      }),
      { numRuns: 400 },
    );
  });

  // An escaped "&lt;p>" is the text "<p>", which the UI shows as text; what must never survive is a
  // real tag of the document, so the generator has markup and other entities but not "&lt;".
  test('htmlToText never lets a tag through', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom('<b>', '</p>', '<img src=x onerror=alert(1)>', '<script>', '</script>', '<!--', '-->', '&amp;', '&gt;', '<a href="j">', '"', "'", '>'), fc.string({ maxLength: 5 }).filter((text) => !text.includes('&')))), (parts) => {
        expect(htmlToText(parts.join(''))).not.toMatch(/<(?:b|p|img|script|a)[\s>]/i);
      }),
      { numRuns: 400 },
    );
  });

  test('escaped markup stays as the text it encodes', () => {
    expect(htmlToText('Use &lt;p&gt; for paragraphs <b>now</b>')).toBe('Use <p> for paragraphs now');
  });

  test('resolveHttpUrl only ever returns http(s)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.constantFrom('javascript:x', ' data:x', 'JAVASCRIPT:x', 'vbscript:x')), (href) => {
        const url = resolveHttpUrl(href, SOURCE);
        if (url !== undefined) expect(url).toMatch(/^https?:\/\//);
      }),
    );
  });
});

describe('describeFeedError', () => {
  const codes: FeedErrorCode[] = ['empty', 'too-large', 'not-a-feed', 'invalid-xml', 'invalid-json', 'unsupported-url', 'http', 'network', 'timeout'];

  test.each(codes)('%s has FR and EN messages', (code) => {
    const key = `feed_error_${code.replace(/-/g, '_')}`;
    expect(hasMessage('en', key)).toBe(true);
    expect(hasMessage('fr', key)).toBe(true);
  });

  test('fills in the line or the HTTP status', () => {
    expect(describeFeedError(new FeedError('invalid-xml', 'x', { position: { line: 12, column: 4 } }), 'en')).toBe('The feed is malformed near line 12.');
    expect(describeFeedError(new FeedError('http', 'x', { status: 404 }), 'fr')).toBe('Le serveur du flux a répondu par une erreur (HTTP 404).');
    expect(describeFeedError(new Error('boom'), 'en')).toBe('The feed server could not be reached.');
  });
});
