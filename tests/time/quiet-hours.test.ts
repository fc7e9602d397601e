import { isNudgeAllowed, resolveTimeZone, wallClock, type NudgeWindow } from '../../utils/time/quiet-hours';

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const WEEKDAYS = [1, 2, 3, 4, 5];

function window(overrides: Partial<NudgeWindow>): NudgeWindow {
  return { enabled: true, start: '09:00', end: '18:00', days: EVERY_DAY, ...overrides };
}

const at = (iso: string) => new Date(iso);

test('disabled (the default) allows nudges at any time', () => {
  const off = window({ enabled: false, days: [] });
  expect(isNudgeAllowed(at('2026-03-29T01:30:00Z'), off)).toBe(true);
  expect(isNudgeAllowed(at('2026-12-25T23:59:00Z'), off)).toBe(true);
});

describe('Europe/Paris, 09:00–18:00 every day', () => {
  const paris = window({ timeZone: 'Europe/Paris' });
  // Each case would flip if the offset before the change were used after it.
  test.each([
    ['2026-03-28T08:30:00Z', true, 'Sat 09:30 CET'],
    ['2026-03-28T07:30:00Z', false, 'Sat 08:30 CET'],
    ['2026-03-29T07:10:00Z', true, 'spring-forward Sun 09:10 CEST (08:10 at the old offset)'],
    ['2026-03-29T16:30:00Z', false, 'spring-forward Sun 18:30 CEST (17:30 at the old offset)'],
    ['2026-10-25T07:30:00Z', false, 'fall-back Sun 08:30 CET (09:30 at the old offset)'],
    ['2026-10-25T16:30:00Z', true, 'fall-back Sun 17:30 CET (18:30 at the old offset)'],
    ['2026-10-25T17:00:00Z', false, 'fall-back Sun 18:00 CET, end is exclusive'],
  ])('%s -> %s (%s)', (iso, allowed) => {
    expect(isNudgeAllowed(at(iso), paris)).toBe(allowed);
  });
});

describe('Europe/Paris, windows at the changes themselves', () => {
  test('spring forward: 01:59 CET is inside 01:00–02:30, the next minute is 03:00 CEST, outside', () => {
    const early = window({ timeZone: 'Europe/Paris', start: '01:00', end: '02:30' });
    expect(isNudgeAllowed(at('2026-03-29T00:59:00Z'), early)).toBe(true);
    expect(isNudgeAllowed(at('2026-03-29T01:00:00Z'), early)).toBe(false);
  });

  test('fall back: 02:30 happens twice and both are inside 02:00–03:00', () => {
    const repeated = window({ timeZone: 'Europe/Paris', start: '02:00', end: '03:00' });
    expect(isNudgeAllowed(at('2026-10-25T00:30:00Z'), repeated)).toBe(true); // 02:30 CEST
    expect(isNudgeAllowed(at('2026-10-25T01:30:00Z'), repeated)).toBe(true); // 02:30 CET
    expect(isNudgeAllowed(at('2026-10-25T02:00:00Z'), repeated)).toBe(false); // 03:00 CET
  });
});

describe('America/New_York, 09:00–17:00 on weekdays', () => {
  const newYork = window({ timeZone: 'America/New_York', end: '17:00', days: WEEKDAYS });
  test.each([
    ['2026-03-06T13:30:00Z', false, 'Fri before the change, 08:30 EST'],
    ['2026-03-09T13:30:00Z', true, 'Mon after spring forward, 09:30 EDT'],
    ['2026-03-09T21:30:00Z', false, 'Mon 17:30 EDT'],
    ['2026-03-08T15:00:00Z', false, 'Sunday of the change: not a chosen day'],
    ['2026-10-30T13:30:00Z', true, 'Fri before fall back, 09:30 EDT'],
    ['2026-11-02T13:30:00Z', false, 'Mon after fall back, 08:30 EST'],
    ['2026-11-02T14:30:00Z', true, 'Mon after fall back, 09:30 EST'],
  ])('%s -> %s (%s)', (iso, allowed) => {
    expect(isNudgeAllowed(at(iso), newYork)).toBe(allowed);
  });
});

