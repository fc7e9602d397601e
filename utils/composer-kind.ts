/** Where on a site a text is typed. Stable ids: persisted in drafts, sent in messages, shown on the dashboard. */
export const COMPOSER_KINDS = ['post', 'comment', 'reply'] as const;
export type ComposerKind = (typeof COMPOSER_KINDS)[number];
