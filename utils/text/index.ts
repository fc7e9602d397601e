export { countCharacters, overLimitOffset, type CharacterCount } from './count-characters';
export { linkedinFold, FOLD_LAYOUT, type Device } from './linkedin-fold';
export { characterLimit, type Surface } from './platform-limits';
export { words, foldWord, normaliseTerm, WORD_PATTERN, type Word } from './words';
export { graphemeOffsets, graphemeStarts, countGraphemes } from './graphemes';
export { sentences } from './sentences';
export { foldAccents } from './fold-accents';
export { hashtags, HASHTAG_PATTERN, type Hashtag } from './hashtags';
export { firstStartingAtOrAfter } from './sorted-spans';
