/** The sites Porte-Voix works on. Stable ids: persisted in drafts and the reach log, sent in every message. */
export const PLATFORMS = ['linkedin', 'x'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** The longest text kept or sent anywhere (a draft, a logged post): X Premium allows 25,000, LinkedIn 3,000. */
export const MAX_TEXT_CHARS = 100_000;
