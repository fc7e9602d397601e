import { scan } from './lib/scan';
import { finding } from './lib/finding';
import type { CheckRule } from './types';

/**
 * Query parameters that only track who clicked (campaign tags and click ids of the big platforms).
 * `si` (YouTube, Spotify), `s`/`t` (X share links) and `trk` (LinkedIn) are tracking only on their own hosts.
 */
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'gclsrc', 'msclkid', 'mc_eid', 'mc_cid', 'igshid', 'igsh', '_hsenc', '_hsmi',
  '__hstc', '__hssc', '__hsfp', 'hsctatracking', 'mkt_tok', 'yclid', 'ttclid', 'twclid', 'li_fat_id', 'rb_clickid', 'oly_enc_id',
  'oly_anon_id', 'vero_id', 'vero_conv', 'wickedid', '_ga', '_gl', 'ref_src', 'ref_url', 'srsltid', 'epik', 'sc_cid', 'cmpid', 'ncid',
  'trackingid', 'trk', 'trkinfo', 'lipi', 'share_id',
]);
const HOST_SPECIFIC: Record<string, readonly string[]> = {
  si: ['youtube.com', 'youtu.be', 'spotify.com', 'open.spotify.com', 'instagram.com', 'music.youtube.com'],
  s: ['x.com', 'twitter.com'],
  t: ['x.com', 'twitter.com'],
  feature: ['youtube.com', 'youtu.be'],
  pp: ['youtube.com'],
  rcm: ['linkedin.com'],
};
// Links as people paste them. Starts only at "http(s)://" or "www." and is bounded: linear, unlike
// twitter-text's URL extractor, which is quadratic on long runs of URL-like text.
const URL_PATTERN = /(?<![\w.@/-])(?:https?:\/\/|www\.)[^\s<>"'«»]{1,2048}/gi;
// Sentence punctuation after a link is not part of it.
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', "'", '"', '»']);

function trimTrailing(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING.has(url.charAt(end - 1))) end -= 1;
  return url.slice(0, end);
}
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'matomo_'];

function isTrackingParameter(name: string, host: string): boolean {
  const key = name.toLowerCase();
  if (TRACKING_EXACT.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix))) return true;
  const hosts = HOST_SPECIFIC[key];
  return Boolean(hosts?.some((allowed) => host === allowed || host.endsWith('.' + allowed)));
}

// Checks run on every keystroke with the same links in the draft: remember recent answers (bounded,
// a pure memo). Callers only read the result.
const STRIP_MEMO_LIMIT = 500;
const stripMemo = new Map<string, { clean: string; removed: string[] } | undefined>();

/** The URL without its tracking parameters, or undefined when it has none. Do not mutate the result. */
export function stripTracking(url: string): { clean: string; removed: string[] } | undefined {
  if (stripMemo.has(url)) return stripMemo.get(url);
  const result = stripUncached(url);
  if (stripMemo.size >= STRIP_MEMO_LIMIT) stripMemo.clear();
  stripMemo.set(url, result);
  return result;
}

function stripUncached(url: string): { clean: string; removed: string[] } | undefined {
  const hashIndex = url.indexOf('#');
  const beforeHash = hashIndex >= 0 ? url.slice(0, hashIndex) : url;
  const fragment = hashIndex >= 0 ? url.slice(hashIndex) : '';
  const queryIndex = beforeHash.indexOf('?');
  if (queryIndex < 0) return undefined;
  const base = beforeHash.slice(0, queryIndex);
  const host = base.replace(/^[a-z]+:\/\//i, '').split(/[/:]/)[0]?.toLowerCase().replace(/^www\./, '') ?? '';
  const kept: string[] = [];
  const removed: string[] = [];
  for (const pair of beforeHash.slice(queryIndex + 1).split('&')) {
    if (!pair) continue;
    const name = decodeURIComponentSafe(pair.split('=')[0] ?? '');
    if (isTrackingParameter(name, host)) removed.push(name);
    else kept.push(pair);
  }
  if (removed.length === 0) return undefined;
  return { clean: base + (kept.length ? '?' + kept.join('&') : '') + fragment, removed };
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Links carrying utm_*, fbclid, gclid… Fix: the same link without them. */
export const trackingLink: CheckRule = {
  id: 'tracking-link',
  category: 'tracking_link',
  severity: 'low',
  languages: ['fr', 'en'],
  patterns: [URL_PATTERN],
  check(text, context) {
    if (!text.includes('?')) return [];
    const findings = [];
    for (const span of scan(URL_PATTERN, text)) {
      const url = trimTrailing(span.text);
      const stripped = stripTracking(url);
      if (!stripped) continue;
      const span2 = { start: span.start, end: span.start + url.length };
      findings.push(finding(this, context, span2, 'check_tracking_link', [stripped.removed.join(', ')], stripped.clean));
    }
    return findings;
  },
};
