import { countCharacters, overLimitOffset } from '../text/count-characters';
import { finding } from './lib/finding';
import type { CheckRule } from './types';

/**
 * Over the platform's limit (X: 280 weighted, LinkedIn: 3,000 for posts, 1,250 for comments).
 * The span is the part that does not fit.
 */
export const postLength: CheckRule = {
  id: 'post-length',
  category: 'length',
  severity: 'medium',
  languages: ['fr', 'en'],
  patterns: [],
  check(text, context) {
    const surface = context.surface ?? 'post';
    const count = countCharacters(text, context.platform, surface);
    if (!count.overLimit) return [];
    const start = overLimitOffset(text, context.platform, surface) ?? text.length;
    return [finding(this, context, { start, end: text.length }, 'check_post_length', [count.length, count.limit, count.length - count.limit])];
  },
};
