import type { FeedItem } from './feed-item';
import { FeedError } from './feed-error';
import { decodeFeedBytes } from './decode-feed-bytes';
import { MAX_FEED_CHARS, parseFeed } from './parse-feed';

/** Validators from the last good response, sent back as If-None-Match / If-Modified-Since. */
export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

export type FetchFeedResult =
  | { status: 'not-modified' }
  | { status: 'ok'; items: FeedItem[]; title: string; etag?: string; lastModified?: string; warnings: string[] };

/** Give up on a feed server after this long, in milliseconds. */
export const FEED_TIMEOUT_MS = 15_000;
/** Bytes read at most: the same 5 MB as parseFeed's character cap. */
export const MAX_FEED_BYTES = MAX_FEED_CHARS;

const ACCEPT = 'application/feed+json, application/json;q=0.9, application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1';

/**
 * Fetches and parses a feed with a conditional request. The caller keeps the last good copy and
 * the validators; on 304 nothing is parsed. `fetchImpl` is a parameter so tests and the background
 * can pass their own (it defaults to the global fetch of the worker).
 *
 * @throws FeedError: insecure-url (http, or a redirect to it), unsupported-url (not https), timeout, network, http (status >= 400 or other
 *   non-2xx), too-large, and every parse error of parseFeed.
 */
export async function fetchFeed(
  url: string,
  previous: FeedValidators | undefined,
  fetchImpl: typeof fetch = fetch,
  options: { timeoutMs?: number } = {},
): Promise<FetchFeedResult> {
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    throw new FeedError('unsupported-url', `Not a feed URL: "${url.slice(0, 200)}" is not a valid URL`);
  }
  // Plain http would let anyone on the way read which feed is followed and change the news (and the
  // suggested captions) the person is about to post (issue 10).
  if (parsedUrl.protocol === 'http:') {
    throw new FeedError('insecure-url', `Not fetched: ${parsedUrl.href} is plain http; only https feeds are read`, { host: parsedUrl.host });
  }
  if (parsedUrl.protocol !== 'https:') {
    throw new FeedError('unsupported-url', `Not a feed URL: only https feeds are fetched, got ${parsedUrl.protocol}`);
  }
  const headers: Record<string, string> = { Accept: ACCEPT };
  if (previous?.etag) headers['If-None-Match'] = previous.etag;
  if (previous?.lastModified) headers['If-Modified-Since'] = previous.lastModified;

  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  let response: Response;
  try {
    response = await fetchImpl(parsedUrl.href, {
      headers,
      signal: AbortSignal.timeout(timeoutMs),
      credentials: 'omit',
      redirect: 'follow',
    });
  } catch (error) {
    if (isTimeout(error)) throw new FeedError('timeout', `Feed request timed out after ${timeoutMs / 1000} s: ${parsedUrl.href}`, { cause: error });
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedError('network', `Could not reach the feed at ${parsedUrl.href}: ${reason}`, { cause: error });
  }

  // fetch follows redirects by itself; one that left https is refused before the body is read.
  if (response.redirected && response.url && new URL(response.url).protocol !== 'https:') {
    await response.body?.cancel().catch(() => undefined);
    throw new FeedError('insecure-url', `Not read: ${parsedUrl.href} redirected to ${response.url}, which is not https`, {
      host: new URL(response.url).host,
    });
  }
  if (response.status === 304) return { status: 'not-modified' };
  if (!response.ok) {
    throw new FeedError('http', `Feed request failed: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${parsedUrl.href}`, {
      status: response.status,
    });
  }
  const declaredLength = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declaredLength) && declaredLength > MAX_FEED_BYTES) {
    throw tooLarge(declaredLength);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(response, MAX_FEED_BYTES);
  } catch (error) {
    if (error instanceof FeedError) throw error;
    if (isTimeout(error)) throw new FeedError('timeout', `Feed download timed out after ${timeoutMs / 1000} s: ${parsedUrl.href}`, { cause: error });
    throw new FeedError('network', `Feed download failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  // Redirects change the base for relative links.
  const finalUrl = response.url || parsedUrl.href;
  const parsed = parseFeed(decodeFeedBytes(bytes, response.headers.get('content-type') ?? undefined), finalUrl);
  const etag = response.headers.get('etag') ?? undefined;
  const lastModified = response.headers.get('last-modified') ?? undefined;
  return {
    status: 'ok',
    items: parsed.items,
    title: parsed.title,
    warnings: parsed.warnings,
    ...(etag ? { etag } : {}),
    ...(lastModified ? { lastModified } : {}),
  };
}

/** Reads the body, stopping as soon as it exceeds `max` bytes (Content-Length can lie or be absent). */
async function readCapped(response: Response, max: number): Promise<Uint8Array> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    if (whole.byteLength > max) throw tooLarge(whole.byteLength);
    return whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(total, true);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(bytes: number, streamed = false): FeedError {
  const limit = MAX_FEED_BYTES / 1024 / 1024;
  // A streamed body is abandoned as soon as it passes the limit: its real size is unknown.
  return new FeedError('too-large', streamed
    ? `Feed too large: over the ${limit} MB limit`
    : `Feed too large: ${(bytes / 1024 / 1024).toFixed(1)} MB, the limit is ${limit} MB`);
}

/** AbortSignal.timeout rejects with a DOMException, which is not an Error subclass everywhere (jsdom). */
function isTimeout(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null && 'name' in error ? (error as { name: unknown }).name : undefined;
  return name === 'TimeoutError' || name === 'AbortError';
}
