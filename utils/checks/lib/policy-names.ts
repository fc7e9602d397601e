import { hashtags } from '../../text/hashtags';
import { matchTerms, matchTermsInWords, type TermMatch } from '../../text/match-terms';
import type { TermEntry } from '../../policy/policy-schema';
import { DisjointSpans } from './scan';
import { maskedWords } from './long-words';

// "Project Kestrel", "Projet Orion", "Opération Atlas": the policy lists the name with the word people drop
// ("Kestrel demo day"). The bare name counts when it is written capitalised, as a name is.
const NAME_PREFIX = /^(?:project|projet|programme|program|operation|opération|opé|code ?name|nom de code)\s+(.+)$/iu;
const CAPITAL = /^\p{Lu}/u;

/** The bare names of the plain entries listed with a prefix word ("Project Kestrel" → "Kestrel"). Memoised per list. */
const bareNamesOf = new WeakMap<readonly TermEntry[], string[]>();
function bareNames(entries: readonly TermEntry[]): string[] {
  let names = bareNamesOf.get(entries);
  if (!names) {
    names = entries.flatMap((entry) => (typeof entry === 'string' ? (NAME_PREFIX.exec(entry.trim())?.[1] ?? []) : []));
    bareNamesOf.set(entries, names);
  }
  return names;
}

// "Hôpital Sainte-Claire" is written "Ste-Claire" as often as not, "Saint-Gobain" "St-Gobain": the plain names
// with Saint or Sainte, abbreviated as people do. Memoised per list (stable, so its compiled form is cached too).
const SAINT = /(?<![\p{L}])(Saint|Sainte|saint|sainte)(?=[\s-])/gu;
const SAINT_ABBREVIATIONS: Record<string, string> = { Saint: 'St', Sainte: 'Ste', saint: 'st', sainte: 'ste' };
// Cheap test before a second pass over the words: the draft writes "St" or "Ste" somewhere.
const ABBREVIATED_SAINT = /\bste?\b/i;
const abbreviatedNamesOf = new WeakMap<readonly TermEntry[], string[]>();
function abbreviatedNames(entries: readonly TermEntry[]): string[] {
  let names = abbreviatedNamesOf.get(entries);
  if (!names) {
    names = entries.flatMap((entry) => {
      if (typeof entry !== 'string' || !SAINT.test(entry)) return [];
      SAINT.lastIndex = 0;
      return [entry.replace(SAINT, (word) => SAINT_ABBREVIATIONS[word] ?? word)];
    });
    SAINT.lastIndex = 0;
    abbreviatedNamesOf.set(entries, names);
  }
  return names;
}

// "#AtlasBleu", "#ProjetOrion2026", "#atlas_bleu": the words of a hashtag, where its writer marked them.
const WORD_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})|_+/gu;
/** What every WORD_BOUNDARY needs: a capital, a digit or an underscore. Most hashtags (#launch) have none. */
const MAY_HAVE_BOUNDARY = /[\p{Lu}\p{N}_]/u;
/** The words of a hashtag written in camel case or with underscores, or null when it is one word. */
export function hashtagWords(tag: string): string | null {
  if (!MAY_HAVE_BOUNDARY.test(tag)) return null;
  const words = tag.split(WORD_BOUNDARY).filter(Boolean);
  return words.length > 1 ? words.join(' ') : null;
}

/**
 * Where the policy's names (plain or hashed) stand in a draft: as words, as the words of a hashtag ("#AtlasBleu"),
 * and, for a plain name listed with its prefix ("Project Kestrel"), as the capitalised bare name. No overlaps.
 */
export function policyNamesIn(text: string, entries: readonly TermEntry[], salt: string): TermMatch[] {
  if (entries.length === 0) return [];
  const words = maskedWords(text);
  const matches = matchTermsInWords(words, entries, salt);
  // The word matches come in text order without overlaps; index them only when a bare name or a hashtag
  // is to be added (a paste can repeat a codename thousands of times, met by interpreted code on a first call).
  let taken: DisjointSpans | undefined;
  let added = false;
  const add = (match: TermMatch) => {
    if (!taken) {
      taken = new DisjointSpans();
      for (const found of matches) taken.add(found);
    }
    if (taken.overlaps(match)) return;
    taken.add(match);
    matches.push(match);
    added = true;
  };
  const abbreviated = abbreviatedNames(entries);
  if (abbreviated.length > 0 && ABBREVIATED_SAINT.test(text)) for (const match of matchTermsInWords(words, abbreviated, salt)) add(match);
  const bare = bareNames(entries);
  if (bare.length > 0) {
    for (const match of matchTerms(text, bare, salt)) if (CAPITAL.test(text.slice(match.start, match.end))) add(match);
  }
  for (const hashtag of hashtags(text)) {
    const words = hashtagWords(hashtag.tag);
    const named = words ? matchTerms(words, entries, salt)[0] : undefined;
    if (named) add({ start: hashtag.start, end: hashtag.end, ...(named.term === undefined ? {} : { term: named.term }) });
  }
  return added ? matches.sort((a, b) => a.start - b.start) : matches;
}
