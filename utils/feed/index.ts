export { FeedItemSchema, HttpUrlSchema, type FeedItem } from './feed-item';
export { FeedError, feedErrorMessageKey, type FeedErrorCode, type FeedErrorPosition } from './feed-error';
export { parseFeed, MAX_FEED_CHARS, MAX_FEED_ITEMS, type ParsedFeed, type FeedFormat } from './parse-feed';
export { fetchFeed, FEED_TIMEOUT_MS, MAX_FEED_BYTES, type FeedValidators, type FetchFeedResult } from './fetch-feed';
export { decodeFeedBytes } from './decode-feed-bytes';
export { htmlToText, SUMMARY_MAX_LENGTH } from './html-to-text';
export { resolveHttpUrl } from './safe-url';
export { PORTE_VOIX_NS, PORTE_VOIX_JSON_KEY } from './porte-voix-namespace';
