import type { SharePlatform } from './share-platform';

/**
 * The site's own share dialog, prefilled. X: text and url as separate parameters (X shows the link
 * card and counts it as 23); LinkedIn: the link is appended to the text (its share URL has no url
 * parameter that keeps the text). A link already inside `text` is not repeated.
 *
 * @param url '' for none, else an http(s) URL.
 * @throws TypeError when url is not http(s): only web links are ever shared.
 */
export function buildIntentUrl(platform: SharePlatform, { text, url }: { text: string; url: string }): string {
  const link = url.trim();
  if (link && !isHttp(link)) throw new TypeError(`Only http(s) links can be shared, got "${link.slice(0, 40)}"`);
  if (platform === 'x') {
    const body = link ? tidy(text.split(link).join('')) : text.trim();
    const params = [`text=${encodeURIComponent(body)}`];
    if (link) params.push(`url=${encodeURIComponent(link)}`);
    return `https://x.com/intent/tweet?${params.join('&')}`;
  }
  const body = link && !text.includes(link) ? [text.trim(), link].filter(Boolean).join('\n\n') : text.trim();
  return `https://www.linkedin.com/feed/?shareActive=true&text=${encodeURIComponent(body)}`;
}

function isHttp(value: string): boolean {
  try {
    const parsed = new URL(value);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/** Removes the blank lines left where the link was. */
function tidy(text: string): string {
  return text.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}
