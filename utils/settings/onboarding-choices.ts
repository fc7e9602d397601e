import type { SettingsPatch } from './apply-settings-patch';
import { fieldErrors, type FieldErrors } from './field-errors';
import { QuietHoursSchema, SettingsSchema, type Settings } from './settings-schema';

/** What onboarding asks for: goals, interests, and the hours when suggestions are welcome. */
export type OnboardingChoices = Pick<Settings, 'goals' | 'interests' | 'quietHours'>;

const QuietHoursStepSchema = SettingsSchema.pick({ quietHours: true });

/** Why the hours step cannot be left yet, keyed as in the settings form ("quietHours.days"); empty when valid. */
export function quietHoursErrors(quietHours: Settings['quietHours']): FieldErrors {
  const parsed = QuietHoursStepSchema.safeParse({ quietHours });
  return parsed.success ? {} : fieldErrors(parsed.error);
}

/**
 * What ending onboarding saves, always marking it done. Skipping never fails on a half-edited
 * step: invalid hours are simply left out. Finishing with invalid hours saves nothing (undefined).
 */
export function onboardingPatch({ goals, interests, quietHours }: OnboardingChoices, finishing: boolean): SettingsPatch | undefined {
  const hours = QuietHoursSchema.safeParse(quietHours);
  if (!hours.success && finishing) return undefined;
  return { goals, interests, ...(hours.success ? { quietHours: hours.data } : {}), onboardingDone: true };
}
