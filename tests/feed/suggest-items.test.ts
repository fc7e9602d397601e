import type { FeedItem } from '../../utils/feed/feed-item';
import { createRanker } from '../../utils/feed/rank-items';
import { suggestItems, type SuggestOptions } from '../../utils/feed/suggest-items';

const NOW = Date.parse('2026-12-02T10:00:00Z');
const item = (id: string, extra: Partial<FeedItem> = {}): FeedItem => ({
  id,
  title: `Story ${id}`,
  url: `https://newsroom.alpinea.example/${id}`,
  summary: '',
  tags: [],
  source: 'test',
  published: '2026-11-30T08:00:00Z',
  ...extra,
});

function suggest(items: FeedItem[], over: Partial<SuggestOptions> = {}) {
  const options: SuggestOptions = { items, draft: '', interests: [], sharedItemIds: [], locale: 'en', linkedItem: null, now: NOW, ...over };
  return suggestItems(createRanker(items), options).map((entry) => entry.item.id);
}

test('three suggestions at most, newest first for an empty draft', () => {
  const items = ['a', 'b', 'c', 'd'].map((id, day) => item(id, { published: `2026-11-2${day}T08:00:00Z` }));
  expect(suggest(items)).toEqual(['d', 'c', 'b']);
});

test('items under embargo or expired are never suggested, even when they rank first', () => {
  const items = [
    item('embargoed', { published: '2026-12-02T09:00:00Z', embargoUntil: '2026-12-03T08:00:00Z' }),
    item('expired', { published: '2026-12-02T08:00:00Z', expires: '2026-12-02T09:00:00Z' }),
    ...['a', 'b', 'c'].map((id) => item(id)),
  ];
  expect(suggest(items)).toEqual(['a', 'b', 'c']);
});

test('the latest items come in the person\'s language first, one version per story', () => {
  const french = item('fr', { language: 'fr', published: '2026-11-30T08:10:00Z' });
  const english = item('en', { language: 'en' });
  expect(suggest([french, english])).toEqual(['en']);
  expect(suggest([french, english], { locale: 'fr' })).toEqual(['fr']);
});

test('the item the draft shares, and its translation, are no suggestion', () => {
  const french = item('fr', { language: 'fr', published: '2026-11-30T08:10:00Z' });
  const english = item('en', { language: 'en' });
  const other = item('other', { published: '2026-11-20T08:00:00Z' });
  expect(suggest([french, english, other], { linkedItem: english })).toEqual(['other']);
});
