import { wordList } from './words';

// The commonest short words of each language: enough to tell a French post from an English one.
const FRENCH = new Set(['le', 'la', 'les', 'des', 'du', 'un', 'une', 'et', 'est', 'pour', 'dans', 'que', 'qui', 'sur', 'avec', 'nous', 'je', 'pas', 'au', 'aux', 'ce', 'cette', 'sont', 'mais', 'ou', 'tres', 'notre', 'nos', 'vous', 'leur']);
const ENGLISH = new Set(['the', 'and', 'is', 'are', 'for', 'in', 'of', 'to', 'that', 'with', 'on', 'we', 'i', 'not', 'this', 'our', 'you', 'it', 'was', 'be', 'at', 'by', 'from', 'have', 'has', 'my', 'an', 'their', 'very', 'but']);

/**
 * 'fr' or 'en' when the text clearly reads as one of them (two more marker words than the other), else
 * undefined. Enough to pick a disclosure line; not a general language detector.
 */
export function guessLanguage(text: string): 'fr' | 'en' | undefined {
  let french = 0;
  let english = 0;
  const list = wordList(text);
  for (let index = 0; index < list.count; index += 1) {
    const folded = list.vocabulary[list.ids[index] as number] as string;
    if (FRENCH.has(folded)) french += 1;
    if (ENGLISH.has(folded)) english += 1;
  }
  if (french >= english + 2) return 'fr';
  if (english >= french + 2) return 'en';
  return undefined;
}
