import { finding, removedPlaceholder } from './lib/finding';
import { scan } from './lib/scan';
import type { CheckRule, Finding } from './types';

// A credential keyword, optionally of a thing named in up to three words ("password for the demo
// tenant", "code d'accès du coffre partagé"), followed by ":" or "=" (or "is"/"est") and a value, or by
// the value alone after a space ("mot de passe Bienvenue2025!"); "is now", "est désormais", "becomes" say
// the same of a changed secret. The value must look like a secret (see
// looksLikeSecret; stricter without a separator), so "password manager", "mot de passe oublié" or
// "Password: use a manager" are not findings.
// The leading lookahead lists the first letters of the keywords (case-insensitively, as the rest): it
// skips most positions before the costlier lookbehind is tried. Same matches.
const ASSIGNMENT =
  /(?=[apsmcwtjd])(?<![\p{L}\p{N}_])((?:aws_)?secret_access_key|aws secret key|password|passwd|passphrase|pwd|pass|mot de passe|mot-de-passe|mdp|passe|code d'accès|code d’accès|code d'entrée|code d’entrée|digicode|code porte|door code|alarm code|code alarme|code wifi|code wi-fi|wifi password|pin|code pin|api[ _-]?key|clé d'api|clé api|clé d’api|secret key|client[ _]secret|access[ _]token|token|jeton)(?: (?:temporaire|provisoire|temporary|temp|initial|initiale|default|par défaut|new|nouveau|admin))?(?: (?:du|de la|des|de|of the|for the|for|of|pour le|pour la|pour) [\p{L}\p{N}'’-]{1,30}(?: (?!(?:is|est|c'est|c’est|a|has)[ \t])[\p{L}\p{N}'’-]{1,30}){0,2}){0,2}(?:,?[ \t]{0,3}(:|=|->|=>| is(?: now| still| set to)?| est(?: désormais| maintenant| toujours)?| c'est| c’est| becomes| devient| changed to| a changé[ \t]?:?| has changed[ \t]?:?)|(?=[ \t]))[ \t]{0,3}["'«“`]?[ \t]?([^\s"'»”`]{4,128})/giu;

// A shell or CI variable whose name ends in a credential word (CI_DEPLOY_TOKEN=…, DB_PASSWORD: …), given a
// value: the name says what the value is, whatever its format.
const ENV_ASSIGNMENT = /(?<![\w-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(TOKEN|SECRET|KEY|APIKEY|PASSWORD|PASSWD|PWD|PASS)[ \t]?[=:][ \t]?["']?([^\s"'`]{6,256})/g;

// Cheap gate before the big pattern: most drafts mention none of these.
const KEYWORD_GATE = /pass|pwd|mdp|pin|key|cl[eé]|secret|token|jeton|code|mot/i;
const COMMON_SHAPES = /^(?:https?:\/\/|www\.|#|@)/i;
const PASSWORD_KEYWORD = /^(?:password|passwd|passphrase|pwd|pass|passe|mot de passe|mot-de-passe|mdp|wifi password|code wifi|code wi-fi)$/i;
// "pass" and "passe" are also everyday words ("boarding pass AF1234", "passe en prod"): given without ":",
// their value must look typed as a password, with a password symbol or a capital inside (not a version's dot).
const EVERYDAY_KEYWORD = /^pass(?:e)?$/i;
const TYPED_AS_PASSWORD = /[!@#$%^&*?+=~_]|\p{Ll}\p{Lu}/u;
// Six characters or more, with a letter and a digit.
const BARE_VALUE = /^(?=.*\p{L})(?=.*\p{N})\S{6,}$/u;
// Prose: "changez-le", "aujourd'hui", "Oublié" (hyphens and apostrophes between letters, no inner capital).
const PROSE_WORD = /^\p{L}\p{Ll}*(?:[-'’]\p{L}+)*$/u;

/** True for values a person would type as a secret, not prose: digits or symbols mixed with letters. */
export function looksLikeSecret(value: string, keyword: string): boolean {
  const trimmed = value.replace(/[.,;:!?)]+$/u, '');
  if (trimmed.length < 4 || COMMON_SHAPES.test(trimmed) || PROSE_WORD.test(trimmed)) return false;
  const letters = /\p{L}/u.test(trimmed);
  const digits = /\p{N}/u.test(trimmed);
  const symbols = /[^\p{L}\p{N}]/u.test(trimmed);
  const innerUpper = /\p{Ll}\p{Lu}/u.test(trimmed);
  if (/^(?:pin|code pin)$/i.test(keyword)) return /^\d{4,8}$/.test(trimmed);
  if (/token|jeton|key|clé|secret/i.test(keyword)) return trimmed.length >= 12 && letters && digits;
  if (/^\d{4,}$/.test(trimmed)) return /code|pass|mdp|pwd/i.test(keyword);
  return (letters && (digits || symbols || innerUpper)) || (!letters && trimmed.length >= 6);
}

/** "password: hunter2", "mot de passe : Soleil2024!", "token=…": a secret given in clear. Fix: remove it. */
export const passwordAssignment: CheckRule = {
  id: 'password-assignment',
  category: 'secret',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [ASSIGNMENT, ENV_ASSIGNMENT, KEYWORD_GATE, COMMON_SHAPES, PROSE_WORD, PASSWORD_KEYWORD, EVERYDAY_KEYWORD, TYPED_AS_PASSWORD, BARE_VALUE],
  check(text, context) {
    const findings: Finding[] = [];
    if (!KEYWORD_GATE.test(text)) return findings;
    for (const span of scan(ASSIGNMENT, text)) {
      const keyword = span.groups[0] ?? '';
      const raw = span.groups[2] ?? '';
      const value = raw.replace(/[.,;:!?)]+$/u, '');
      if (!looksLikeSecret(value, keyword)) continue;
      // Without ":" or "is", only a password-like keyword and a value mixing letters and digits.
      if (span.groups[1] === undefined && !(PASSWORD_KEYWORD.test(keyword) && BARE_VALUE.test(value))) continue;
      if (span.groups[1] === undefined && EVERYDAY_KEYWORD.test(keyword) && !TYPED_AS_PASSWORD.test(value)) continue;
      const valueStart = span.start + span.text.lastIndexOf(raw);
      findings.push(
        finding(this, context, { start: valueStart, end: valueStart + value.length }, 'check_password_assignment', [], removedPlaceholder(context)),
      );
    }
    for (const span of scan(ENV_ASSIGNMENT, text)) {
      const value = (span.groups[1] ?? '').replace(/[.,;:!?)]+$/u, '');
      const keyword = /PASS|PWD/.test(span.groups[0] ?? '') ? 'password' : 'token';
      if (!looksLikeSecret(value, keyword)) continue;
      const valueStart = span.end - (span.groups[1] ?? '').length;
      findings.push(
        finding(this, context, { start: valueStart, end: valueStart + value.length }, 'check_password_assignment', [], removedPlaceholder(context)),
      );
    }
    return findings;
  },
};
