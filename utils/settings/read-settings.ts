import type { z } from 'zod';
import {
  CHECK_CATEGORIES,
  CheckSettingSchema,
  GoalSchema,
  PanelSettingsSchema,
  QuietHoursSchema,
  SettingsSchema,
  WeekdaySchema,
  defaultSettings,
  type ChecksSettings,
  type QuietHours,
  type Settings,
} from './settings-schema';

type Loose = Record<string, unknown>;

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses one field; an invalid value gives the field's default instead of failing the whole. */
function fieldOr<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const result = schema.safeParse(value);
  return result.success ? result.data : fallback;
}

/** Keeps the valid items of a list (one bad goal must not erase the others). */
function validItems<T>(schema: z.ZodType<T>, value: unknown): unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((item) => schema.safeParse(item).success);
}

/**
 * Reads stored settings without ever throwing: whatever is invalid falls back to its default,
 * field by field (and sub-field by sub-field), so a corrupted or hand-edited value, or one
 * written by a newer version, never leaves the person without a working extension.
 */
export function readSettings(raw: unknown): Settings {
  const defaults = defaultSettings();
  if (!isRecord(raw)) return defaults;
  const shape = SettingsSchema.shape;
  const settings: Settings = {
    language: fieldOr(shape.language, raw.language, defaults.language),
    goals: fieldOr(shape.goals, validItems(GoalSchema, raw.goals), defaults.goals),
    interests: fieldOr(shape.interests, readInterests(raw.interests), defaults.interests),
    quietHours: readQuietHours(raw.quietHours, defaults.quietHours),
    disclosure: fieldOr(shape.disclosure, raw.disclosure, defaults.disclosure),
    feedUrl: fieldOr(shape.feedUrl, raw.feedUrl, undefined),
    checks: readChecks(raw.checks, defaults.checks),
    panel: readObject(PanelSettingsSchema, raw.panel, defaults.panel),
    paused: fieldOr(shape.paused, raw.paused, defaults.paused),
    onboardingDone: fieldOr(shape.onboardingDone, raw.onboardingDone, defaults.onboardingDone),
  };
  if (settings.feedUrl === undefined) delete settings.feedUrl;
  return settings;
}

function readInterests(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '' && item.trim().length <= 60)
    .slice(0, 50);
}

function readObject<S extends z.ZodObject>(schema: S, raw: unknown, defaults: z.output<S>): z.output<S> {
  if (!isRecord(raw)) return defaults;
  const result: Loose = {};
  for (const [key, fieldSchema] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    result[key] = fieldOr(fieldSchema, raw[key], (defaults as Loose)[key]);
  }
  return result as z.output<S>;
}

function readQuietHours(raw: unknown, defaults: QuietHours): QuietHours {
  const value = readObject(QuietHoursSchema, raw, defaults);
  if (isRecord(raw) && Array.isArray(raw.days)) {
    value.days = fieldOr(QuietHoursSchema.shape.days, validItems(WeekdaySchema, raw.days), defaults.days);
  }
  // An unknown zone is dropped, not kept: the browser's zone is the safe reading.
  if (value.timeZone === undefined) delete value.timeZone;
  return value;
}

function readChecks(raw: unknown, defaults: ChecksSettings): ChecksSettings {
  if (!isRecord(raw)) return defaults;
  const result = { ...defaults };
  for (const category of CHECK_CATEGORIES) {
    const fallback = defaults[category];
    const value = readObject(CheckSettingSchema, raw[category], fallback);
    if (value.severity === undefined) delete value.severity;
    result[category] = value;
  }
  return result;
}
