import fc from 'fast-check';
import { createPhraseMatcher, registerPhrases, registeredPhraseLists } from '../../utils/checks/lib/phrase-matcher';
import { MARKER_PHRASES } from '../../utils/checks/lib/marker-phrases';
import { matchTerms } from '../../utils/text/match-terms';
import { normaliseTerm, wordList } from '../../utils/text/words';
import { CORPUS } from '../corpus';

// One pass for several lists must find, per list, what matchTerms finds on that list alone.
const LISTS = {
  markers: MARKER_PHRASES,
  overlapping: ['revenue', 'revenue growth', 'growth', 'not public', 'not public yet', 'public'],
  french: ['chiffre d affaires', 'pas encore', 'pas encore annonce', 'jusqu a', 'd ici'],
};

test.each(Object.keys(LISTS) as (keyof typeof LISTS)[])('matches list %s as matchTerms does', (kind) => {
  const matcher = createPhraseMatcher(LISTS);
  const texts = [
    ...CORPUS.map((post) => post.text),
    'Revenue growth is not public yet: revenue revenue growth growth public',
    "Chiffre d’affaires pas encore annoncé, jusqu'à jeudi ; d'ici là, pas encore",
  ];
  for (const text of texts) {
    expect(matcher(wordList(text))[kind], text).toEqual(matchTerms(text, LISTS[kind], ''));
  }
});

test('lists registered together match as each list alone, draft after draft', () => {
  const first = registerPhrases({ overlapping: LISTS.overlapping });
  const second = registerPhrases({ french: LISTS.french, markers: LISTS.markers });
  const alone = createPhraseMatcher(LISTS);
  const texts = [...CORPUS.map((post) => post.text), 'Revenue growth is not public yet: revenue revenue growth growth public'];
  for (const text of texts) {
    const tokens = wordList(text);
    const expected = alone(tokens);
    expect(second(tokens).markers, text).toEqual(expected.markers);
    expect(first(tokens).overlapping, text).toEqual(expected.overlapping);
    expect(second(tokens).french, text).toEqual(expected.french);
  }
});

test('matches each list as matchTerms does on seeded random drafts, with few or many distinct phrase words', () => {
  const matcher = createPhraseMatcher(LISTS);
  const phraseWords = [...new Set(Object.values(LISTS).flatMap((list) => list.flatMap((phrase) => phrase.split(' '))))];
  const fillers = ['the', 'a', 'Orion', '42', 'é'];
  const draft = (pool: readonly string[]) =>
    fc.array(fc.tuple(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 10 }), fc.integer({ min: 1, max: 30 })), { maxLength: 5 })
      .map((runs) => runs.map(([run, times]) => (run.join(' ') + '. ').repeat(times)).join(''));
  const few = draft([...phraseWords.slice(0, 6), 'revenue', 'growth', 'public', 'not', ...fillers]);
  const many = draft([...phraseWords, ...fillers]);
  fc.assert(
    fc.property(fc.oneof(few, many), (text) => {
      const found = matcher(wordList(text));
      for (const kind of Object.keys(LISTS) as (keyof typeof LISTS)[]) expect(found[kind]).toEqual(matchTerms(text, LISTS[kind], ''));
    }),
    { seed: 11, numRuns: 200 },
  );
});

test('a list written with capitals, accents, punctuation or stray spaces matches as normalised', () => {
  const raw = ['Chiffre d’Affaires', '  pas   encore ', 'PAS ENCORE ANNONCÉ', '', 'jusqu’à'];
  const matcher = createPhraseMatcher({ raw });
  const text = "Chiffre d'affaires pas encore annoncé, jusqu'à jeudi ; chiffre  d affaires";
  expect(matcher(wordList(text)).raw).toEqual(matchTerms(text, raw, ''));
  expect(matcher(wordList(text)).raw.map((match) => match.term)).toEqual(['chiffre d affaires', 'pas encore annonce', 'jusqu a', 'chiffre d affaires']);
});

describe('the registered phrase lists', () => {
  it('list no phrase twice in one kind (a repeat is a sign two fixes wrote the same class)', async () => {
    await import('../../utils/checks');
    const repeats: string[] = [];
    for (const { kind, phrases } of registeredPhraseLists()) {
      const seen = new Set<string>();
      for (const phrase of phrases) {
        const normal = normaliseTerm(phrase);
        if (seen.has(normal)) repeats.push(`${kind}: ${normal}`);
        seen.add(normal);
      }
    }
    expect(registeredPhraseLists().length).toBeGreaterThan(20);
    expect(repeats).toEqual([]);
  });
});
