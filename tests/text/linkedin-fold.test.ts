import { linkedinFold } from '../../utils/text';

describe('linkedinFold', () => {
  test.each([
    ['short', 'desktop', 5],
    ['a'.repeat(300), 'desktop', 210],
    ['a'.repeat(300), 'mobile', 141],
    ['one\ntwo\nthree\nfour', 'desktop', 13],
    ['one\ntwo\nthree', 'desktop', 13],
    ['a'.repeat(200), 'desktop', 200],
  ] as const)('%j on %s folds at %i', (text, device, index) => {
    expect(linkedinFold(text, { device })).toBe(index);
  });
});
