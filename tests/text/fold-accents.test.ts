import { foldAccents } from '../../utils/text/fold-accents';
import { searchTerms } from '../../utils/feed/search-terms';
import { foldText } from '../../utils/voice/fold-text';

test.each([
  ['Société Générale', 'societe generale'],
  ['ÉCOLE', 'ecole'],
  ['𝗢𝗿𝗶𝗼𝗻', 'orion'],
  ['ﬁn', 'fin'],
  ['Ｓｔａｒｔ', 'start'],
  ['plain ASCII', 'plain ascii'],
])('foldAccents(%j) is %j', (text, folded) => {
  expect(foldAccents(text)).toBe(folded);
});

// Every surface that ignores accents folds the same way: "resume" finds "Résumé" and "𝗥𝗲𝘀𝘂𝗺𝗲" alike.
test('feed search and the voice checks fold alike', () => {
  expect(searchTerms('𝗥𝗲𝘀𝘂𝗺𝗲 Résumé')).toEqual(['resume', 'resume']);
  expect(foldText('𝗥𝗲𝘀𝘂𝗺𝗲 Résumé').text).toBe('resume resume');
});
