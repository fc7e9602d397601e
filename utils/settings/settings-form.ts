import type { Category } from '../checks/types';
import type { SettingsPatch } from './apply-settings-patch';
import { fieldErrors, type FieldErrors } from './field-errors';
import { SettingsSchema, type CheckSetting, type Settings } from './settings-schema';

/** What pressing Save on the settings form does: refuse with the errors, or write a patch. */
export type SettingsFormSave =
  | { ok: false; errors: FieldErrors }
  /** `feedOrigin`: the origin whose host access to ask for first (the person's own feed, not a company-set one). */
  | { ok: true; patch: SettingsPatch; feedOrigin: string | undefined };

/**
 * Validates the whole form. Pause and onboarding have their own controls, so the patch never
 * carries them (a stale form must not overwrite them); an emptied feed address is cleared.
 */
export function settingsFormSave(draft: Settings, feedLocked: boolean): SettingsFormSave {
  const parsed = SettingsSchema.safeParse(draft);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
  const { paused: _paused, onboardingDone: _onboardingDone, ...fields } = parsed.data;
  const patch: SettingsPatch = { ...fields, feedUrl: fields.feedUrl };
  const feedUrl = feedLocked ? undefined : fields.feedUrl;
  return { ok: true, patch, feedOrigin: feedUrl ? new URL(feedUrl).origin : undefined };
}

/** The settings with one check changed (turned on or off, or given a severity). */
export function withCheck(settings: Settings, category: Category, change: Partial<CheckSetting>): Settings {
  return { ...settings, checks: { ...settings.checks, [category]: { ...settings.checks[category], ...change } } };
}