describe('a window crossing midnight, 22:00–06:00', () => {
  test('belongs to the day it starts on', () => {
    const fridayNight = window({ timeZone: 'Europe/Paris', start: '22:00', end: '06:00', days: [5] });
    expect(isNudgeAllowed(at('2026-06-05T21:30:00Z'), fridayNight)).toBe(true); // Fri 23:30
    expect(isNudgeAllowed(at('2026-06-06T03:00:00Z'), fridayNight)).toBe(true); // Sat 05:00
    expect(isNudgeAllowed(at('2026-06-06T04:30:00Z'), fridayNight)).toBe(false); // Sat 06:30
    expect(isNudgeAllowed(at('2026-06-06T21:00:00Z'), fridayNight)).toBe(false); // Sat 23:00
    expect(isNudgeAllowed(at('2026-06-05T02:00:00Z'), fridayNight)).toBe(false); // Fri 04:00, Thu not chosen
    expect(isNudgeAllowed(at('2026-06-05T12:00:00Z'), fridayNight)).toBe(false); // Fri 14:00
  });

  test('spans the New York fall-back night, where 01:30 happens twice', () => {
    const night = window({ timeZone: 'America/New_York', start: '22:00', end: '06:00' });
    expect(isNudgeAllowed(at('2026-11-01T05:30:00Z'), night)).toBe(true); // 01:30 EDT
    expect(isNudgeAllowed(at('2026-11-01T06:30:00Z'), night)).toBe(true); // 01:30 EST
    expect(isNudgeAllowed(at('2026-11-01T10:30:00Z'), night)).toBe(true); // 05:30 EST (06:30 at the old offset)
    expect(isNudgeAllowed(at('2026-11-01T11:30:00Z'), night)).toBe(false); // 06:30 EST
  });

  test('spans the Paris spring-forward night, which is an hour shorter', () => {
    const night = window({ timeZone: 'Europe/Paris', start: '22:00', end: '06:00' });
    expect(isNudgeAllowed(at('2026-03-29T03:30:00Z'), night)).toBe(true); // 05:30 CEST
    expect(isNudgeAllowed(at('2026-03-29T04:30:00Z'), night)).toBe(false); // 06:30 CEST
  });
});

test('no chosen day means no nudges at all while enabled', () => {
  expect(isNudgeAllowed(at('2026-06-05T12:00:00Z'), window({ days: [] }))).toBe(false);
});

test('start equal to end means the whole of each chosen day', () => {
  const allDay = window({ timeZone: 'UTC', start: '00:00', end: '00:00', days: [1] });
  expect(isNudgeAllowed(at('2026-06-01T23:59:00Z'), allDay)).toBe(true); // Monday
  expect(isNudgeAllowed(at('2026-06-02T00:00:00Z'), allDay)).toBe(false); // Tuesday
});

test('without a time zone, the browser zone is used; an unknown zone falls back to it', () => {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  expect(resolveTimeZone(undefined)).toBe(browserZone);
  expect(resolveTimeZone('Mars/Olympus_Mons')).toBe(browserZone);
  expect(resolveTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
  const now = at('2026-06-03T12:00:00Z');
  const bogus = window({ timeZone: 'Mars/Olympus_Mons' });
  expect(isNudgeAllowed(now, bogus)).toBe(isNudgeAllowed(now, window({})));
});

test('wallClock reads the local weekday and minutes', () => {
  expect(wallClock(at('2026-03-29T01:00:00Z'), 'Europe/Paris')).toEqual({ weekday: 0, minutes: 180 });
  expect(wallClock(at('2026-01-01T00:30:00Z'), 'America/New_York')).toEqual({ weekday: 3, minutes: 19 * 60 + 30 });
});
