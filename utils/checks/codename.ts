import { firstAtOrAfter } from '../text/sorted-spans';
import { wordAt, wordList, type Word, type WordList } from '../text/words';
import { finding, spanTextSubstitutions } from './lib/finding';
import { policyNamesIn } from './lib/policy-names';
import { registerPhrases } from './lib/phrase-matcher';
import { DisjointSpans } from './lib/scan';
import type { CheckRule } from './types';

// "codename Falcon", "nom de code : Orion", "code-named Atlas": a name introduced as a codename,
// even when the policy does not list it yet. Matched on words (linear), then the next word must be capitalised.
const INTRODUCERS = registerPhrases({ introducers: [
  'codename', 'code name', 'code named', 'codenamed', 'nom de code', 'nom de projet interne', 'projet interne', 'internal project',
  'internal codename', 'projet secret', 'secret project',
] });
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
    if (SENTENCE_END.test(gap)) return undefined;
    const name = text.slice(token.start, token.end);
    if (!CAPITALISED.test(name)) continue;
    const previous = wordAt(tokens, index + offset - 1);
    if (offset === 0 || (previous && NAMING_WORDS.has(previous.folded)) || /[:«"“]/.test(gap)) return token;
  }
  return undefined;
}

/** Internal project codenames from the policy (plain or hashed), and names introduced as codenames. */
export const codename: CheckRule = {
  id: 'codename',
  category: 'codename',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [CAPITALISED, SENTENCE_END],
  check(text, context) {
    const named = spanTextSubstitutions(text);
    const findings = policyNamesIn(text, context.policy.codenames, context.policy.hashSalt).map((match) =>
      finding(this, context, match, 'check_codename', named(match)),
    );
    const tokens = wordList(text);
    // Policy matches do not overlap each other, and a name is one token: an index of the spans taken
    // answers "overlaps a finding?" without walking every finding for each introducer.
    const introducers = INTRODUCERS(tokens).introducers;
    // Policy matches come in text order: nothing to merge without an introducer.
    if (introducers.length === 0) return findings;
    const taken = new DisjointSpans();
    for (const found of findings) taken.add(found);
    for (const intro of introducers) {
      const next = namedAfter(text, tokens, intro.end);
      if (!next) continue;
      const name = text.slice(next.start, next.end);
      if (taken.overlaps(next)) continue;
      taken.add(next);
      findings.push(finding(this, context, next, 'check_codename', [name]));
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
