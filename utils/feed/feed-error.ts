/** Why a feed could not be read. Stable ids: the UI maps each to a `feed_error_<code>` message. */
export type FeedErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-a-feed'
  | 'invalid-xml'
  | 'invalid-json'
  | 'unsupported-url'
  /** http://, or a redirect to it: the news could be read or changed on the way (issue 10). */
  | 'insecure-url'
  /** The feed's origin needs a host permission the person has not granted (a feed set by a policy). */
  | 'permission'
  | 'http'
  | 'network'
  | 'timeout';

/** Where in the document the problem is, 1-based, when known. */
export interface FeedErrorPosition {
  line: number;
  column?: number;
}

/**
 * Thrown by parseFeed / fetchFeed when a document cannot be used at all.
 * The message is English and says what is wrong and where (for logs and developers);
 * the UI shows `translate(locale, 'feed_error_' + code, [detail])` instead.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  readonly code: FeedErrorCode;
  readonly position: FeedErrorPosition | undefined;
  /** HTTP status for code 'http'. */
  readonly status: number | undefined;
  /** The host concerned, for codes 'insecure-url' and 'permission'. */
  readonly host: string | undefined;

  constructor(
    code: FeedErrorCode,
    message: string,
    details: { position?: FeedErrorPosition; status?: number; host?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    this.position = details.position;
    this.status = details.status;
    this.host = details.host;
  }
}

/** Locale key of the user-facing message for an error code, e.g. `feed_error_not_a_feed`. */
export function feedErrorMessageKey(code: FeedErrorCode): string {
  return `feed_error_${code.replace(/-/g, '_')}`;
}
