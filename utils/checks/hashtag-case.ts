import { hashtags } from '../text/hashtags';
import { foldWord } from '../text/words';
import { finding } from './lib/finding';
import { HASHTAG_WORDS } from './lib/hashtag-words';
import type { CheckRule } from './types';

const LOWER_ASCII_TAG = /^[a-z]+$/;
/** Long all-lowercase tags with no detectable words are still hard to read; only flag really long ones. */
const LONG_TAG = 20;
/** Short compounds (#teamwork, #ourteam) read fine; CamelCase helps from about ten letters. */
const MIN_SPLIT_TAG = 10;

/**
 * Splits an all-lowercase tag into known words, fewest words first (dynamic programming).
 * Returns undefined when the tag does not split fully, or is a single word.
 */
export function splitHashtag(tag: string): string[] | undefined {
  const best: (string[] | undefined)[] = [[]];
  for (let end = 1; end <= tag.length; end += 1) {
    for (let start = Math.max(0, end - 16); start < end; start += 1) {
      const head = best[start];
      const word = tag.slice(start, end);
      if (!head || !HASHTAG_WORDS.has(word)) continue;
      const candidate = [...head, word];
      const current = best[end];
      if (!current || candidate.length < current.length) best[end] = candidate;
    }
  }
  const result = best[tag.length];
  return result && result.length >= 2 && result.every((word) => word.length >= 2 || result.length <= 3) ? result : undefined;
}

/**
 * Multi-word hashtags in lower case (#digitaltransformation): screen readers read them as one
 * word and people skim past them. Fix: CamelCase (#DigitalTransformation) when the words are known.
 */
export const hashtagCase: CheckRule = {
  id: 'hashtag-case',
  category: 'hashtags',
  severity: 'low',
  languages: ['fr', 'en'],
  patterns: [LOWER_ASCII_TAG],
  check(text, context) {
    const allowed = new Set((context.policy.allowedHashtags ?? []).map((tag) => foldWord(tag.replace(/^[#＃]/, ''))));
    const findings = [];
    for (const { tag: hashtag, start, end } of hashtags(text)) {
      if (allowed.has(foldWord(hashtag)) || !LOWER_ASCII_TAG.test(hashtag)) continue;
      const parts = hashtag.length >= MIN_SPLIT_TAG ? splitHashtag(hashtag) : undefined;
      const span = { start, end };
      if (parts) {
        const camel = parts.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
        findings.push(finding(this, context, span, 'check_hashtag_case', ['#' + camel], text.charAt(span.start) + camel));
      } else if (hashtag.length >= LONG_TAG) {
        findings.push(finding(this, context, span, 'check_hashtag_case_unknown'));
      }
    }
    return findings;
  },
};
