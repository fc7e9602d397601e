// @vitest-environment node
// The background is a service worker: no DOM.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshFeed, sampleFeedUrl } from '../../entrypoints/background/feed-sync';
import { db } from '../../utils/db';
import { updateSettings } from '../../utils/browser/storage';

const FEED = 'https://news.testco.example/feed.rss';
const rss = (title: string) =>
  `<rss version="2.0"><channel><title>T</title><item><guid>${title}</guid><title>${title}</title><link>https://news.testco.example/${title}</link></item></channel></rss>`;
const json = (title: string) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Sample', items: [{ id: title, title, url: `https://newsroom.example.com/${title}` }] });

beforeEach(async () => {
  await db.delete();
  await db.open();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

test('a refresh asked for a new address while the previous one runs fetches the new address, not the old result', async () => {
  let releaseSample!: () => void;
  const sampleGate = new Promise<void>((resolve) => (releaseSample = resolve));
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (input: string | URL) => {
    const url = String(input);
    fetched.push(url);
    if (url === sampleFeedUrl()) {
      await sampleGate;
      return new Response(json('sample-item'), { headers: { 'content-type': 'application/feed+json' } });
    }
    return new Response(rss('company-item'), { headers: { 'content-type': 'application/rss+xml' } });
  });

  const first = refreshFeed(); // the install-time refresh of the bundled sample, slow
  await vi.waitFor(() => expect(fetched).toEqual([sampleFeedUrl()]));
  await updateSettings({ feedUrl: FEED });
  const second = refreshFeed();
  releaseSample();

  expect((await first).items.map((item) => item.title)).toEqual(['sample-item']);
  const snapshot = await second;
  expect(snapshot.url).toBe(FEED);
  expect(snapshot.items.map((item) => item.title)).toEqual(['company-item']);
  expect(fetched).toEqual([sampleFeedUrl(), FEED]);
});

test('two refreshes of the same address at once fetch it once', async () => {
  await updateSettings({ feedUrl: FEED });
  const fetch = vi.fn(async () => new Response(rss('company-item'), { headers: { 'content-type': 'application/rss+xml' } }));
  vi.stubGlobal('fetch', fetch);
  const [a, b] = await Promise.all([refreshFeed(), refreshFeed()]);
  expect(a).toBe(b);
  expect(fetch).toHaveBeenCalledTimes(1);
});

describe('a feed set by a policy (issue 10)', () => {
  const managed = (feedUrl: string) => vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ feedUrl } as never);

  test('without host permission it is not fetched: the state says permission is needed', async () => {
    managed(FEED);
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const fetch = vi.fn(async () => new Response(rss('company-item'), { headers: { 'content-type': 'application/rss+xml' } }));
    vi.stubGlobal('fetch', fetch);
    const snapshot = await refreshFeed();
    expect(contains).toHaveBeenCalledWith({ origins: ['https://news.testco.example/*'] });
    expect(fetch).not.toHaveBeenCalled();
    expect(snapshot.state?.lastError).toMatch(/^feed_error_permission\[news\.testco\.example\]/);
  });

  test('with the permission it is fetched', async () => {
    managed(FEED);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    vi.stubGlobal('fetch', vi.fn(async () => new Response(rss('company-item'), { headers: { 'content-type': 'application/rss+xml' } })));
    expect((await refreshFeed()).items.map((item) => item.title)).toEqual(['company-item']);
  });
});
