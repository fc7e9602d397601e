import type { Platform } from '../platform';

export type Surface = 'post' | 'comment';

/**
 * Character limits as the sites enforce them (checked 2026-11).
 * X: 280 weighted characters for a standard (non-Premium) account, any surface.
 * LinkedIn: 3,000 characters for a post, 1,250 for a comment.
 */
export function characterLimit(platform: Platform, surface: Surface = 'post'): number {
  if (platform === 'x') return 280;
  return surface === 'comment' ? 1250 : 3000;
}
