import { parseArchiveDate, parseLinkedInDay, parseXDate } from '../../utils/reach/export-dates';

const noon = (year: number, month: number, day: number) => ({ time: new Date(year, month - 1, day, 12).getTime(), dayOnly: true });

test.each([
  ['11/5/2026', noon(2026, 11, 5)],
  ['2026-11-05', noon(2026, 11, 5)],
  ['46331', noon(2026, 11, 5)], // a date cell: Excel serial day
  ['2/30/2026', undefined],
  ['5/11', undefined],
  ['=TODAY()', undefined],
])('LinkedIn day %s', (cell, expected) => {
  expect(parseLinkedInDay(cell)).toEqual(expected);
});

test.each([
  ['2026-10-02 08:15:32', { time: Date.UTC(2026, 9, 2, 8, 15, 32), dayOnly: false }],
  ['2026-10-02 08:15', { time: Date.UTC(2026, 9, 2, 8, 15), dayOnly: false }],
  ['2026-10-02', noon(2026, 10, 2)],
  ['02/10/2026 08:15', undefined],
])('LinkedIn archive %s', (cell, expected) => {
  expect(parseArchiveDate(cell)).toEqual(expected);
});

test.each([
  ['Fri, Jun 5, 2026', noon(2026, 6, 5)],
  ['Jun 5, 2026', noon(2026, 6, 5)],
  ['Sept 5, 2026', noon(2026, 9, 5)],
  ['2026-06-05', noon(2026, 6, 5)],
  ['2026-06-05 13:12 +0000', { time: Date.UTC(2026, 5, 5, 13, 12), dayOnly: false }],
  ['2026-06-05 13:12 +0200', { time: Date.UTC(2026, 5, 5, 11, 12), dayOnly: false }],
  ['2026-06-05T13:12:00.000Z', { time: Date.UTC(2026, 5, 5, 13, 12), dayOnly: false }],
  ['Foo 5, 2026', undefined],
  ['2026-13-05', undefined],
])('X %s', (cell, expected) => {
  expect(parseXDate(cell)).toEqual(expected);
});
