/*
 * Stored settings migrations, one function per version step (WXT runs them in order on update).
 * A migration receives whatever was stored, possibly hand-edited: it never throws, and leaves
 * validation to readSettings, which falls back field by field.
 */

type Loose = Record<string, unknown>;

const WINDOW = /^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$/;

/**
 * v1 -> v2.
 * - `language: 'browser'` became `'auto'`.
 * - `quietHours` was one string "HH:MM-HH:MM" (the hours when nudges are welcome, every day;
 *   "" or absent = off). v2 holds an object { enabled, start, end, days, timeZone? }.
 * Idempotent: a value already in the v2 shape passes through, since a fresh install written
 * before its version mark was set is read as v1.
 */
export function migrateSettingsV1ToV2(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return stored;
  const next: Loose = { ...(stored as Loose) };
  if (next.language === 'browser') next.language = 'auto';
  if (typeof next.quietHours === 'string') next.quietHours = quietHoursFromV1(next.quietHours);
  return next;
}

function quietHoursFromV1(window: string): Loose {
  const match = WINDOW.exec(window);
  if (!match) return { enabled: false };
  const [, startHour = '', startMinute = '', endHour = '', endMinute = ''] = match;
  return {
    enabled: true,
    start: `${startHour.padStart(2, '0')}:${startMinute}`,
    end: `${endHour.padStart(2, '0')}:${endMinute}`,
    days: [0, 1, 2, 3, 4, 5, 6],
  };
}

/** Keyed by the version each function migrates TO, as WXT's `migrations` option expects. */
export const SETTINGS_MIGRATIONS: Record<number, (stored: unknown) => unknown> = {
  2: migrateSettingsV1ToV2,
};
