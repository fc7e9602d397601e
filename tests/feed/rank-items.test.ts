import { createRanker, rankItems, type FeedItem } from '../../utils/feed';

const NOW = Date.UTC(2026, 10, 27);
const daysAgo = (days: number): string => new Date(NOW - days * 86_400_000).toISOString();

function item(id: string, title: string, extra: Partial<FeedItem> = {}): FeedItem {
  return { id, title, url: `https://newsroom.alpinea.example/${id}`, summary: '', tags: [], source: 'test', published: daysAgo(10), ...extra };
}

const ITEMS: FeedItem[] = [
  item('hydrogen-fr', 'Premier électrolyseur : hydrogène vert à Grenoble', { tags: ['hydrogène', 'innovation'], published: daysAgo(29), language: 'fr' }),
  item('hydrogen-en', 'First electrolyser: green hydrogen in Grenoble', { tags: ['hydrogen'], published: daysAgo(29), language: 'en' }),
  item('cyber', 'Cybersécurité : exercice de crise grandeur nature', { tags: ['cybersécurité'], published: daysAgo(43), summary: 'Une cyberattaque simulée contre le réseau.' }),
  item('hiring', 'Alpinéa recrute 200 techniciens de maintenance', { tags: ['recrutement', 'emploi'], published: daysAgo(3) }),
  item('results', 'Résultats du troisième trimestre', { tags: ['finance'], published: daysAgo(21) }),
  item('old-hiring', 'Recrutement : 350 stages ouverts', { tags: ['recrutement'], published: daysAgo(120) }),
  item('undated', 'Les métiers de l’énergie au collège', { published: undefined }),
];

describe('rankItems', () => {
  test('an empty draft returns the latest items first', () => {
    const ids = rankItems(ITEMS, { draft: '', now: NOW, limit: 4 }).map((ranked) => ranked.item.id);
    expect(ids).toEqual(['hiring', 'results', 'hydrogen-fr', 'hydrogen-en']);
  });

  test('an empty draft puts items matching the interests first', () => {
    const ranked = rankItems(ITEMS, { draft: '  ', interests: ['Cybersécurité'], now: NOW, limit: 2 });
    expect(ranked.map((entry) => entry.item.id)).toEqual(['cyber', 'hiring']);
    expect(ranked[0]?.why).toMatchObject({ mode: 'latest', interests: ['Cybersécurité'] });
  });

  test.each([
    ['accents and case do not matter', 'HYDROGENE', 'hydrogen-fr'],
    ['English', 'green hydrogen', 'hydrogen-en'],
    ['a word being typed matches by prefix', 'cyberatt', 'cyber'],
    ['typos are forgiven', 'cybersecurtie', 'cyber'],
    ['stopwords alone match nothing special', 'le la les the of recrute', 'hiring'],
    ['a summary word', 'cyberattaque', 'cyber'],
  ])('%s', (_name, draft, expected) => {
    expect(rankItems(ITEMS, { draft, now: NOW })[0]?.item.id).toBe(expected);
  });

  test('stopwords and URLs in the draft are ignored', () => {
    const ranked = rankItems(ITEMS, { draft: 'le la de https://www.recrutement.example/ et', now: NOW });
    expect(ranked[0]?.why.mode).toBe('latest');
  });

  test('recency decides between equally relevant items', () => {
    const twins = [item('old', 'Salon Énergies à Lyon', { published: daysAgo(60) }), item('new', 'Salon Énergies à Lyon', { published: daysAgo(2) })];
    expect(rankItems(twins, { draft: 'salon lyon', now: NOW }).map((ranked) => ranked.item.id)).toEqual(['new', 'old']);
  });

  test('interests boost a matching item, across accents and languages', () => {
    const plain = rankItems(ITEMS, { draft: 'Grenoble', now: NOW });
    const boosted = rankItems(ITEMS, { draft: 'Grenoble', interests: ['innovation'], now: NOW });
    expect(plain.slice(0, 2).map((ranked) => ranked.item.id).sort()).toEqual(['hydrogen-en', 'hydrogen-fr']);
    expect(boosted[0]?.item.id).toBe('hydrogen-fr');
    expect(boosted[0]?.why.interests).toEqual(['innovation']);
    const both = rankItems(ITEMS, { draft: '', interests: ['hydrogen'], now: NOW, limit: 2 });
    expect(both.map((ranked) => ranked.item.id).sort()).toEqual(['hydrogen-en', 'hydrogen-fr']);
  });

  test('short interests match whole tags or words, not substrings', () => {
    const items = [item('ai', 'Charte IA', { tags: ['IA'] }), item('media', 'Relations médias', { tags: ['social media'] })];
    const ranked = rankItems(items, { interests: ['ia'], now: NOW });
    expect(ranked.find((entry) => entry.item.id === 'ai')?.why.interests).toEqual(['ia']);
    expect(ranked.find((entry) => entry.item.id === 'media')?.why.interests).toEqual([]);
  });

  test('already shared items are demoted, not hidden, and say so', () => {
    const ranked = rankItems(ITEMS, { draft: 'recrutement', sharedItemIds: ['hiring'], now: NOW });
    expect(ranked[0]?.item.id).toBe('old-hiring');
    expect(ranked.find((entry) => entry.item.id === 'hiring')?.why.alreadyShared).toBe(true);
  });

  test('why explains the match; scores are descending; limit is honoured', () => {
    const ranked = rankItems(ITEMS, { draft: 'recrutement techniciens maintenance', now: NOW, limit: 2 });
    expect(ranked).toHaveLength(2);
    expect(ranked[0]?.why).toMatchObject({ mode: 'draft', alreadyShared: false });
    expect(ranked[0]?.why.matchedTerms).toEqual(expect.arrayContaining(['techniciens', 'maintenance']));
    expect(ranked[0]!.score).toBeGreaterThanOrEqual(ranked[1]!.score);
    expect(ranked[0]?.why.recency).toBeGreaterThan(0.8);
  });

  test('an undated item has zero recency', () => {
    const ranked = rankItems(ITEMS, { draft: 'collège', now: NOW });
    expect(ranked[0]?.item.id).toBe('undated');
    expect(ranked[0]?.why.recency).toBe(0);
  });

  test('createRanker reuses one index across keystrokes', () => {
    const ranker = createRanker(ITEMS);
    const draft = 'Fier de notre premier électrolyseur';
    const results = Array.from({ length: draft.length }, (_, end) => ranker.rank({ draft: draft.slice(0, end + 1), now: NOW }));
    expect(results.at(-1)?.[0]?.item.id).toBe('hydrogen-fr');
    expect(ranker.rank({ now: NOW, limit: 0 })).toEqual([]);
  });

  test('no items, no results', () => {
    expect(rankItems([], { draft: 'hydrogène', now: NOW })).toEqual([]);
  });
});
