import type { Platform } from '../platform';
import type { Locale } from '../i18n/translate';
import { translate } from '../i18n/translate';
import { X_MAX_WEIGHT, xWeightWithLink } from './build-share-text';

export interface QuickShareInput {
  platform: Platform;
  locale: Locale;
  /** The person's one-line take; may be empty (the panel then asks for it in the composer). */
  take: string;
  /** The shared link: X adds it through the intent's url parameter, so it is only counted here. */
  url: string;
  /** The company's suggested caption, quoted as the company's words. */
  caption?: string;
  /** Text the person selected on the page, quoted. */
  quote?: string;
  /** The disclosure line the post owes, added after the quote; never shortened. */
  disclosure?: string;
}

/**
 * The text a quick share opens the composer with: the person's take first, then the company's words
 * in quotes. On X the whole (with the link counted as 23) fits the weighted limit: the quote is
 * shortened, never the take.
 */
export function composeQuickShare({ platform, locale, take, url, caption, quote, disclosure = '' }: QuickShareInput): string {
  const quoted = quote ?? caption;
  const wrap = (text: string) => translate(locale, 'share_company_quote', [text]);
  const parts = (quotedText: string | undefined) =>
    [take.trim(), quotedText ? wrap(quotedText) : '', disclosure.trim()].filter(Boolean).join('\n\n');
  if (platform !== 'x' || !quoted) return parts(quoted);
  // The intent's url parameter puts the link after a space; it counts 23 whatever its domain.
  const fits = (text: string) => xWeightWithLink(text, url.trim(), ' ') <= X_MAX_WEIGHT;
  if (fits(parts(quoted))) return parts(quoted);
  const words = quoted.split(/\s+/);
  for (let count = words.length - 1; count > 0; count--) {
    const shortened = `${words.slice(0, count).join(' ')}…`;
    if (fits(parts(shortened))) return parts(shortened);
  }
  return parts(undefined);
}
