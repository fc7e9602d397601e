import type { Platform } from '../platform';
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
export function feedPreview(text: string, platform: Platform, device: Device, moreLabelLength = 0): FeedPreview {
  const post = text.trimEnd();
  if (platform === 'linkedin') {
    const fold = linkedinFold(post, { device });
    const truncated = fold < post.length;
    // LinkedIn puts "…see more" at the end of the last line shown: the text gives way to it there.
    const { lineWidth } = FOLD_LAYOUT[device];
    const visible = truncated ? makeRoom(post.slice(0, fold).trimEnd(), moreLabelLength ? moreLabelLength + 1 : 0, lineWidth) : post;
    return { device, visible, truncated, lineWidth };
  }
  const { fitsUntil } = xWeight(post);
  const truncated = fitsUntil < post.length;
  return { device, visible: truncated ? post.slice(0, fitsUntil).trimEnd() : post, truncated, lineWidth: X_LINE_WIDTH[device] };
}

/** Desktop and mobile previews of one post; `moreLabelLength` is the length of the "…see more" label. */
export function feedPreviews(text: string, platform: Platform, moreLabelLength = 0): FeedPreview[] {
  return (['desktop', 'mobile'] as const).map((device) => feedPreview(text, platform, device, moreLabelLength));
}

/**
 * `shown` with `room` characters free at the end of its last line (of `lineWidth` columns), cut back to a word
 * boundary when one is near, so a label fits after it.
 */
function makeRoom(shown: string, room: number, lineWidth: number): string {
  const lastLineStart = shown.lastIndexOf('\n') + 1;
  // Columns used on the last line (a wrapped line restarts every lineWidth columns).
  const used = (shown.length - lastLineStart) % lineWidth;
  if (room === 0 || (used > 0 && used + room <= lineWidth)) return shown;
  let end = Math.max(lastLineStart, shown.length - room);
  const space = shown.lastIndexOf(' ', end);
  if (space > lastLineStart && end - space < 15) end = space;
  return shown.slice(0, end).trimEnd();
}
