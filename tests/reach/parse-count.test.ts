import { parseCount, parsePercentShare } from '../../utils/reach/parse-count';

test.each([
  ['0', 0],
  ['1234', 1234],
  [' 42 ', 42],
  ['1,234', 1234],
  ['1 234', 1234],
  ['1\u202f234\u202f567', 1_234_567],
  ['1.234', 1234],
])('parseCount(%j) = %d', (input, value) => {
  expect(parseCount(input)).toEqual({ ok: true, value });
});

test.each([
  ['', 'empty'],
  ['  ', 'empty'],
  ['-3', 'not_a_whole_number'],
  ['1.5', 'not_a_whole_number'],
  ['12,34', 'not_a_whole_number'],
  ['abc', 'not_a_whole_number'],
  ['1e3', 'not_a_whole_number'],
  ['99999999999999999999', 'out_of_range'],
])('parseCount(%j) fails with %s', (input, reason) => {
  expect(parseCount(input)).toEqual({ ok: false, reason });
});

test.each([
  ['45', 0.45],
  ['45 %', 0.45],
  ['12,5', 0.125],
  ['0', 0],
  ['100', 1],
])('parsePercentShare(%j) = %d', (input, value) => {
  expect(parsePercentShare(input)).toEqual({ ok: true, value });
});

test.each([
  ['101', 'out_of_range'],
  ['-1', 'not_a_whole_number'],
  ['', 'empty'],
])('parsePercentShare(%j) fails with %s', (input, reason) => {
  expect(parsePercentShare(input)).toEqual({ ok: false, reason });
});
