import { xLinks } from './x-weighted-length';

/**
 * One form for the many ways a link is written, so a pasted link is recognised as the same page:
 * no scheme, no "www.", host in lower case, no trailing slash, no fragment, no utm_* parameters.
 * "HTTPS://www.Example.com/a/?utm_source=x#top" -> "example.com/a". Undefined when it is not a URL.
 */
export function linkKey(link: string): string | undefined {
  const text = link.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  // The query as text, not url.searchParams: in a Firefox content script its iterators are not
  // iterable (an Xray wrapper; seen in Firefox ESR 153, 2026-12-02).
  const query = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair && !/^utm_/i.test(pair))
    .join('&');
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '');
  return `${host}${path}${query ? `?${query}` : ''}`;
}

/** The links of a text (as X and LinkedIn recognise them), with their spans and keys. */
export function linksIn(text: string): Array<{ start: number; end: number; key: string; host: string }> {
  const found = [];
  for (const span of xLinks(text)) {
    const key = linkKey(text.slice(span.start, span.end));
    if (key) found.push({ ...span, key, host: key.split(/[/?]/, 1)[0] ?? '' });
  }
  return found;
}

/** True when `host` is `domain` or one of its subdomains ("news.example.com" is under "example.com"). */
export function isUnderDomain(host: string, domain: string): boolean {
  const clean = domain.trim().toLowerCase().replace(/^\*?\.|^www\./, '');
  return Boolean(clean) && (host === clean || host.endsWith(`.${clean}`));
}
