// One segmenter for the module: Intl.Segmenter is available in Node 16+, Chrome 87+ and Firefox 125+.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * UTF-16 start offset of every user-perceived character (grapheme cluster), so that
 * "👨‍👩‍👧" counts as one, as LinkedIn's counter does.
 */
export function graphemeOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (const segment of segmenter.segment(text)) offsets.push(segment.index);
  return offsets;
}

export function countGraphemes(text: string): number {
  let count = 0;
  for (const _segment of segmenter.segment(text)) count += 1;
  return count;
}
