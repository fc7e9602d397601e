import { z } from 'zod';

/** Why the person shares, chosen at onboarding. Stable ids: persisted in settings. */
export const GOALS = ['employability', 'information', 'belonging', 'business'] as const;
export const GoalSchema = z.enum(GOALS);
export type Goal = z.infer<typeof GoalSchema>;
