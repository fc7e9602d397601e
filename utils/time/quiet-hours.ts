import type { QuietHours } from '../settings/settings-schema';

/*
 * The right to disconnect. The person sets the hours (and days) when nudges are WELCOME;
 * outside them Porte-Voix nudges nothing: no opinion prompts, no suggestion badges, no toolbar
 * counts. Checks are not nudges and always run. Pure: the clock is passed in, and the zone is
 * read with Intl only (no library), so DST is the platform's own tz data.
 */

/** What isNudgeAllowed needs; `timeZone` absent = the browser's zone. */
export type NudgeWindow = Pick<QuietHours, 'enabled' | 'start' | 'end' | 'days'> & { timeZone?: string | undefined };

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The browser's own IANA zone ("UTC" when the platform cannot tell). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** `timeZone` when Intl knows it, else the browser's zone: a bad zone must never crash or silence. */
export function resolveTimeZone(timeZone: string | undefined): string {
  if (timeZone) {
    try {
      formatterFor(timeZone);
      return timeZone;
    } catch {
      // Unknown zone (typo, or a zone this browser's tz data lacks): use the browser's.
    }
  }
  return browserTimeZone();
}

// Building a DateTimeFormat costs far more than using one, and panels ask on every render.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Local wall-clock weekday (0 = Sunday) and minutes since midnight of `now` in `timeZone`. */
export function wallClock(now: Date, timeZone: string): { weekday: number; minutes: number } {
  const parts = formatterFor(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const hour = Number(part('hour')) % 24;
  return { weekday: WEEKDAYS[part('weekday')] ?? 0, minutes: hour * 60 + Number(part('minute')) };
}

function toMinutes(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/**
 * True when Porte-Voix may nudge at `now`. Disabled (the default) = always.
 * The window [start, end) is wall-clock time in the person's zone, so it follows DST: a
 * 09:00–18:00 window stays 09:00–18:00 on both sides of a change. A window whose end is
 * earlier than its start crosses midnight (22:00–06:00) and belongs to the day it starts on:
 * with days = [Friday], Saturday 03:00 is inside. start === end means the whole day.
 */
export function isNudgeAllowed(now: Date, quietHours: NudgeWindow): boolean {
  if (!quietHours.enabled) return true;
  const { weekday, minutes } = wallClock(now, resolveTimeZone(quietHours.timeZone));
  const days = new Set(quietHours.days);
  const start = toMinutes(quietHours.start);
  const end = toMinutes(quietHours.end);
  if (start === end) return days.has(weekday);
  if (start < end) return days.has(weekday) && minutes >= start && minutes < end;
  const yesterday = (weekday + 6) % 7;
  return (days.has(weekday) && minutes >= start) || (days.has(yesterday) && minutes < end);
}
