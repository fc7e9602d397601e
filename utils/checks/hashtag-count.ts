import twitter from 'twitter-text';
import { finding } from './lib/finding';
import type { CheckRule } from './types';

/** More hashtags than this reads as noise and reaches no one more (LinkedIn and X guidance, 2026). */
export const MAX_HASHTAGS = 5;

/** Too many hashtags. Span: from the first extra hashtag to the last one. */
export const hashtagCount: CheckRule = {
  id: 'hashtag-count',
  category: 'hashtags',
  severity: 'low',
  languages: ['fr', 'en'],
  patterns: [],
  check(text, context) {
    if (!text.includes('#') && !text.includes('＃')) return [];
    const tags = twitter.extractHashtagsWithIndices(text);
    const firstExtra = tags[MAX_HASHTAGS];
    const last = tags[tags.length - 1];
    if (!firstExtra || !last) return [];
    return [finding(this, context, { start: firstExtra.indices[0], end: last.indices[1] }, 'check_hashtag_count', [tags.length, MAX_HASHTAGS])];
  },
};
