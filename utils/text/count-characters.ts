import type { Platform } from '../platform';
import { countGraphemes, graphemeOffset } from './graphemes';
import { characterLimit, type Surface } from './platform-limits';
import { xWeight, xWeightedLength } from './x-weighted-length';

export interface CharacterCount {
  /** Length as the platform counts it: weighted on X, graphemes on LinkedIn. */
  length: number;
  limit: number;
  /** limit - length; negative when over. */
  remaining: number;
  overLimit: boolean;
}

/**
 * Counts a draft the way the platform does.
 * X: weighted length (x-weighted-length.ts: twitter-text config v3, any link = 23, emoji and CJK = 2).
 * LinkedIn: user-perceived characters (Intl.Segmenter graphemes).
 */
export function countCharacters(text: string, platform: Platform, surface: Surface = 'post'): CharacterCount {
  const limit = characterLimit(platform, surface);
  const length = platform === 'x' ? xWeightedLength(text) : countGraphemes(text);
  return { length, limit, remaining: limit - length, overLimit: length > limit };
}

/**
 * UTF-16 offset of the first character that no longer fits, or null when everything fits.
 */
export function overLimitOffset(text: string, platform: Platform, surface: Surface = 'post'): number | null {
  if (platform === 'x') {
    const { fitsUntil } = xWeight(text);
    return fitsUntil < text.length ? fitsUntil : null;
  }
  return graphemeOffset(text, characterLimit(platform, surface));
}
