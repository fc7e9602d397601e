import { z } from 'zod';
import { CHECK_CATEGORIES, type Category } from '../checks/types';
import { GOALS, type Goal } from '../voice/goals';

/*
 * Error messages below are locale keys (set_err_*): the settings UI translates them, so the
 * schema stays pure and the same issue reads in English or French.
 */

export { CHECK_CATEGORIES };

export { GOALS, type Goal };
export const GoalSchema = z.enum(GOALS);

/** 'auto' follows the browser's language. */
export const LANGUAGE_CHOICES = ['auto', 'en', 'fr'] as const;
export const LanguageSchema = z.enum(LANGUAGE_CHOICES);
export type LanguageChoice = z.infer<typeof LanguageSchema>;

/** 24-hour wall-clock time "HH:MM". */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'set_err_time' });

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export const WeekdaySchema = z.number().int().min(0).max(6);

/** True when `Intl` knows the IANA zone (e.g. "Europe/Paris"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const TimeZoneSchema = z.string().min(1).refine(isValidTimeZone, { error: 'set_err_time_zone' });

const QUIET_HOURS_FIELDS = {
  /** Off by default: nudges are welcome at any time until the person sets hours. */
  enabled: z.boolean().default(false),
  /** Start of the window when nudges are welcome, local wall-clock time. Default "09:00". */
  start: TimeOfDaySchema.default('09:00'),
  /** End of that window (exclusive). Earlier than start = the window crosses midnight. Default "18:00". */
  end: TimeOfDaySchema.default('18:00'),
  /** Days on which the window starts. Default Monday to Friday. */
  days: z
    .array(WeekdaySchema)
    .max(7)
    .default([1, 2, 3, 4, 5])
    .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
  /** IANA zone the hours are read in. Absent = the browser's zone at the time of the check. */
  timeZone: TimeZoneSchema.optional(),
};

/**
 * The right to disconnect. The person sets when nudges are WELCOME (their working hours);
 * outside that window Porte-Voix nudges nothing (checks still run: they protect).
 */
export const QuietHoursSchema = z.object(QUIET_HOURS_FIELDS).superRefine((value, ctx) => {
  if (value.enabled && value.days.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['days'], message: 'set_err_days' });
  }
  if (value.enabled && value.start === value.end) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'set_err_same_time' });
  }
});
export type QuietHours = z.infer<typeof QuietHoursSchema>;

/** One check category as the person set it. */
export const CheckSettingSchema = z.object({
  /** Default true: every check runs until the person turns it off. */
  enabled: z.boolean().default(true),
  /** The person's severity; absent = the company's or the rule's own. */
  severity: z.enum(['high', 'medium', 'low']).optional(),
});
export type CheckSetting = z.infer<typeof CheckSettingSchema>;

const checkShape = Object.fromEntries(
  CHECK_CATEGORIES.map((category) => [category, CheckSettingSchema.prefault({})]),
) as Record<Category, z.ZodPrefault<typeof CheckSettingSchema>>;
export const ChecksSettingsSchema = z.object(checkShape);
export type ChecksSettings = z.infer<typeof ChecksSettingsSchema>;

export const PANEL_POSITIONS = ['right', 'left', 'below'] as const;
export const PanelSettingsSchema = z.object({
  /** Where the panel sits next to the composer. Default 'right'. */
  position: z.enum(PANEL_POSITIONS).default('right'),
  /** Smaller panel that shows only counts until opened. Default false. */
  compact: z.boolean().default(false),
});
export type PanelSettings = z.infer<typeof PanelSettingsSchema>;

/** One interest: a topic or a hashtag, used to rank feed items. */
export const InterestSchema = z.string().trim().min(1).max(60, { error: 'set_err_interest_long' });

/**
 * Only https feeds (issue 10: over plain http the news could be changed on the way); the extension
 * asks for the origin's permission when it is set.
 */
export const FeedUrlSchema = z
  .url({ protocol: /^https?$/, error: 'set_err_feed_url' })
  .refine((url) => url.startsWith('https:'), { error: 'set_err_feed_https' });

/**
 * The person's settings (schema version 2). Every field has a default so that
 * `SettingsSchema.parse({})` is a working fresh install.
 */
export const SettingsSchema = z.object({
  /** UI language; default 'auto' (the browser's). */
  language: LanguageSchema.default('auto'),
  /** Default none: the person picks in onboarding. */
  goals: z
    .array(GoalSchema)
    .default([])
    .transform((goals) => [...new Set(goals)]),
  /** Topics and hashtags. Default none; at most 50. */
  interests: z
    .array(InterestSchema)
    .max(50, { error: 'set_err_interests_many' })
    .default([])
    .transform((interests) => dedupeCaseInsensitive(interests)),
  quietHours: QuietHoursSchema.prefault({}),
  /** The person's own disclosure line ("I work at Example."), used when the company sets none. Default ''. */
  disclosure: z.string().trim().max(200, { error: 'set_err_disclosure_long' }).default(''),
  /** The person's own company feed; a feed set by the company's managed policy wins. */
  feedUrl: FeedUrlSchema.optional(),
  checks: ChecksSettingsSchema.prefault({}),
  panel: PanelSettingsSchema.prefault({}),
  /** "Pause Porte-Voix": no panel anywhere until resumed. Default false. */
  paused: z.boolean().default(false),
  /** Set once onboarding was finished or skipped. Default false. */
  onboardingDone: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingsInput = z.input<typeof SettingsSchema>;

/** A fresh install's settings. Returns a new object each call (safe to mutate). */
export function defaultSettings(): Settings {
  return SettingsSchema.parse({});
}

/** Version of the stored shape; bump with a migration in migrate-settings.ts. */
export const SETTINGS_VERSION = 2;

function dedupeCaseInsensitive(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
