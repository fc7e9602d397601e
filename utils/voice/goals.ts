/** Why the person takes part, chosen at onboarding; tunes prompts and suggestions. Stable ids: persisted in settings. */
export const GOALS = ['employability', 'information', 'belonging', 'business'] as const;
export type Goal = (typeof GOALS)[number];
