import { hashtags, HASHTAG_PATTERN } from '../text/hashtags';
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
  patterns: [HASHTAG_PATTERN],
  check(text, context) {
    const tags = hashtags(text);
    const firstExtra = tags[MAX_HASHTAGS];
    const last = tags[tags.length - 1];
    if (!firstExtra || !last) return [];
    return [finding(this, context, { start: firstExtra.start, end: last.end }, 'check_hashtag_count', [tags.length, MAX_HASHTAGS])];
  },
};
