import { sentences } from '../../utils/text/sentences';

const texts = (text: string) => sentences(text).map(({ start, end }) => text.slice(start, end));

describe('sentences', () => {
  test('cuts at . ! ? ; and line breaks, trimmed', () => {
    expect(texts('Revenue hit €9M. Keep it quiet!  Why?\nNext line; last part')).toEqual(['Revenue hit €9M.', 'Keep it quiet!', 'Why?', 'Next line;', 'last part']);
  });
  test('keeps decimal points inside a sentence', () => {
    expect(texts('Margin 3.5 % this year. Good.')).toEqual(['Margin 3.5 % this year.', 'Good.']);
  });
  test('a run of breaks ends one sentence', () => {
    expect(texts('Wow!!! Really?! Yes . . done')).toEqual(['Wow!!!', 'Really?!', 'Yes . .', 'done']);
  });
  test('blank lines and blank text make no sentence', () => {
    expect(texts('\n\n  \nOne\n\n\nTwo')).toEqual(['One', 'Two']);
    expect(texts('   ')).toEqual([]);
  });
});
