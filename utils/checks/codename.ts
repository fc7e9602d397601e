import { firstAtOrAfter } from '../text/sorted-spans';
import { foldedAt, wordAt, wordList, type Word, type WordList } from '../text/words';
import { finding, spanTextSubstitutions } from './lib/finding';
import { POLICY_NAME_PATTERNS, policyNamesIn } from './lib/policy-names';
import { registerPhrases } from './lib/phrase-matcher';
import { DisjointSpans } from './lib/scan';
import type { CheckRule } from './types';

// "codename Falcon", "nom de code : Orion", "code-named Atlas": a name introduced as a codename,
// even when the policy does not list it yet. Matched on words (linear), then the next word must be capitalised.
const INTRODUCERS = registerPhrases({ introducers: [
  'codename', 'code name', 'code named', 'codenamed', 'nom de code', 'nom de projet interne', 'projet interne', 'internal project',
  'internal codename', 'projet secret', 'secret project',
  // "le projet qu'on appelle en interne « Phénix »", "internally known as Lynx"
  'appelle en interne', 'appelons en interne', 'appele en interne', 'appelee en interne', 'surnomme en interne',
  'called internally', 'internally called', 'internally known as', 'known internally as', 'internal name', 'nom interne',
  // "Project Halyard … it's our internal programme": named before, see namedEarlier
  'internal programme', 'internal program', 'programme interne', 'nom de code interne',
],
// "En interne on appelle ça « Baobab »", "what we call "Bluebird" internally": a quoted name with a naming verb nearby.
internally: ['en interne', 'internally', 'in house'],
// "« Goémon Noir », a bioplastic we haven't announced yet", "Laugenstern isn't announced yet": a product or project said to
// be unannounced is named by a code name until its launch (fresh15, 2026-12-03). See unannouncedName.
unannounced: [
  'haven t announced', 'have not announced', 'hasn t announced', 'has not announced', 'haven t yet announced', 'isn t announced',
  'is not announced', 'aren t announced', 'are not announced', 'not announced yet', 'not yet announced', 'unannounced',
  'isn t public yet', 'is not public yet', 'not public yet', 'not launched yet', 'haven t launched', 'not revealed yet',
  'haven t revealed', 'pas encore annonce', 'pas encore annoncee', 'pas encore annonces', 'pas encore annoncees',
  'pas encore devoile', 'pas encore devoilee', 'pas encore devoiles', 'pas encore public', 'pas encore publique',
  'pas encore lance', 'pas encore lancee', 'pas encore officiel', 'pas encore officielle',
] });
// "Project Lynx (internal name)": the introducer in brackets names the word just before them. Every introducer that
// is a noun for the name, with or without "internal"/"interne" ("projet Hermès (nom de code interne, …)").
const NAMES_BEFORE = new Set([
  'internal name', 'nom interne', 'codename', 'code name', 'nom de code', 'nom de code interne', 'internal codename',
  'nom de projet interne', 'projet interne', 'internal project', 'projet secret', 'secret project',
]);
const OPEN_BRACKET_BEFORE = /\(\s*$/;
const CAPITALISED = /^\p{Lu}[\p{L}\p{N}]{1,30}$/u;

// "codename for the new app is Falcon": the name follows one of these within a few words.
const NAMING_WORDS = new Set(['is', 'est', 'was', 'etait', 'sera', 'be', 'called', 'named', 'dubbed', 'appele', 'appelee', 'nomme', 'nommee', 'baptise', 'baptisee', 'c']);
const SENTENCE_END = /[.!?\n]/;

/** The capitalised word that an introducer ("codename", "nom de code") names, if any. */
function namedAfter(text: string, tokens: WordList, from: number): Word | undefined {
  const found = firstAtOrAfter(tokens.starts, from);
  const index = found < tokens.count ? found : -1;
  for (let offset = 0; offset < 7; offset += 1) {
    const token = wordAt(tokens, index + offset);
    if (!token || index < 0) return undefined;
    const gap = text.slice(offset === 0 ? from : (tokens.ends[index + offset - 1] as number), token.start);
    const name = text.slice(token.start, token.end);
    // "Our codename for it? Mistral.": a question answered by the name alone.
    if (SENTENCE_END.test(gap)) return /^\?\s+$/.test(gap) && CAPITALISED.test(name) && /^[.!]/.test(text.slice(token.end, token.end + 1)) ? token : undefined;
    if (!CAPITALISED.test(name)) continue;
    const previous = wordAt(tokens, index + offset - 1);
    if (offset === 0 || (previous && NAMING_WORDS.has(previous.folded)) || /[:«"“]/.test(gap)) return token;
  }
  return undefined;
}

/** The capitalised word right before "(" and an introducer ("Project Lynx (internal name, shh)"), if any. */
function namedBefore(text: string, tokens: WordList, introStart: number): Word | undefined {
  const token = wordAt(tokens, firstAtOrAfter(tokens.starts, introStart) - 1);
  if (!token || !/^\s*\(\s*$/.test(text.slice(token.end, introStart))) return undefined;
  // A capital opening a sentence says nothing of a name.
  const previous = wordAt(tokens, firstAtOrAfter(tokens.starts, token.start) - 1);
  if (!previous || SENTENCE_END.test(text.slice(previous.end, token.start))) return undefined;
  return CAPITALISED.test(text.slice(token.start, token.end)) ? token : undefined;
}

// "« Sirocco »", "“Bluebird”": a capitalised word between quotes, as a name is given.
const OPENING_QUOTE = /[«"“‘]\s*$/;
const CLOSING_QUOTE = /^\s*[»"”’]/;
function quotedAt(text: string, tokens: WordList, index: number): boolean {
  const start = tokens.starts[index] as number;
  const end = tokens.ends[index] as number;
  return CAPITALISED.test(text.slice(start, end)) && OPENING_QUOTE.test(text.slice(Math.max(0, start - 3), start)) && CLOSING_QUOTE.test(text.slice(end, end + 3));
}
// "Project Halyard", "Projet Sirocco": the capitalised word after one of these (written capitalised) is a project's name.
const STARTS_UPPER = /^\p{Lu}/u;
const SPACES = /^\s+$/;
const PROJECT_WORDS = new Set(['project', 'projet', 'programme', 'program', 'operation']);
/** Words that follow "Project" in job titles and documents, not names: "Project Manager", "Programme Office". */
const NOT_NAMES = new Set([
  'manager', 'management', 'lead', 'leader', 'owner', 'office', 'officer', 'director', 'directeur', 'directrice', 'coordinator',
  'team', 'plan', 'review', 'update', 'kickoff', 'status', 'charter', 'scope', 'board', 'sponsor', 'chef', 'management',
]);
/** `anyCase`: "le projet Mistral" also names one, where a sign says it is unannounced (see unannouncedName). */
function projectNameAt(text: string, tokens: WordList, index: number, anyCase = false): boolean {
  const previous = wordAt(tokens, index - 1);
  if (!previous || !PROJECT_WORDS.has(previous.folded) || (!anyCase && !STARTS_UPPER.test(text.slice(previous.start, previous.end)))) return false;
  const name = text.slice(tokens.starts[index] as number, tokens.ends[index] as number);
  return CAPITALISED.test(name) && !NOT_NAMES.has(foldedAt(tokens, index)) && SPACES.test(text.slice(previous.end, tokens.starts[index] as number));
}
// How far before an introducer its name may stand ("Project Falcon, the design docs are on <link>. Our internal codename").
const EARLIER_WORDS = 25;
/** The nearest name given earlier that an introducer without a name after it speaks of: a quoted name or "Project X". */
function namedEarlier(text: string, tokens: WordList, introStart: number): Word | undefined {
  const intro = firstAtOrAfter(tokens.starts, introStart);
  let sameSentence = intro < 1 || !SENTENCE_END.test(text.slice(tokens.ends[intro - 1] as number, introStart));
  for (let index = intro - 1; index >= Math.max(0, intro - EARLIER_WORDS); index -= 1) {
    // A quoted word further back than the sentence is a title or a quote ("J'ai lu « Sapiens ». Notre projet interne…").
    if ((sameSentence && quotedAt(text, tokens, index)) || projectNameAt(text, tokens, index)) return wordAt(tokens, index);
    if (sameSentence && SENTENCE_END.test(text.slice(tokens.ends[index - 1] ?? 0, tokens.starts[index] as number))) sameSentence = false;
  }
  return undefined;
}
// Verbs that give a name: the quoted word near "en interne", "internally" is a name only with one of them.
const NAMING_VERBS = new Set([
  'call', 'calls', 'called', 'calling', 'appeler', 'appelait', 'appelle', 'appelons', 'appellent', 'appele', 'appelee', 'surnomme', 'surnommee', 'nomme',
  'nommee', 'nommons', 'baptise', 'baptisee', 'baptisons', 'dubbed', 'nicknamed', 'nickname', 'surnom', 'surnommons', 'named', 'known', 'connu', 'connue', 'refer', 'refers',
]);
const QUOTED_NEAR = 6;
/** The quoted name near "en interne" or "internally", when a naming verb is near too ("what we call "Bluebird" internally"). */
function quotedNear(text: string, tokens: WordList, introStart: number): Word | undefined {
  const intro = firstAtOrAfter(tokens.starts, introStart);
  let named: number | undefined;
  let verb = false;
  for (let index = Math.max(0, intro - QUOTED_NEAR); index < Math.min(tokens.count, intro + QUOTED_NEAR + 2); index += 1) {
    if (NAMING_VERBS.has(foldedAt(tokens, index))) verb = true;
    else if (named === undefined && quotedAt(text, tokens, index)) named = index;
  }
  return verb && named !== undefined ? wordAt(tokens, named) : undefined;
}

const QUOTE_OR_BLANK = new Set(['»', '"', '”', '’', ' ', '\u00a0', '\t']);
/** A name of one to three capitalised words between quotes ending at token `last` ("« Goémon Noir »"), as one span. */
function quotedNameEndingAt(text: string, tokens: WordList, last: number): Word | undefined {
  const end = tokens.ends[last] as number;
  // Most words are followed by a letter, a comma or a plain space: a quote must come first or after a blank.
  if (!QUOTE_OR_BLANK.has(text.charAt(end)) || !CLOSING_QUOTE.test(text.slice(end, end + 3))) return undefined;
  for (let first = last; first > last - 3 && first >= 0; first -= 1) {
    const start = tokens.starts[first] as number;
    if (!CAPITALISED.test(text.slice(start, tokens.ends[first] as number))) return undefined;
    if (first < last && !/^[ \t]$/.test(text.slice(tokens.ends[first] as number, tokens.starts[first + 1] as number))) return undefined;
    if (OPENING_QUOTE.test(text.slice(Math.max(0, start - 3), start))) return { start, end, folded: foldedAt(tokens, first) };
  }
  return undefined;
}

/**
 * How many times each word (by its id in the word list) is written capitalised inside a sentence, not opening it nor
 * right after a colon: one pass over the draft, made when a sign first needs it.
 */
function capitalisedInSentence(text: string, tokens: WordList): Map<number, number> {
  const counts = new Map<number, number>();
  for (let index = 1; index < tokens.count; index += 1) {
    const start = tokens.starts[index] as number;
    if (!STARTS_UPPER.test(text.charAt(start))) continue;
    const gap = text.slice(tokens.ends[index - 1] as number, start);
    if (SENTENCE_END.test(gap) || COLON_END.test(gap)) continue;
    const id = tokens.ids[index] as number;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
const COLON_END = /:\s*$/;

/**
 * The name a sign of an unannounced launch speaks of, in its sentence: a quoted name or "Project X" before it, or the
 * capitalised word right before the sign ("Laugenstern isn't announced yet") when the draft also writes it capitalised
 * inside a sentence elsewhere, so a capital that only opens the sentence is no name.
 */
function unannouncedName(text: string, tokens: WordList, signStart: number, capitalised: () => Map<number, number>): Word | undefined {
  const sign = firstAtOrAfter(tokens.starts, signStart);
  for (let index = sign - 1; index >= Math.max(0, sign - EARLIER_WORDS); index -= 1) {
    const quoted = quotedNameEndingAt(text, tokens, index);
    if (quoted) return quoted;
    if (projectNameAt(text, tokens, index, true)) return wordAt(tokens, index);
    if (SENTENCE_END.test(text.slice(tokens.ends[index - 1] ?? 0, tokens.starts[index] as number))) break;
  }
  const subject = wordAt(tokens, sign - 1);
  if (!subject || !CAPITALISED.test(text.slice(subject.start, subject.end))) return undefined;
  const before = sign >= 2 ? text.slice(tokens.ends[sign - 2] as number, subject.start) : '\n';
  const itself = SENTENCE_END.test(before) || COLON_END.test(before) ? 0 : 1;
  return (capitalised().get(tokens.ids[sign - 1] as number) ?? 0) > itself ? subject : undefined;
}

/** Internal project codenames from the policy (plain or hashed), and names introduced as codenames. */
export const codename: CheckRule = {
  id: 'codename',
  category: 'codename',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [CAPITALISED, SENTENCE_END, COLON_END, OPEN_BRACKET_BEFORE, OPENING_QUOTE, CLOSING_QUOTE, STARTS_UPPER, SPACES, ...POLICY_NAME_PATTERNS],
  check(text, context) {
    const named = spanTextSubstitutions(text);
    const findings = policyNamesIn(text, context.policy.codenames, context.policy.hashSalt, true).map((match) =>
      finding(this, context, match, 'check_codename', named(match)),
    );
    const tokens = wordList(text);
    // Policy matches do not overlap each other, and a name is one token: an index of the spans taken
    // answers "overlaps a finding?" without walking every finding for each introducer.
    const { introducers, internally, unannounced } = INTRODUCERS(tokens);
    // Policy matches come in text order: nothing to merge without an introducer.
    if (introducers.length === 0 && internally.length === 0 && unannounced.length === 0) return findings;
    const taken = new DisjointSpans();
    for (const found of findings) taken.add(found);
    const given: Word[] = [];
    for (const intro of introducers) {
      const after = namedAfter(text, tokens, intro.end);
      // "Marie (nom de code : Falcon)": a name given inside the brackets is the one named, not the word before them.
      const inside = after !== undefined && !text.slice(intro.end, after.start).includes(')');
      const before = !inside && NAMES_BEFORE.has(intro.term) && OPEN_BRACKET_BEFORE.test(text.slice(Math.max(0, intro.start - 4), intro.start)) ? namedBefore(text, tokens, intro.start) : undefined;
      const next = before ?? after ?? namedEarlier(text, tokens, intro.start);
      if (next) given.push(next);
    }
    for (const intro of internally) {
      const next = quotedNear(text, tokens, intro.start);
      if (next) given.push(next);
    }
    if (unannounced.length > 0) {
      let capitalised: Map<number, number> | undefined;
      let clients: ReturnType<typeof policyNamesIn> | undefined;
      for (const sign of unannounced) {
        const next = unannouncedName(text, tokens, sign.start, () => (capitalised ??= capitalisedInSentence(text, tokens)));
        if (!next) continue;
        // A client the policy names is reported as a client, not as a code name ("Globex isn't public yet").
        clients ??= policyNamesIn(text, context.policy.clientNames, context.policy.hashSalt);
        if (!clients.some((client) => client.start < next.end && next.start < client.end)) given.push(next);
      }
    }
    for (const next of given) {
      const name = text.slice(next.start, next.end);
      if (taken.overlaps(next)) continue;
      taken.add(next);
      findings.push(finding(this, context, next, 'check_codename', [name]));
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
