import type { MergedPolicy } from '../policy/merge-policies';
import { effectiveSettings } from './effective-settings';
import type { Settings } from './settings-schema';

/** The host permission that lets the background read every address of `origin` ("https://a.example/*"). */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * The origin of a feed the company set (managed or imported policy), if that feed is the one read.
 * Such a feed never went through the permission prompt of Save, and the background does not
 * fetch it without access (issue 10): settings ask for it separately.
 */
export function policyFeedOrigin(settings: Settings, policy: MergedPolicy): string | undefined {
  const { feedUrl, feedUrlSource } = effectiveSettings(settings, policy);
  return feedUrl && (feedUrlSource === 'managed' || feedUrlSource === 'imported') ? new URL(feedUrl).origin : undefined;
}

/**
 * The plain http feed address that reading the stored settings dropped (feeds became https-only,
 * issue 10), so the page can say why the field is empty. `raw` is the stored value before reading.
 */
export function droppedHttpFeed(raw: unknown, settings: Settings): string | undefined {
  const stored = raw && typeof raw === 'object' ? (raw as { feedUrl?: unknown }).feedUrl : undefined;
  return typeof stored === 'string' && stored.startsWith('http:') && settings.feedUrl === undefined ? stored : undefined;
}
