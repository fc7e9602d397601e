import { createTermMatcher, matchTerms } from '../policy/match-terms';
import { words } from '../text/words';
import { finding } from './lib/finding';
import type { CheckRule } from './types';

// "codename Falcon", "nom de code : Orion", "code-named Atlas": a name introduced as a codename,
// even when the policy does not list it yet. Matched on words (linear), then the next word must be capitalised.
const INTRODUCERS = createTermMatcher([
  'codename', 'code name', 'code named', 'codenamed', 'nom de code', 'nom de projet interne', 'projet interne', 'internal project',
  'internal codename', 'projet secret', 'secret project',
]);
const CAPITALISED = /^\p{Lu}[\p{L}\p{N}]{1,30}$/u;

/** Internal project codenames from the policy (plain or hashed), and names introduced as codenames. */
export const codename: CheckRule = {
  id: 'codename',
  category: 'codename',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [CAPITALISED],
  check(text, context) {
    const findings = matchTerms(text, context.policy.codenames, context.policy.hashSalt).map((match) =>
      finding(this, context, match, 'check_codename', [text.slice(match.start, match.end)]),
    );
    const tokens = words(text);
    for (const intro of INTRODUCERS(tokens)) {
      const next = tokens.find((token) => token.start >= intro.end);
      if (!next || next.start - intro.end > 4) continue;
      const name = text.slice(next.start, next.end);
      if (!CAPITALISED.test(name)) continue;
      if (findings.some((other) => next.start < other.end && other.start < next.end)) continue;
      findings.push(finding(this, context, next, 'check_codename', [name]));
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};
