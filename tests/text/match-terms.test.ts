import { hashTerm } from '../../utils/policy';
import { matchTerms } from '../../utils/text/match-terms';

describe('matchTerms', () => {
  test.each([
    ['Le projet ORION avance', ['ORION']],
    ['Orionis is a star', []],
    ['la SOCIÉTÉ  générique signe', ['SOCIÉTÉ  générique']],
    ['societe-generique', ['societe-generique']],
  ])('%s', (text, expected) => {
    const found = matchTerms(text, ['Orion', 'Société Générique'], '');
    expect(found.map((match) => text.slice(match.start, match.end))).toEqual(expected);
  });

  test('matches hashed names of up to four words, mapping offsets back', () => {
    const text = 'Bravo à l’équipe ATLAS  Bleu et au Grand Projet Du Nord !';
    const entries = [{ sha256: hashTerm('Atlas Bleu', 'k') }, `sha256:${hashTerm('grand projet du nord', 'k')}`];
    const found = matchTerms(text, entries, 'k');
    expect(found.map((match) => text.slice(match.start, match.end))).toEqual(['ATLAS  Bleu', 'Grand Projet Du Nord']);
    expect(found[0]?.term).toBeUndefined();
  });

  test('finds every occurrence in a text that repeats the same run of words (n-grams reused from an earlier position)', () => {
    const run = 'go Atlas Bleu go Orion ';
    const text = run.repeat(50) + 'Atlas';
    const found = matchTerms(text, [{ sha256: hashTerm('Atlas Bleu', 'k') }, 'Orion'], 'k');
    expect(found).toHaveLength(100);
    expect(found.filter((match) => text.slice(match.start, match.end) === 'Atlas Bleu')).toHaveLength(50);
    expect(found.at(-1)).toEqual({ start: 49 * run.length + 17, end: 49 * run.length + 22, term: 'orion' });
  });
});
