import { finding } from './lib/finding';
import { scan } from './lib/scan';
import type { CheckRule } from './types';

// Mathematical alphanumerics (𝗯𝗼𝗹𝗱, 𝘪𝘵𝘢𝘭𝘪𝘤, 𝓼𝓬𝓻𝓲𝓹𝓽), fullwidth letters/digits, circled letters, letterlike
// script capitals (ℬ ℰ ℱ ℋ ℐ ℒ ℳ ℛ ℯ ℊ ℴ): all have NFKC plain-letter equivalents.
const FANCY_CHAR = String.raw`[\u{1D400}-\u{1D7FF}\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u24B6-\u24E9\u212C\u2130\u2131\u210B\u2110\u2112\u2133\u211B\u212F\u210A\u2134\u210C\u2111\u211C\u2128\u212D\u2102\u2115\u2119\u211A\u211D\u2124]`;
const FANCY_RUN = new RegExp(`${FANCY_CHAR}+(?:[ \\t'’!?,.:-]{1,3}${FANCY_CHAR}+)*`, 'gu');

/**
 * "Fancy" Unicode letters: screen readers spell them out letter by letter or skip them, and search
 * does not find them. Fix: the same text in plain letters (NFKC).
 */
export const fancyText: CheckRule = {
  id: 'fancy-text',
  category: 'fancy_text',
  severity: 'medium',
  languages: ['fr', 'en'],
  patterns: [FANCY_RUN],
  check(text, context) {
    const findings = [];
    for (const span of scan(FANCY_RUN, text)) {
      if ([...span.text].length < 2) continue;
      findings.push(finding(this, context, span, 'check_fancy_text', [], span.text.normalize('NFKC')));
    }
    return findings;
  },
};
