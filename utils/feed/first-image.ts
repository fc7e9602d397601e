/**
 * The first <img src> of an HTML fragment, skipping 1×1 tracking pixels (FeedBurner adds one to
 * every item). Scans tag by tag with bounded slices: no regex runs over the whole fragment.
 */
export function firstImageSrc(html: string | undefined): string | undefined {
  if (!html) return undefined;
  const lower = html.toLowerCase();
  let from = 0;
  for (let guard = 0; guard < 50; guard += 1) {
    const start = lower.indexOf('<img', from);
    if (start === -1) return undefined;
    const end = lower.indexOf('>', start);
    const tag = html.slice(start, end === -1 ? Math.min(html.length, start + 2000) : Math.min(end, start + 2000));
    from = start + 4;
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (!value) continue;
    if (/\s(?:width|height)\s*=\s*["']?1["'\s/]/i.test(`${tag} `)) continue;
    return value;
  }
  return undefined;
}
