import { FeedItemSchema, type FeedItem } from './feed-item';
import { SUMMARY_MAX_LENGTH, collapseWhitespace, htmlToText } from './html-to-text';
import { resolveHttpUrl } from './safe-url';
import { toIsoDate } from './parse-date';

/** What a format reader extracts from one entry, before normalising. Strings may hold HTML. */
export interface CandidateItem {
  id?: string;
  titleHtml?: string;
  link?: string;
  summaryHtml?: string;
  contentHtml?: string;
  image?: string;
  date?: string;
  tags: string[];
  language?: string;
  caption?: string;
  /** Raw `_porte_voix.embargo_until` / `porte-voix:embargo`, as the feed wrote it. */
  embargo?: string;
  /** Raw `_porte_voix.expires` / `porte-voix:expires`, as the feed wrote it. */
  expires?: string;
  /** Base for relative links: xml:base chain or the feed URL. */
  base?: string;
}

const TITLE_MAX_LENGTH = 300;
const CAPTION_MAX_LENGTH = 1000;
const TAG_MAX_LENGTH = 60;
const MAX_TAGS = 20;

/**
 * Normalises one candidate into a zod-validated FeedItem, or returns the reason it cannot be kept.
 * Text fields are plain text: HTML stripped, entities decoded, whitespace collapsed, capped.
 */
export function normaliseCandidate(candidate: CandidateItem, source: string): { item: FeedItem; warnings: string[] } | { problem: string } {
  const base = candidate.base ?? source;
  const title = htmlToText(candidate.titleHtml ?? '', TITLE_MAX_LENGTH);
  const url = resolveHttpUrl(candidate.link, base) ?? '';
  const summarySource = candidate.summaryHtml?.trim() ? candidate.summaryHtml : (candidate.contentHtml ?? '');
  const summary = htmlToText(summarySource, SUMMARY_MAX_LENGTH);
  const rawId = collapseWhitespace(candidate.id ?? '');
  const id = rawId || url || (title ? `${source}#${title}` : '');
  if (!id) return { problem: 'it has no id, link or title' };
  const tags = uniqueTags(candidate.tags);
  // A publishing time the feed got wrong is ignored with a warning: the item itself is still news.
  const warnings: string[] = [];
  const embargoUntil = scheduleDate(candidate.embargo, 'embargo', warnings);
  const expires = scheduleDate(candidate.expires, 'expiry', warnings);
  const draft = {
    id,
    title,
    url,
    summary,
    image: resolveHttpUrl(candidate.image, base),
    published: toIsoDate(candidate.date),
    tags,
    language: normaliseLanguage(candidate.language),
    suggestedCaption: htmlToText(candidate.caption ?? '', CAPTION_MAX_LENGTH) || undefined,
    ...(embargoUntil ? { embargoUntil } : {}),
    ...(expires ? { expires } : {}),
    source,
  };
  const parsed = FeedItemSchema.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: issue ? `${issue.path.join('.') || 'item'}: ${issue.message}` : 'it is not a valid item' };
  }
  return { item: parsed.data, warnings };
}

/** ISO form of an embargo or expiry date; undefined (with a warning) when the feed's value is not a date. */
function scheduleDate(raw: string | undefined, what: 'embargo' | 'expiry', warnings: string[]): string | undefined {
  if (raw === undefined || !raw.trim()) return undefined;
  const iso = toIsoDate(raw);
  if (!iso) warnings.push(`ignored its ${what} date "${raw.trim().slice(0, 40)}": not a date`);
  return iso;
}

function uniqueTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = htmlToText(raw, TAG_MAX_LENGTH);
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
    if (out.length === MAX_TAGS) break;
  }
  return out;
}

/** "en-gb" -> "en-GB"; anything that is not a BCP 47 tag is dropped. */
export function normaliseLanguage(value: string | undefined): string | undefined {
  const text = value?.trim().replace(/_/g, '-');
  if (!text || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(text)) return undefined;
  try {
    return Intl.getCanonicalLocales(text)[0];
  } catch {
    return undefined;
  }
}
