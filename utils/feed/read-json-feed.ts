import type { CandidateItem } from './candidate-item';
import { PORTE_VOIX_JSON_KEY } from './porte-voix-namespace';

/**
 * JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1). Unknown shapes are read defensively.
 * title, summary and content_text are plain text by the spec, but generators put HTML in them:
 * they go through the same HTML-to-text pass ("a < b" and "<3" survive it as written).
 */
export function readJsonFeed(feed: Record<string, unknown>, source: string): { title: string; entries: () => Iterable<CandidateItem>; count: number } {
  const items = Array.isArray(feed.items) ? feed.items : [];
  const feedLanguage = str(feed.language);
  return {
    title: str(feed.title) ?? '',
    count: items.length,
    entries: function* () {
      for (const raw of items) {
        if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
          yield { tags: [] };
          continue;
        }
        const item = raw as Record<string, unknown>;
        const extension = item[PORTE_VOIX_JSON_KEY];
        const porteVoix = typeof extension === 'object' && extension !== null ? (extension as Record<string, unknown>) : {};
        const caption = str(porteVoix.caption);
        const id = item.id;
        yield {
          // JSON Feed 1.0 allowed numeric ids; 1.1 says strings. Accept both.
          id: typeof id === 'number' ? String(id) : str(id),
          titleHtml: (str(item.title)),
          link: str(item.url) ?? str(item.external_url),
          summaryHtml: (str(item.summary)),
          contentHtml: str(item.content_html) ?? str(item.content_text),
          image: str(item.image) ?? str(item.banner_image),
          date: str(item.date_published) ?? str(item.date_modified),
          tags: Array.isArray(item.tags) ? item.tags.filter((tag): tag is string => typeof tag === 'string') : [],
          language: str(item.language) ?? feedLanguage,
          caption: (caption),
          embargo: dateText(porteVoix.embargo_until),
          expires: dateText(porteVoix.expires),
          base: source,
        };
      }
    },
  };
}

/** A date field as written; a number or an object is kept as text so the warning can quote it. */
function dateText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

