/**
 * Running totals of several series, for a stacked bar chart drawn as overlapping bars: level i is the
 * sum of series 0..i, so drawing the levels from the top down leaves each series its own band.
 * A missing value (null) counts as 0 inside a stack; a column where every series is missing stays null.
 */
export function stackSeries(series: ReadonlyArray<ReadonlyArray<number | null>>): Array<Array<number | null>> {
  const length = Math.max(0, ...series.map((values) => values.length));
  const levels: Array<Array<number | null>> = [];
  for (let level = 0; level < series.length; level += 1) {
    const row: Array<number | null> = [];
    for (let column = 0; column < length; column += 1) {
      const empty = series.every((values) => values[column] === null || values[column] === undefined);
      if (empty) {
        row.push(null);
        continue;
      }
      let sum = 0;
      for (let below = 0; below <= level; below += 1) sum += series[below]?.[column] ?? 0;
      row.push(sum);
    }
    levels.push(row);
  }
  return levels;
}
