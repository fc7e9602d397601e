import { partitionPoint } from '../partition-point';
import type { FeedItem } from '../feed/feed-item';
import { localeFromTag, translate, type Locale } from '../i18n/translate';
import { X_MAX_WEIGHTED_LENGTH, X_URL_WEIGHT, xWeightedLength } from '../text/x-weighted-length';
import type { SharePlatform } from './share-platform';

export interface ShareTextOptions {
  platform: SharePlatform;
  /** Language of the quote marks, attribution and placeholder. */
  locale: Locale;
  /** Quote the item's suggested caption as the company's words (ignored when it has none). */
  includeCaption: boolean;
  /** The person's own take; when empty or absent a visible placeholder stands in its place. */
  take?: string;
  /** Who the caption is attributed to, e.g. "Alpinéa". Default: "in the company's words", localised. */
  companyName?: string;
  /** X only: weight already used by the draft the share goes into (it must fit beside it). Default 0. */
  reservedWeight?: number;
  /** The disclosure line the post owes (it shares company content), placed before the link; never shortened. */
  disclosure?: string;
}

export interface ShareText {
  text: string;
  /** UTF-16 span of the placeholder the person replaces; null when their take was given. */
  placeholder: { start: number; end: number } | null;
  /** False only on X when the take alone (plus the link) is over the weighted limit; the take is never cut. */
  fits: boolean;
}

const ELLIPSIS = '…';
const SEPARATOR = '\n\n';
/** X's weighted limit and the weight of any link (t.co). */
export const X_MAX_WEIGHT = X_MAX_WEIGHTED_LENGTH;
const X_LINK_WEIGHT = X_URL_WEIGHT;

/**
 * X's weighted length of `text` followed by `separator` and `link`. X wraps every link in t.co and
 * counts it as 23 whatever its domain: the link is counted here, never parsed, so even a link our
 * counter would not recognise (no TLD-like label) counts 23.
 */
export function xWeightWithLink(text: string, link: string, separator = SEPARATOR): number {
  const linkWeight = link ? [...separator].length + X_LINK_WEIGHT : 0;
  return xWeightedLength(text) + linkWeight;
}

/**
 * The text a share starts from: the person's take (or a placeholder asking for it) first, then
 * optionally the company's suggested caption in quotes, attributed, then the disclosure the post owes, then
 * the link. On X the whole
 * respects the weighted limit (x-weighted-length.ts; a URL counts 23): the caption is shortened with an
 * ellipsis, or dropped; never the link, never the person's take.
 */
export function buildShareText(
  item: Pick<FeedItem, 'url' | 'suggestedCaption'> & Partial<Pick<FeedItem, 'language'>>,
  options: ShareTextOptions,
): ShareText {
  const take = options.take?.trim() ?? '';
  const head = take || translate(options.locale, 'share_take_placeholder');
  // The quote marks and attribution follow the caption's language, not the interface's.
  const captionLocale = item.language ? localeFromTag(item.language) : options.locale;
  const attribution = options.companyName?.trim() || translate(captionLocale, 'share_company_words');
  const caption = options.includeCaption ? (item.suggestedCaption?.trim() ?? '') : '';
  const disclosure = options.disclosure?.trim() ?? '';
  const withoutLink = (captionText: string): string =>
    [head, captionText ? translate(captionLocale, 'share_caption_quote', [captionText, attribution]) : '', disclosure]
      .filter(Boolean)
      .join(SEPARATOR);
  const compose = (captionText: string): string => [withoutLink(captionText), item.url].filter(Boolean).join(SEPARATOR);
  const placeholder = take ? null : { start: 0, end: head.length };

  const budget = X_MAX_WEIGHT - (options.reservedWeight ?? 0);
  const fitsX = (captionText: string): boolean => xWeightWithLink(withoutLink(captionText), item.url) <= budget;
  const fits = (captionText: string): boolean => options.platform !== 'x' || fitsX(captionText);
  if (fits(caption)) return { text: compose(caption), placeholder, fits: true };

  // Longest word-boundary prefix of the caption that fits (binary search over word counts).
  const words = caption.split(/\s+/);
  const shortened = (count: number) => (count <= 0 ? '' : `${words.slice(0, count).join(' ').replace(/[\s,;:.–—-]+$/, '')}${ELLIPSIS}`);
  const best = shortened(partitionPoint(words.length, (count) => count === 0 || fits(shortened(count))) - 1);
  return { text: compose(best), placeholder, fits: fits(best) };
}
