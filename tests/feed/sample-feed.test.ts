import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFeed } from '../../utils/feed';
import { publishingState } from '../../utils/feed/publishing-window';
import { anchorRelativeDates } from '../../utils/feed/relative-dates';

const LOADED_AT = Date.parse('2026-12-02T10:00:00Z');

const SAMPLE = path.resolve(__dirname, '../../public/sample-feed.json');

describe('bundled sample feed (public/sample-feed.json)', () => {
  const feed = parseFeed(anchorRelativeDates(readFileSync(SAMPLE, 'utf8'), LOADED_AT), 'https://newsroom.alpinea.example/feed.json');

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

describe('the sample feed always shows an embargoed and an expired item', () => {
  test.each(['2026-12-02T10:00:00Z', '2031-06-15T23:30:00Z'])('loaded at %s', (at) => {
    const loadedAt = Date.parse(at);
    const { items, warnings } = parseFeed(anchorRelativeDates(readFileSync(SAMPLE, 'utf8'), loadedAt), 'https://x.example/feed.json');
    expect(warnings).toEqual([]);
    const states = items.map((item) => publishingState(item, loadedAt));
    expect(states.filter((state) => state === 'embargoed')).toHaveLength(1);
    expect(states.filter((state) => state === 'expired')).toHaveLength(1);
    const embargoed = items.find((item) => publishingState(item, loadedAt) === 'embargoed')!;
    expect(Date.parse(embargoed.embargoUntil!) - loadedAt).toBe(48 * 3_600_000);
  });
});
