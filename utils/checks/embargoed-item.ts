import { linkKey, linksIn } from '../text/link-key';
import { foldedAt, unsharedWordList, words } from '../text/words';
import { finding } from './lib/finding';
import type { CheckContext, CheckRule, Finding } from './types';

/** Titles shorter than this are too common to be a quote ("Results"). */
const MIN_TITLE_CHARS = 12;

/**
 * A company item under embargo is not public yet: its link or its title in a draft is a leak.
 * The explanation names the end of the embargo in the person's time zone.
 */
export const embargoedItem: CheckRule = {
  id: 'embargoed-item',
  category: 'confidential_marker',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [],
  check(text, context) {
    const items = context.embargoedItems;
    if (!items?.length || !text.trim()) return [];
    const findings: Finding[] = [];
    const links = linksIn(text);
    const tokens = words(text);
    for (const item of items) {
      if (context.now !== undefined && Date.parse(item.embargoUntil) <= context.now) continue;
      const message = (span: { start: number; end: number }) =>
        finding(this, context, span, 'check_embargoed_item', [item.title, formatEmbargo(item.embargoUntil, context)]);
      const key = item.url ? linkKey(item.url) : undefined;
      for (const link of links) if (key && link.key === key) findings.push(message(link));
      if (item.title.trim().length < MIN_TITLE_CHARS) continue;
      // The title's words in order, whatever the case, accents, spacing or punctuation between them.
      const title = unsharedWordList(item.title);
      const wanted = Array.from({ length: title.count }, (_unused, index) => foldedAt(title, index));
      for (let at = 0; wanted.length > 0 && at + wanted.length <= tokens.length; at += 1) {
        if (wanted.every((word, offset) => tokens[at + offset]!.folded === word)) {
          findings.push(message({ start: tokens[at]!.start, end: tokens[at + wanted.length - 1]!.end }));
          at += wanted.length - 1;
        }
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

/** "3 December 2026 at 09:00 CET", in the person's language and time zone. */
export function formatEmbargo(iso: string, context: Pick<CheckContext, 'locale' | 'timeZone'>): string {
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  };
  // The same regional forms as the rest of the interface (components/ui/i18n.tsx).
  const tag = context.locale === 'fr' ? 'fr-FR' : 'en-GB';
  try {
    return new Intl.DateTimeFormat(tag, { ...options, timeZone: context.timeZone }).format(new Date(iso));
  } catch {
    // An unknown zone name: the runtime's zone still names the moment right.
    return new Intl.DateTimeFormat(tag, options).format(new Date(iso));
  }
}
