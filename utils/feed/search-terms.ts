import { foldAccents } from '../text/fold-accents';

/**
 * FR/EN-aware terms for search: lowercase, accents stripped ("Sécurité" and "securite" meet),
 * French elisions split ("l'énergie" -> "energie"), and a short FR+EN stopword list so
 * "le", "the", "pour", "with" do not make every item match a draft.
 */
const STOPWORDS = new Set(
  (
    // French
    'a au aux avec ce ces cet cette dans de des du elle en et eux il ils je la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l m n s t y est sont ete etre avoir ai as avons avez ont fait plus tres bien aussi comme tout tous toute toutes cela ca sans sous entre chez dont ici ' +
    // English
    'an and are as at be been but by for from has have he her his i if in into is it its me my no not of on or our she so than that the their them then there these they this those to too us was we were what when where which who why will with you your can just about all also more very our'
  )
    .split(' ')
    .filter(Boolean),
);

/** Splits on anything that is not a letter or digit (apostrophes included: "l'usine" -> "l", "usine"). */
export function tokenizeForSearch(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** MiniSearch processTerm: folded term, or null for stopwords and one-letter noise. */
export function processSearchTerm(term: string): string | null {
  const folded = foldAccents(term);
  if (folded.length < 2 || STOPWORDS.has(folded)) return null;
  return folded;
}

/** Folded, de-stopworded terms of a text, in order. URLs are removed first: their parts are noise. */
export function searchTerms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenizeForSearch(text.replace(/\bhttps?:\/\/\S+/gi, ' '))) {
    const term = processSearchTerm(token);
    if (term) out.push(term);
  }
  return out;
}
