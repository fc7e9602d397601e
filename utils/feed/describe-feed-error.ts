import { translate, type Locale } from '../i18n/translate';
import { FeedError, feedErrorMessageKey } from './feed-error';

/**
 * The localised, user-facing sentence for a feed failure (the English `message` stays for logs).
 * Anything that is not a FeedError is reported as a network problem: that is what the person can act on.
 */
export function describeFeedError(error: unknown, locale: Locale): string {
  if (!(error instanceof FeedError)) return translate(locale, 'feed_error_network');
  const detail = error.code === 'http' ? (error.status ?? '') : error.code === 'invalid-xml' ? (error.position?.line ?? '?') : '';
  return translate(locale, feedErrorMessageKey(error.code), [detail]);
}
