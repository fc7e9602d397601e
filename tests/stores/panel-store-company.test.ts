import type { FeedItem } from '../../utils/feed/feed-item';
import type { Platform } from '../../utils/platform';
import { PolicySchema } from '../../utils/policy';
import { resolveDisclosure } from '../../utils/policy/disclosure';
import { electrolyserItem, hiringItem, setupPanel } from './panel-fakes';

const NOW = Date.parse('2026-12-02T10:00:00Z');
const EMBARGO_END = Date.parse('2026-12-03T08:00:00Z');

const acquisition: FeedItem = {
  id: 'helio',
  title: 'Alpinéa to acquire Helio Storage, a battery start-up',
  url: 'https://newsroom.alpinea.example/en/helio',
  summary: 'Second-life batteries for the grid.',
  tags: ['storage'],
  source: 'https://newsroom.alpinea.example/feed.json',
  published: '2026-12-02T09:00:00Z',
  embargoUntil: new Date(EMBARGO_END).toISOString(),
};
const expired: FeedItem = { ...hiringItem, id: 'open-day', title: 'Open day in Nantes', url: 'https://newsroom.alpinea.example/open-day', expires: '2026-12-01T00:00:00Z' };

function setup(options: { platform?: Platform; disclosure?: string } = {}) {
  const { port, store } = setupPanel({
    platform: options.platform ?? 'linkedin',
    backend: { feedItems: vi.fn(async () => [acquisition, electrolyserItem, hiringItem, expired]) },
    env: { checkDelayMs: 10, saveDelayMs: 20 },
    preferences: {
      policy: PolicySchema.parse({}),
      disclosure: resolveDisclosure({ disclosureByLanguage: { en: 'I work at Alpinéa.', fr: 'Je travaille chez Alpinéa.' } }, options.disclosure),
      timeZone: 'Europe/Paris',
    },
  });
  return { port, store };
}

const suggestedIds = (store: ReturnType<typeof setup>['store']) => store.getState().suggestions.map(({ item }) => item.id);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

test('an embargoed item is not suggested and its pasted link is flagged; once the embargo passes, it is suggested and the finding goes', async () => {
  const { store, port } = setup();
  await store.getState().loadFeed();
  expect(suggestedIds(store)).not.toContain('helio');
  expect(suggestedIds(store)).not.toContain('open-day');

  port.text = 'Look at this https://newsroom.alpinea.example/en/helio/?utm_source=mail';
  store.getState().textChanged(port.text);
  await vi.advanceTimersByTimeAsync(20);
  const finding = store.getState().findings.find((found) => found.category === 'confidential_marker');
  expect(finding?.message).toContain('3 December 2026 at 09:00');
  expect(store.getState().shouldHold()).toBe(true);
  expect(store.getState().insertItem(acquisition)).toBe(false);

  // No typing: the timer set to the embargo's end decides again.
  store.getState().textChanged('');
  await vi.advanceTimersByTimeAsync(20);
  await vi.advanceTimersByTimeAsync(EMBARGO_END - Date.now());
  expect(suggestedIds(store)[0]).toBe('helio');
  port.text = 'Look at this https://newsroom.alpinea.example/en/helio';
  store.getState().textChanged(port.text);
  await vi.advanceTimersByTimeAsync(20);
  expect(store.getState().findings.some((found) => found.category === 'confidential_marker')).toBe(false);
  store.getState().dispose();
});

test('an item the draft shares needs the disclosure; Fix appends it in the item’s language; Insert adds it from the start', async () => {
  const { store, port } = setup();
  await store.getState().loadFeed();
  port.text = 'Proud of the team https://newsroom.alpinea.example/h2';
  store.getState().textChanged(port.text);
  await vi.advanceTimersByTimeAsync(20);
  const finding = store.getState().findings.find((found) => found.category === 'disclosure');
  expect(finding).toBeDefined();
  expect(store.getState().fixFinding(finding!)).toBe(true);
  expect(port.text).toBe('Proud of the team https://newsroom.alpinea.example/h2\n\nI work at Alpinéa.');
  expect(store.getState().findings.some((found) => found.category === 'disclosure')).toBe(false);

  port.text = '';
  port.caret = 0;
  store.getState().textChanged('');
  expect(store.getState().insertItem(electrolyserItem)).toBe(true);
  expect(port.text).toContain('I work at Alpinéa.');
  await vi.advanceTimersByTimeAsync(20);
  expect(store.getState().findings.some((found) => found.category === 'disclosure')).toBe(false);
  store.getState().dispose();
});

test('a shared item with no company or personal line: no disclosure finding', async () => {
  const { store, port } = setup();
  store.getState().configure({ disclosure: null });
  await store.getState().loadFeed();
  port.text = 'https://newsroom.alpinea.example/h2';
  store.getState().textChanged(port.text);
  await vi.advanceTimersByTimeAsync(20);
  expect(store.getState().findings.some((found) => found.category === 'disclosure')).toBe(false);
  store.getState().dispose();
});

test('Fix clicked on a finding read before the typing ended fixes what the text holds now and loses no typing', async () => {
  const { store, port } = setup();
  // The checks read the text at a pause mid-link…
  port.text = 'Read this https://newsroom.alpinea.example/h2?utm_source=linkedin&';
  store.getState().textChanged(port.text);
  await vi.advanceTimersByTimeAsync(20);
  const stale = store.getState().findings.find((found) => found.category === 'tracking_link');
  expect(stale).toBeDefined();
  // …then typing went on, and the click came before the next pause.
  port.text = 'Read this https://newsroom.alpinea.example/h2?utm_source=linkedin&utm_medium=social now';
  store.getState().textChanged(port.text);
  expect(store.getState().fixFinding(stale!)).toBe(true);
  expect(port.text).toBe('Read this https://newsroom.alpinea.example/h2 now');
  store.getState().dispose();
});

test('Fix clicked on a finding whose words were deleted since does nothing', async () => {
  const { store, port } = setup();
  port.text = 'Read this https://newsroom.alpinea.example/h2?utm_source=linkedin now';
  store.getState().textChanged(port.text);
  await vi.advanceTimersByTimeAsync(20);
  const stale = store.getState().findings.find((found) => found.category === 'tracking_link');
  expect(stale).toBeDefined();
  port.text = 'Read this, now';
  store.getState().textChanged(port.text);
  expect(store.getState().fixFinding(stale!)).toBe(false);
  expect(port.text).toBe('Read this, now');
  expect(store.getState().findings.some((found) => found.category === 'tracking_link')).toBe(false);
  store.getState().dispose();
});
