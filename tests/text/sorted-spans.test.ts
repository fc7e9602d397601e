import { firstStartingAtOrAfter } from '../../utils/text/sorted-spans';

test('finds the first span starting at or after a position, as a walk from the start would', () => {
  const spans = [0, 2, 2, 5, 9, 9, 9, 14].map((start) => ({ start }));
  for (let position = -1; position <= 16; position += 1) {
    const walked = spans.findIndex((span) => span.start >= position);
    expect(firstStartingAtOrAfter(spans, position), String(position)).toBe(walked < 0 ? spans.length : walked);
  }
  expect(firstStartingAtOrAfter([], 3)).toBe(0);
});
