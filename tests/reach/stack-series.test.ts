import { stackSeries } from '../../utils/reach/stack-series';

test('running totals per column; a column with no data at all stays a gap', () => {
  expect(stackSeries([[1, 0, null, 2], [0, 1, null, null], [1, 1, null, 0]])).toEqual([
    [1, 0, null, 2],
    [1, 1, null, 2],
    [2, 2, null, 2],
  ]);
  expect(stackSeries([])).toEqual([]);
});
