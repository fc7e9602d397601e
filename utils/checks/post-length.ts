import { countCharacters, overLimitOffset } from '../text/count-characters';
import { characterLimit } from '../text/platform-limits';
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
    // LinkedIn counts graphemes, never more than UTF-16 units: a short draft cannot be over.
    if (context.platform === 'linkedin' && text.length <= characterLimit('linkedin', surface)) return [];
    const count = countCharacters(text, context.platform, surface);
    if (!count.overLimit) return [];
    const start = overLimitOffset(text, context.platform, surface) ?? text.length;
    return [finding(this, context, { start, end: text.length }, 'check_post_length', [count.length, count.limit, count.length - count.limit])];
  },
};
