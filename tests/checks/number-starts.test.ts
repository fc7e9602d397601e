import { numberStarts } from '../../utils/checks/lib/number-starts';
import { wordList } from '../../utils/text/words';

/** The characters numberStarts points at, for readable expectations. */
function startsIn(text: string, ranges = [{ start: 0, end: text.length }], withSign = true, most = 100): string[] | undefined {
  return numberStarts(text, wordList(text), ranges, withSign, most)?.map((at) => `${at}:${String.fromCodePoint(text.codePointAt(at) as number)}`);
}

describe('where a number can start', () => {
  test('the first digit of each run, whatever the letters around it', () => {
    expect(startsIn('Q3 revenue 12,5 M€ for 1 250 clients')).toEqual(['1:3', '11:1', '14:5', '23:1', '25:2']);
  });
  test('a sign right before a number, with the number itself', () => {
    expect(startsIn('margin +4 pts, churn -2 %, range 5-10')).toEqual(['7:+', '8:4', '21:-', '22:2', '33:5', '34:-', '35:1']);
    expect(startsIn('margin +4 pts', undefined, false)).toEqual(['8:4']);
  });
  test('digits of other scripts and beyond the first plane', () => {
    expect(startsIn('ventes ٣٤٥ et 𝟏𝟐 unités, x²')).toEqual(['7:٣', '14:𝟏', '28:²']);
  });
  test('only inside the ranges asked, a sign before a range left out', () => {
    const text = 'a 12 b +34 c 56';
    expect(startsIn(text, [{ start: 8, end: 12 }])).toEqual(['8:3']);
    expect(startsIn(text, [{ start: 0, end: 3 }, { start: 13, end: 15 }])).toEqual(['2:1', '13:5']);
  });
  test('none past the limit: the caller scans instead', () => {
    expect(startsIn('1 2 3 4', undefined, true, 3)).toBeUndefined();
    expect(startsIn('1 2 3', undefined, true, 3)).toHaveLength(3);
  });
});
