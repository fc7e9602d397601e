import twitter from 'twitter-text';
import type { Platform } from '../checks/types';
import { countGraphemes, graphemeStarts } from './graphemes';
import { characterLimit, type Surface } from './platform-limits';

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
 * X: twitter-text's parseTweet (the official counter: any URL = 23, emoji and CJK = 2).
 * LinkedIn: user-perceived characters (Intl.Segmenter graphemes).
 */
export function countCharacters(text: string, platform: Platform, surface: Surface = 'post'): CharacterCount {
  const limit = characterLimit(platform, surface);
  const length = platform === 'x' ? twitter.parseTweet(text).weightedLength : countGraphemes(text);
  return { length, limit, remaining: limit - length, overLimit: length > limit };
}

/**
 * UTF-16 offset of the first character that no longer fits, or null when everything fits.
 */
export function overLimitOffset(text: string, platform: Platform, surface: Surface = 'post'): number | null {
  if (platform === 'x') {
    const parsed = twitter.parseTweet(text);
    if (parsed.valid || parsed.weightedLength <= characterLimit('x')) return null;
    return Math.min(text.length, parsed.validRangeEnd + 1);
  }
  const limit = characterLimit(platform, surface);
  let index = 0;
  for (const start of graphemeStarts(text)) {
    if (index === limit) return start;
    index += 1;
  }
  return null;
}
