import { isTranslationOf, oneVersionPerStory } from '../../utils/feed/same-story';
import type { FeedItem } from '../../utils/feed/feed-item';

const item = (id: string, language: string | undefined, published: string | undefined): FeedItem => ({
  id, title: id, url: '', summary: '', tags: [], source: 'https://n.example/feed', language, published,
});

test.each([
  ['same story, five minutes apart', item('fr', 'fr', '2026-10-29T10:00:00+01:00'), item('en', 'en-GB', '2026-10-29T10:05:00+01:00'), true],
  ['same language', item('a', 'fr', '2026-10-29T10:00:00Z'), item('b', 'fr-FR', '2026-10-29T10:05:00Z'), false],
  ['a day apart', item('a', 'fr', '2026-10-29T10:00:00Z'), item('b', 'en', '2026-10-30T10:00:00Z'), false],
  ['language unknown', item('a', undefined, '2026-10-29T10:00:00Z'), item('b', 'en', '2026-10-29T10:00:00Z'), false],
])('%s', (_name, a, b, expected) => {
  expect(isTranslationOf(a, b)).toBe(expected);
});

test('keeps the first version of each story and never what is excluded or its translation', () => {
  const fr = item('fr', 'fr', '2026-10-29T10:00:00Z');
  const en = item('en', 'en', '2026-10-29T10:05:00Z');
  const other = item('other', 'en', '2026-10-01T10:00:00Z');
  const ranked = [fr, en, other].map((entry) => ({ item: entry }));
  expect(oneVersionPerStory(ranked).map((r) => r.item.id)).toEqual(['fr', 'other']);
  expect(oneVersionPerStory(ranked, [en]).map((r) => r.item.id)).toEqual(['other']);
});
