import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '../../utils/feed';

const SAMPLE = path.resolve(__dirname, '../../public/sample-feed.json');

describe('bundled sample feed (public/sample-feed.json)', () => {
  const feed = parseFeed(readFileSync(SAMPLE, 'utf8'), 'https://newsroom.alpinea.example/feed.json');

  test('is a valid JSON Feed 1.1 with no warnings', () => {
    expect(JSON.parse(readFileSync(SAMPLE, 'utf8')).version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.format).toBe('json-feed');
    expect(feed.warnings).toEqual([]);
    expect(feed.items.length).toBeGreaterThanOrEqual(36);
  });

  test('has French and English items, tags, https links and images on the fictional domain', () => {
    const languages = new Set(feed.items.map((item) => item.language));
    expect(languages).toEqual(new Set(['fr', 'en']));
    for (const item of feed.items) {
      expect(item.url).toMatch(/^https:\/\/newsroom\.alpinea\.example\//);
      expect(item.image).toMatch(/^https:\/\//);
      expect(item.tags.length).toBeGreaterThan(0);
      expect(item.summary.length).toBeGreaterThan(40);
    }
  });

  test('dates are spread over recent months of 2026', () => {
    const months = new Set(feed.items.map((item) => item.published?.slice(0, 7)));
    expect([...months].every((month) => month?.startsWith('2026-'))).toBe(true);
    expect(months.size).toBeGreaterThanOrEqual(6);
  });

  test('some items carry a suggested caption, some do not', () => {
    const withCaption = feed.items.filter((item) => item.suggestedCaption).length;
    expect(withCaption).toBeGreaterThan(5);
    expect(withCaption).toBeLessThan(feed.items.length);
  });

  test.each(['recrutement', 'hiring', 'results', 'résultats', 'hydrogène', 'IA', 'AI', 'cybersécurité', 'partenariat', 'événement', 'développement durable'])('covers the topic %s', (tag) => {
    expect(feed.items.some((item) => item.tags.includes(tag))).toBe(true);
  });
});
