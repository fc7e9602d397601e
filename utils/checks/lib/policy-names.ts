import { hashtags } from '../../text/hashtags';
import { matchTerms, matchTermsInWords, type TermMatch } from '../../text/match-terms';
import type { TermEntry } from '../../policy/policy-schema';
import { DisjointSpans } from './scan';
import { maskedWords } from './long-words';
import { ownSenseMatches, PUBLIC_SENSE_PATTERNS } from './public-sense';
import { foldAccents } from '../../text/fold-accents';
import { normaliseTerm, unsharedWordList, type WordList } from '../../text/words';

// "Project Kestrel", "Projet Orion", "Opération Atlas": the policy lists the name with the word people drop
// ("Kestrel demo day"). The bare name counts when it is written capitalised, as a name is.
// (\S after the spaces: \s+ then .+ could share the spaces, a polynomial backtrack the ReDoS test reports.)
const NAME_PREFIX = /^(?:project|projet|programme|program|operation|opération|opé|code ?name|nom de code)\s+(\S.*)$/iu;
const CAPITAL = /^\p{Lu}/u;
/** A name's words are joined by spaces, hyphens, apostrophes, never by a comma, colon or full stop (see match-terms). */
const JOINED = { joinedOnly: true } as const;

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

// "Hôpital Sainte-Claire" is written "Ste-Claire" as often as not, "Saint-Gobain" "St-Gobain", "Société Générique"
// "Sté Générique", a "Compagnie" "Cie": the plain names with such a word, abbreviated as people do (matching folds
// accents, so "Ste" stands for "Sté" too). Memoised per list (stable, so its compiled form is cached too).
const ABBREVIABLE = /(?<![^\P{L}])(saint|sainte|societe|compagnie)(?![^\P{L}])/giu;
// English writes "St" for Sainte too ("St. Claire Hospital"): the second spelling of each word.
const ABBREVIATIONS: Record<string, readonly [string, string]> = { saint: ['St', 'St'], sainte: ['Ste', 'St'], societe: ['Ste', 'Ste'], compagnie: ['Cie', 'Cie'] };
// Cheap test before a second pass over the words: the draft writes "St", "Ste", "Sté" or "Cie" somewhere.
const ABBREVIATED = /(?<![^\P{L}])(?:st[eé]?|cie)(?![^\P{L}])/iu;
const abbreviatedNamesOf = new WeakMap<readonly string[], string[]>();
function abbreviatedNames(names: readonly string[]): string[] {
  let abbreviated = abbreviatedNamesOf.get(names);
  if (!abbreviated) {
    abbreviated = names.flatMap((name) => {
      const folded = foldAccents(name);
      ABBREVIABLE.lastIndex = 0;
      if (!ABBREVIABLE.test(folded)) return [];
      const spelt = [0, 1].map((choice) => folded.replace(ABBREVIABLE, (word) => ABBREVIATIONS[word]?.[choice] ?? word));
      return spelt[0] === spelt[1] ? [spelt[0] as string] : spelt;
    });
    ABBREVIABLE.lastIndex = 0;
    abbreviatedNamesOf.set(names, abbreviated);
  }
  return abbreviated;
}

