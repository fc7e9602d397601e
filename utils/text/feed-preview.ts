import type { Platform } from '../checks/types';
import { FOLD_LAYOUT, linkedinFold, type Device } from './linkedin-fold';
import { xWeight } from './x-weighted-length';

/** What readers see of a post in their feed before they click, on one device. */
export interface FeedPreview {
  device: Device;
  /** The text shown before the cut (the whole post when nothing is cut). */
  visible: string;
  /** True when the feed cuts the post and shows a "…see more" (LinkedIn) or "Show more" (X) link. */
  truncated: boolean;
  /** Characters per line of that layout, so the preview wraps where the feed does. */
  lineWidth: number;
}

/** X's timeline line width in characters (observed 2026-11: ~600 px column on desktop, ~360 px phones). */
const X_LINE_WIDTH: Record<Device, number> = { desktop: 66, mobile: 42 };

/**
 * The part of a post readers see before expanding it, using the same fold the checks use.
 * LinkedIn: about three lines (see-more-fold, linkedin-fold.ts). X: a timeline shows a post whole up to
 * the standard 280 weighted characters; a longer (Premium) post is cut there with "Show more".
 */
export function feedPreview(text: string, platform: Platform, device: Device): FeedPreview {
  const post = text.trimEnd();
  if (platform === 'linkedin') {
    const fold = linkedinFold(post, { device });
    return { device, visible: post.slice(0, fold).trimEnd(), truncated: fold < post.length, lineWidth: FOLD_LAYOUT[device].lineWidth };
  }
  const { fitsUntil } = xWeight(post);
  const truncated = fitsUntil < post.length;
  return { device, visible: truncated ? post.slice(0, fitsUntil).trimEnd() : post, truncated, lineWidth: X_LINE_WIDTH[device] };
}

/** Desktop and mobile previews of one post. */
export function feedPreviews(text: string, platform: Platform): FeedPreview[] {
  return (['desktop', 'mobile'] as const).map((device) => feedPreview(text, platform, device));
}
