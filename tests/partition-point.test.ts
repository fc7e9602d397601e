import fc from 'fast-check';
import { partitionPoint } from '../utils/partition-point';

test('partitionPoint finds where a prefix predicate turns false, as a linear scan does, in log2 questions', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, position) => {
      const sorted = [...values].sort((a, b) => a - b);
      let asked = 0;
      const found = partitionPoint(sorted.length, (index) => {
        asked += 1;
        return (sorted[index] as number) < position;
      });
      const linear = sorted.findIndex((value) => value >= position);
      expect(found).toBe(linear === -1 ? sorted.length : linear);
      expect(asked).toBeLessThanOrEqual(Math.ceil(Math.log2(sorted.length + 1)));
    }),
    { numRuns: 1000, seed: 3 },
  );
  expect(partitionPoint(0, () => true)).toBe(0);
  expect(partitionPoint(5, () => true)).toBe(5);
  expect(partitionPoint(5, () => false)).toBe(0);
});