// "Hôpital Sainte-Claire" is also "Sainte-Claire Hospital" to an English writer, "Banque Durand" "Durand Bank": a
// name made of a generic institution word and a distinctive part, in either order and either language.
// Each family: the words one institution goes by in French ("CH" and "centre hospitalier" for a hospital), then in
// English, where the word may also come after the distinctive part ("Sainte-Claire Hospital", "Sainte-Claire's Hospital").
const INSTITUTIONS: readonly { french: readonly string[]; english: readonly string[] }[] = [
  { french: ['hopital', 'centre hospitalier', 'ch', 'chu'], english: ['hospital'] },
  { french: ['banque'], english: ['bank'] },
  { french: ['universite'], english: ['university'] },
  { french: ['clinique'], english: ['clinic'] },
  { french: ['groupe'], english: ['group'] },
  { french: ['ecole'], english: ['school'] },
  { french: ['institut'], english: ['institute'] },
  { french: ['laboratoire'], english: ['laboratory'] },
];
const INSTITUTION_WORDS = new Map(INSTITUTIONS.flatMap((family) => [...family.french, ...family.english].map((word) => [word, family] as const)));
/** First words of the institution words: a draft without any needs no variant (most drafts). */
const INSTITUTION_FIRST_WORDS = new Set([...INSTITUTION_WORDS.keys()].map((word) => word.split(' ')[0] as string));
function mentionsInstitution(words: WordList): boolean {
  for (const word of words.vocabulary) if (INSTITUTION_FIRST_WORDS.has(word)) return true;
  return false;
}
const HASHED_ENTRY = /^sha256:/i;
/** The plain names of a list (not the hashed ones). Memoised per list. */
const plainNamesOf = new WeakMap<readonly TermEntry[], string[]>();
function plainNames(entries: readonly TermEntry[]): string[] {
  let plain = plainNamesOf.get(entries);
  if (!plain) {
    plain = entries.flatMap((entry) => (typeof entry === 'string' && !HASHED_ENTRY.test(entry.trim()) ? [entry] : []));
    plainNamesOf.set(entries, plain);
  }
  return plain;
}

/** The institution-word variants of the plain names ("Sainte-Claire Hospital"). Memoised per list; worked out only
 * for a draft that writes an institution word (normalising thousands of names was most of a first call). */
