import { partitionPoint } from '../utils/partition-point';

test('finds where a true-then-false predicate turns false, as a walk from the start would', () => {
  for (let length = 0; length <= 9; length += 1) {
    for (let turn = 0; turn <= length; turn += 1) {
      const asked: number[] = [];
      const found = partitionPoint(length, (index) => {
        asked.push(index);
        return index < turn;
      });
      expect(found, `length ${length}, turn ${turn}`).toBe(turn);
      // A search, not a walk: never more than ceil(log2(length + 1)) questions, each inside the range.
      expect(asked.length).toBeLessThanOrEqual(Math.ceil(Math.log2(length + 1)));
      expect(asked.every((index) => index >= 0 && index < length)).toBe(true);
    }
  }
});
