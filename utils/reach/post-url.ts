import type { Platform } from '../platform';

/**
 * One key per published post, whatever form its link takes, so a row of an export finds the logged post.
 * LinkedIn links name the post by an URN, raw or percent-encoded, in /feed/update/ or in a /posts/ slug
 * ("…-activity-7123…-AbCd"); activity and share URNs of one post differ, so they stay distinct keys.
 * X links are /<user>/status/<id>, /i/web/status/<id> or /i/status/<id>, on x.com or twitter.com (mobile. too).
 */

const LINKEDIN_URN = /urn:li:(activity|share|ugcPost):(\d{6,25})/i;
const LINKEDIN_SLUG = /-(activity|share|ugcPost)-(\d{6,25})(?:-|$)/i;
const X_STATUS = /^\/(?:[A-Za-z0-9_]{1,50}|i(?:\/web)?)\/status(?:es)?\/(\d{1,25})(?:\/|$)/;

function parseHttpUrl(link: string): URL | undefined {
  try {
    const url = new URL(link.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function hostIs(url: URL, domain: string): boolean {
  const host = url.hostname.toLowerCase();
  return host === domain || host.endsWith(`.${domain}`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** "linkedin:activity:7123…" or "x:1790…", or undefined when the link names no post we know. */
export function postKey(link: string): string | undefined {
  const url = parseHttpUrl(link);
  if (!url) return undefined;
  if (hostIs(url, 'linkedin.com')) {
    const path = safeDecode(url.pathname);
    const match = LINKEDIN_URN.exec(path) ?? LINKEDIN_SLUG.exec(path);
    if (!match) return undefined;
    const kind = (match[1] as string).toLowerCase() === 'ugcpost' ? 'ugcPost' : (match[1] as string).toLowerCase();
    return `linkedin:${kind}:${match[2] as string}`;
  }
  if (hostIs(url, 'x.com') || hostIs(url, 'twitter.com')) {
    const match = X_STATUS.exec(url.pathname);
    return match ? `x:${match[1] as string}` : undefined;
  }
  return undefined;
}

/** Which site a post link belongs to, when it names a post. */
export function platformOfPostLink(link: string): Platform | undefined {
  const key = postKey(link);
  if (!key) return undefined;
  return key.startsWith('linkedin:') ? 'linkedin' : 'x';
}

/** The canonical link of an X post from its id (X's export gives the id even when the link column is absent). */
export function xPostLink(id: string): string {
  return `https://x.com/i/status/${id}`;
}
