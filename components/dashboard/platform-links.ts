import { adapters } from '../../utils/platforms';
import type { Platform } from '../../utils/checks/types';

// Site origins come from the adapters' match patterns, so no hostname is spelled outside utils/platforms.
function originsOf(platform: Platform): string[] {
  return adapters[platform].matches.map((pattern) => new URL(pattern.replace(/\*$/, '')).origin);
}

/**
 * Where "Open on LinkedIn/X" goes: the page the draft was written on when it is an http(s) page of that platform,
 * else the platform's home. A draft from an imported file cannot send the person to another site.
 */
export function draftOpenUrl(draft: { platform: Platform; url: string }): string {
  const origins = originsOf(draft.platform);
  try {
    const url = new URL(draft.url);
    if (origins.includes(url.origin)) return url.href;
  } catch {
    // Empty or malformed: fall back to the home page.
  }
  return `${origins[0] ?? 'https://invalid.invalid'}/`;
}
