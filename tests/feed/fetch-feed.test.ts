import { FEED_TIMEOUT_MS, FeedError, MAX_FEED_BYTES, fetchFeed } from '../../utils/feed';

const URL_ = 'https://newsroom.alpinea.example/feed.xml';
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Alpinéa</title>
<item><title>Hello</title><link>/fr/hello</link></item></channel></rss>`;

type FetchArgs = Parameters<typeof fetch>;

/** A fetch double that records requests and answers from a function. */
function fakeFetch(answer: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = vi.fn(async (...[input, init]: FetchArgs) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, init: init ?? {} });
    return answer(url, init ?? {});
  });
  return { impl: impl as unknown as typeof fetch, calls };
}

const header = (init: RequestInit, name: string): string | undefined =>
  (init.headers as Record<string, string> | undefined)?.[name];

describe('fetchFeed', () => {
  test('parses a 200, returns the validators and resolves links against the feed URL', async () => {
    const { impl, calls } = fakeFetch(() => new Response(RSS, { status: 200, headers: { ETag: '"v1"', 'Last-Modified': 'Tue, 24 Nov 2026 08:00:00 GMT', 'Content-Type': 'application/rss+xml; charset=utf-8' } }));
    const result = await fetchFeed(URL_, undefined, impl);
    expect(result).toMatchObject({ status: 'ok', etag: '"v1"', lastModified: 'Tue, 24 Nov 2026 08:00:00 GMT', warnings: [], title: 'Alpinéa' });
    expect(result.status === 'ok' && result.items[0]?.url).toBe('https://newsroom.alpinea.example/fr/hello');
    expect(header(calls[0]!.init, 'If-None-Match')).toBeUndefined();
    expect(calls[0]!.init.signal).toBeInstanceOf(AbortSignal);
    expect(calls[0]!.init.credentials).toBe('omit');
  });

  test('sends If-None-Match / If-Modified-Since and reports 304 as not-modified', async () => {
    const { impl, calls } = fakeFetch(() => new Response(null, { status: 304 }));
    const result = await fetchFeed(URL_, { etag: '"v1"', lastModified: 'Tue, 24 Nov 2026 08:00:00 GMT' }, impl);
    expect(result).toEqual({ status: 'not-modified' });
    expect(header(calls[0]!.init, 'If-None-Match')).toBe('"v1"');
    expect(header(calls[0]!.init, 'If-Modified-Since')).toBe('Tue, 24 Nov 2026 08:00:00 GMT');
  });

  test.each([
    [404, /Feed request failed: HTTP 404 Not Found for https:\/\/newsroom\.alpinea\.example\/feed\.xml/],
    [500, /HTTP 500/],
  ])('HTTP %i is a FeedError with the status', async (status, message) => {
    const { impl } = fakeFetch(() => new Response('nope', { status, statusText: status === 404 ? 'Not Found' : 'Server Error' }));
    const error = await fetchFeed(URL_, undefined, impl).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedError);
    expect(error).toMatchObject({ code: 'http', status });
    expect((error as FeedError).message).toMatch(message);
  });

  test('a malformed document is a FeedError from the parser', async () => {
    const { impl } = fakeFetch(() => new Response('<html><body>Moved</body></html>', { status: 200 }));
    await expect(fetchFeed(URL_, undefined, impl)).rejects.toThrow(/Not a feed/);
  });

  test.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org/feed', 'not a url'])('refuses %s without fetching', async (url) => {
    const { impl, calls } = fakeFetch(() => new Response(RSS));
    await expect(fetchFeed(url, undefined, impl)).rejects.toMatchObject({ code: 'unsupported-url' });
    expect(calls).toHaveLength(0);
  });

  test('refuses an http:// feed without fetching, with its own reason (issue 10)', async () => {
    const { impl, calls } = fakeFetch(() => new Response(RSS));
    await expect(fetchFeed('http://newsroom.alpinea.example/feed.xml', undefined, impl)).rejects.toMatchObject({ code: 'insecure-url' });
    expect(calls).toHaveLength(0);
  });

  test('refuses a redirect from https to http (issue 10)', async () => {
    const { impl } = fakeFetch(() => {
      const response = new Response(RSS, { status: 200 });
      Object.defineProperties(response, { redirected: { value: true }, url: { value: 'http://cdn.alpinea.example/feed.xml' } });
      return response;
    });
    await expect(fetchFeed(URL_, undefined, impl)).rejects.toMatchObject({ code: 'insecure-url', message: expect.stringContaining('http://cdn.alpinea.example') });
  });

  test('network failures and timeouts are FeedErrors', async () => {
    const failing = fakeFetch(() => Promise.reject(new TypeError('fetch failed')));
    await expect(fetchFeed(URL_, undefined, failing.impl)).rejects.toMatchObject({ code: 'network', message: expect.stringMatching(/Could not reach the feed/) });
    const slow = fakeFetch(() => Promise.reject(new DOMException('The operation timed out.', 'TimeoutError')));
    await expect(fetchFeed(URL_, undefined, slow.impl)).rejects.toMatchObject({ code: 'timeout', message: `Feed request timed out after ${FEED_TIMEOUT_MS / 1000} s: ${URL_}` });
  });

  test('the timeout signal really aborts a hanging server', async () => {
    const hanging = fakeFetch((_url, init) => new Promise<Response>((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    }));
    await expect(fetchFeed(URL_, undefined, hanging.impl, { timeoutMs: 20 })).rejects.toMatchObject({ code: 'timeout' });
  });

  test('a declared Content-Length over the cap is refused before reading', async () => {
    const { impl } = fakeFetch(() => new Response(RSS, { status: 200, headers: { 'Content-Length': String(MAX_FEED_BYTES + 1) } }));
    await expect(fetchFeed(URL_, undefined, impl)).rejects.toMatchObject({ code: 'too-large', message: expect.stringMatching(/Feed too large/) });
  });

  test('a streamed body over the cap is cut off', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x20);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 8) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const { impl } = fakeFetch(() => new Response(body, { status: 200 }));
    await expect(fetchFeed(URL_, undefined, impl)).rejects.toMatchObject({ code: 'too-large', message: 'Feed too large: over the 5 MB limit' });
    expect(sent).toBeLessThanOrEqual(7);
  });

  test('decodes a Latin-1 body declared in the Content-Type', async () => {
    const bytes = Uint8Array.from([...'<rss><channel><item><title>Caf'].map((c) => c.charCodeAt(0)).concat([0xe9], [...'</title></item></channel></rss>'].map((c) => c.charCodeAt(0))));
    const { impl } = fakeFetch(() => new Response(bytes, { status: 200, headers: { 'Content-Type': 'text/xml; charset=ISO-8859-1' } }));
    const result = await fetchFeed(URL_, undefined, impl);
    expect(result.status === 'ok' && result.items[0]?.title).toBe('Café');
  });
});
