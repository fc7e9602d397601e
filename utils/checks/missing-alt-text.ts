import { finding } from './lib/finding';
import type { CheckRule } from './types';

/**
 * Images attached without alt text (as the adapter reports them in context.attachments): people
 * using screen readers get nothing. The finding has an empty span at the start of the text.
 */
export const missingAltText: CheckRule = {
  id: 'missing-alt-text',
  category: 'alt_text',
  severity: 'medium',
  languages: ['fr', 'en'],
  patterns: [],
  check(_text, context) {
    const missing = (context.attachments ?? []).filter((item) => item.kind === 'image' && !item.alt?.trim()).length;
    if (missing === 0) return [];
    return [finding(this, context, { start: 0, end: 0 }, 'check_missing_alt_text', [missing])];
  },
};
