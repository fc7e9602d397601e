import { embargoedItem, formatEmbargo } from '../../utils/checks/embargoed-item';
import type { EmbargoedItem } from '../../utils/checks/types';
import { context, spans } from './helpers';

const ITEM: EmbargoedItem = {
  title: 'Alpinéa acquires Helio Storage',
  url: 'https://newsroom.alpinea.example/en/helio-acquisition',
  embargoUntil: '2026-12-03T08:00:00.000Z',
};
const NOW = Date.parse('2026-12-02T10:00:00Z');
const options = { embargoedItems: [ITEM], now: NOW, timeZone: 'Europe/Paris' };

describe('embargoed-item', () => {
  test('is a confidentiality finding', () => expect(embargoedItem.category).toBe('confidential_marker'));

  test.each([
    'Big news soon https://newsroom.alpinea.example/en/helio-acquisition',
    'Big news soon http://www.newsroom.alpinea.example/en/helio-acquisition/?utm_source=mail',
    'Big news soon newsroom.alpinea.example/en/helio-acquisition#top',
    'Heard that ALPINEA ACQUIRES   helio storage today!',
  ])('flags %s', (text) => {
    expect(spans(embargoedItem, text, options)).toHaveLength(1);
  });

  test.each([
    'Another page https://newsroom.alpinea.example/en/helio-acquisition-faq',
    'We talk about storage and Helio in general.',
    '',
  ])('passes %s', (text) => {
    expect(spans(embargoedItem, text, options)).toEqual([]);
  });

  test('nothing once the embargo has passed', () => {
    expect(spans(embargoedItem, ITEM.url, { ...options, now: Date.parse(ITEM.embargoUntil) })).toEqual([]);
  });

  test('the explanation names the end of the embargo in the person’s time zone, in English and French', () => {
    const [english] = embargoedItem.check(ITEM.url, context(options));
    expect(english?.message).toContain('3 December 2026');
    expect(english?.message).toMatch(/09:00/);
    const [french] = embargoedItem.check(ITEM.url, context({ ...options, locale: 'fr' }));
    expect(french?.message).toContain('3 décembre 2026');
    expect(french?.message).toContain('embargo');
    expect(formatEmbargo(ITEM.embargoUntil, { locale: 'en', timeZone: 'America/New_York' })).toMatch(/03:00|3:00/);
  });
});
