/**
 * Resolves a link from a feed against its base (xml:base, the feed URL) and keeps it only if it
 * is http(s). javascript:, data:, vbscript:, file: and anything unparsable give undefined.
 */
export function resolveHttpUrl(href: string | undefined, base?: string): string | undefined {
  // Control characters and whitespace inside a scheme ("java\tscript:") are how filters get fooled:
  // URL parsing strips them the same way browsers do, and we check the parsed protocol.
  const trimmed = href?.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = base ? new URL(trimmed, safeBase(base)) : new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (!url.hostname) return undefined;
  return url.href;
}

/** A base that is not itself http(s) (e.g. "about:blank" in tests) must not make links resolve. */
function safeBase(base: string): string | undefined {
  try {
    const url = new URL(base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function isHttpUrl(value: string): boolean {
  return resolveHttpUrl(value) !== undefined;
}

/** Resolves an xml:base against its parent base; keeps the parent when that fails. Never throws. */
export function joinBase(xmlBase: string | undefined, parent: string): string {
  if (!xmlBase?.trim()) return parent;
  try {
    return new URL(xmlBase.trim(), safeBase(parent)).href;
  } catch {
    return parent;
  }
}
