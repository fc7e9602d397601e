import { createPhraseMatcher, registerPhrases } from '../../utils/checks/lib/phrase-matcher';
import { MARKER_PHRASES } from '../../utils/checks/lib/marker-phrases';
import { matchTerms } from '../../utils/text/match-terms';
import { wordList } from '../../utils/text/words';
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
