import { linkedinFold } from '../text/linkedin-fold';
import { sentences } from '../text/sentences';
import { finding } from './lib/finding';
import type { CheckRule } from './types';

/**
 * LinkedIn shows about three lines before "…see more" (≈210 characters on desktop, ≈140 on mobile).
 * When a post is cut, say where, and whether the hook (first sentence or line) is above the fold.
 * Span: the text hidden behind "see more" on desktop.
 */
export const seeMoreFold: CheckRule = {
  id: 'see-more-fold',
  category: 'fold',
  severity: 'low',
  languages: ['fr', 'en'],
  platforms: ['linkedin'],
  patterns: [],
  check(text, context) {
    if (context.platform !== 'linkedin' || (context.surface ?? 'post') !== 'post') return [];
    const desktop = linkedinFold(text, { device: 'desktop' });
    if (desktop >= text.trimEnd().length) return [];
    const mobile = linkedinFold(text, { device: 'mobile' });
    const hook = sentences(text.slice(0, desktop + 400))[0];
    const hookEnd = hook ? hook.end : 0;
    const key = hookEnd <= mobile ? 'check_see_more_fold_hook_above' : hookEnd <= desktop ? 'check_see_more_fold_hook_desktop_only' : 'check_see_more_fold_hook_below';
    return [{ ...finding(this, context, { start: desktop, end: text.length }, key, [desktop, mobile]) }];
  },
};
