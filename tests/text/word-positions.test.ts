import fc from 'fast-check';
import { anyPositionWithin, wordPositions, type WordTest } from '../../utils/text/word-positions';
import { WORD_DIGIT, WORD_LOWER, unsharedWordList } from '../../utils/text/words';

const SKY: WordTest = { pickWord: (word) => word === 'sky' || word === 'ciel' };
const ACRONYMS: WordTest = { pickWord: () => false, pickFlags: (flags) => (flags & (WORD_LOWER | WORD_DIGIT)) === 0 };

test('finds the words a test picks, by folded form and by flags, in order', () => {
  const words = unsharedWordList('Orion in the SKY tonight, NASA says; le Ciel est clair, sky 2');
  expect(Array.from(wordPositions(words, SKY))).toEqual([3, 8, 11]);
  expect(Array.from(wordPositions(words, ACRONYMS))).toEqual([3, 5]);
  expect(wordPositions(words, SKY)).toBe(wordPositions(words, SKY));
});

test('anyPositionWithin answers as a walk of the range would', () => {
  const word = fc.constantFrom('orion', 'sky', 'the', 'NASA', 'ciel', 'atlas');
  fc.assert(
    fc.property(fc.array(word, { maxLength: 60 }), fc.nat(70), fc.nat(70), (list, from, to) => {
      const words = unsharedWordList(list.join(' '));
      const positions = wordPositions(words, SKY);
      let walked = false;
      for (let at = from; at <= to && at < words.count; at += 1) if (SKY.pickWord(words.vocabulary[words.ids[at] as number] as string)) walked = true;
      expect(anyPositionWithin(positions, from, to)).toBe(walked);
    }),
  );
});
