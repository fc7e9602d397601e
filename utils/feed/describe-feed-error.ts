import { hasMessage, translate, type Locale } from '../i18n/translate';
import { FeedError, feedErrorMessageKey } from './feed-error';

/** The locale key of a failure and the value its `$1` takes (line, HTTP status), or ''. */
function feedErrorParts(error: unknown): { key: string; value: string } {
  if (!(error instanceof FeedError)) return { key: 'feed_error_network', value: '' };
  const value =
    error.code === 'http'
      ? (error.status ?? '')
      : error.code === 'invalid-xml'
        ? (error.position?.line ?? '?')
        : error.code === 'insecure-url' || error.code === 'permission'
          ? (error.host ?? '')
          : '';
  return { key: feedErrorMessageKey(error.code), value: String(value) };
}

/**
 * The localised, user-facing sentence for a feed failure (the English `message` stays for logs).
 * Anything that is not a FeedError is reported as a network problem: that is what the person can act on.
 */
export function describeFeedError(error: unknown, locale: Locale): string {
  const { key, value } = feedErrorParts(error);
  return translate(locale, key, [value]);
}

/** Longest FeedState.lastError the database accepts. */
const MAX_RECORD = 500;
const RECORD = /^(feed_error_[a-z_]+)(?:\[([^\]]{0,40})\])?:/;

/**
 * What the background stores as FeedState.lastError: `feed_error_<code>[<value>]: <English detail>`.
 * The key and value let any page say it in the person's language later; the detail is for logs.
 */
export function feedErrorRecord(error: unknown): string {
  const { key, value } = feedErrorParts(error);
  const detail = error instanceof Error ? error.message : String(error);
  return `${key}[${value.replace(/[\]\n]/g, '')}]: ${detail}`.slice(0, MAX_RECORD);
}

/** The person's-language sentence for a stored lastError; an unknown record reads as a network problem. */
export function describeFeedErrorRecord(record: string, locale: Locale): string {
  const match = RECORD.exec(record);
  const key = match && hasMessage('en', match[1]!) ? match[1]! : 'feed_error_network';
  return translate(locale, key, [match?.[2] ?? '']);
}