const variantNamesOf = new WeakMap<readonly string[], string[]>();
function variantNames(plain: readonly string[]): string[] {
  let variants = variantNamesOf.get(plain);
  if (!variants) {
    const found: string[] = [];
    const listed = new Set<string>();
    for (const name of plain) {
      const normalised = normaliseTerm(name);
      listed.add(normalised);
      const words = normalised.split(' ');
      if (words.length < 2) continue;
      // "centre hospitalier X" as well as "hôpital X": the institution may be two words.
      const head = INSTITUTION_WORDS.has(words.slice(0, 2).join(' ')) ? 2 : INSTITUTION_WORDS.has(words[0] as string) ? 1 : 0;
      const tail = head === 0 && INSTITUTION_WORDS.has(words[words.length - 1] as string) ? 1 : 0;
      const institution = head > 0 ? INSTITUTION_WORDS.get(words.slice(0, head).join(' ')) : tail > 0 ? INSTITUTION_WORDS.get(words[words.length - 1] as string) : undefined;
      if (!institution || words.length - head - tail < 1) continue;
      const rest = words.slice(head, words.length - tail).join(' ');
      for (const word of institution.french) found.push(`${word} ${rest}`);
      for (const word of institution.english) found.push(`${word} ${rest}`, `${rest} ${word}`, `${rest} s ${word}`);
    }
    variants = found.filter((variant) => !listed.has(variant));
    variantNamesOf.set(plain, variants);
  }
  return variants;
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

/** Hashtags read per names list: more distinct tags than this (a pasted list) start the memo afresh. */
const MOST_MEMOISED_HASHTAGS = 1000;
const hashtagNamesOf = new WeakMap<readonly TermEntry[], Map<string, TermMatch | null>>();

/**
 * The listed name a hashtag spells in its words ("#AtlasBleu"), or null. Memoised per names list and salt: a draft
 * repeats its hashtags at every check, and the hashtag's words are tokenised apart from the draft's.
 */
function nameInHashtag(tag: string, entries: readonly TermEntry[], salt: string): TermMatch | null {
  let known = hashtagNamesOf.get(entries);
  if (!known) {
    known = new Map();
    hashtagNamesOf.set(entries, known);
  }
  const key = `${salt}\u0000${tag}`;
  let named = known.get(key);
  if (named === undefined) {
    const words = hashtagWords(tag);
    named = (words ? matchTermsInWords(unsharedWordList(words), entries, salt, words)[0] : undefined) ?? null;
    if (known.size >= MOST_MEMOISED_HASHTAGS) known.clear();
    known.set(key, named);
  }
  return named;
}

/** The plain names and their variants as one list, memoised so the abbreviations of it are too. */
const allNamesOf = new WeakMap<readonly string[], string[]>();
function allNames(plain: readonly string[], variants: readonly string[]): string[] {
  let all = allNamesOf.get(plain);
  if (!all) {
    all = [...plain, ...variants];
    allNamesOf.set(plain, all);
  }
  return all;
}

/** The patterns policyNamesIn runs, for the name rules' `patterns` (the ReDoS test walks them). */
export const POLICY_NAME_PATTERNS: readonly RegExp[] = [
  NAME_PREFIX, CAPITAL, ABBREVIABLE, ABBREVIATED, HASHED_ENTRY, WORD_BOUNDARY, MAY_HAVE_BOUNDARY, ...PUBLIC_SENSE_PATTERNS,
];

/**
 * Where the policy's names (plain or hashed) stand in a draft: as words, as the words of a hashtag ("#AtlasBleu"),
 * and, for a plain name listed with its prefix ("Project Kestrel"), as the capitalised bare name. No overlaps.
 */
export function policyNamesIn(
  text: string,
  entries: readonly TermEntry[],
  salt: string,
  /** Codenames: a company form after one ("Kestrel Capital") names another organisation. Not for clients, whose
   * company form is still theirs ("Globex SA"), except the bare names of their prefixed entries. */
  companyFormIsOther = false,
): TermMatch[] {
  if (entries.length === 0) return [];
  const words = maskedWords(text);
  const matches = matchTermsInWords(words, entries, salt, text);
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
  const plain = plainNames(entries);
  const variants = plain.length > 0 && mentionsInstitution(words) ? variantNames(plain) : [];
  if (variants.length > 0) for (const match of matchTermsInWords(words, variants, salt, text)) add(match);
  if (ABBREVIATED.test(text)) {
    const abbreviated = abbreviatedNames(variants.length > 0 ? allNames(plain, variants) : plain);
    if (abbreviated.length > 0) for (const match of matchTermsInWords(words, abbreviated, salt, text)) add(match);
  }
  const bare = bareNames(entries);
  if (bare.length > 0) {
    for (const match of matchTerms(text, bare, salt, JOINED)) if (CAPITAL.test(text.slice(match.start, match.end))) add(match);
  }
  for (const hashtag of hashtags(text)) {
    const named = nameInHashtag(hashtag.tag, entries, salt);
    if (named) add({ start: hashtag.start, end: hashtag.end, ...(named.term === undefined ? {} : { term: named.term }) });
  }
  if (added) matches.sort((a, b) => a.start - b.start);
  // A name in its public meaning ("the Orion Nebula", "CME Globex") is not the company's. A hashtag or a name
  // written with its prefix ("Project Kestrel") is the company's whatever surrounds it.
  const bareSet = bare.length > 0 && !companyFormIsOther ? new Set(bare) : undefined;
  // Per distinct term, not per match: a paste can name one codename thousands of times.
  const prefixed = new Map<string, boolean>();
  const withPrefix = (term: string) => {
    let known = prefixed.get(term);
    if (known === undefined) {
      known = NAME_PREFIX.test(term);
      prefixed.set(term, known);
    }
    return known;
  };
  return ownSenseMatches(
    text,
    words,
    matches,
    (match) => text.charCodeAt(match.start) === 0x23 || text.charCodeAt(match.start - 1) === 0x23 || (match.term !== undefined && withPrefix(match.term)),
    companyFormIsOther ? () => true : (match) => bareSet !== undefined && match.term !== undefined && bareSet.has(match.term),
  );
}
