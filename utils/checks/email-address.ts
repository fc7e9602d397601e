import { EXAMPLE_WORDS, saidToBeExample } from './lib/example-words';
import { finding } from './lib/finding';
import { matchesAt, MOST_ANCHORS, runStartBefore, scan, withoutOverlaps, type Span } from './lib/scan';
import type { CheckContext, CheckRule } from './types';
import { isAsciiLetterOrDigit } from '../text/ascii-class';

// Local part anchored at its start by the lookbehind, so a long run without "@" is scanned once.
// A space may sit on either side of "@" ("support @ example.fr", a half-hearted obfuscation): such a
// match must then look like a mailbox (see spacedMailbox).
const PLAIN = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}[ \t]?[@＠][ \t]?[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
// Obfuscated: "jean [at] corp.fr", "jean(at)corp(dot)fr", "jean {arobase} corp [point] fr", "jean[@]corp.fr".
const AT = String.raw`[ \t]?[\[({<][ \t]?(?:at|arobase|@|chez)[ \t]?[\])}>][ \t]?`;
const DOT = String.raw`(?:\.|[ \t]?[\[({<][ \t]?(?:dot|point|\.)[ \t]?[\])}>][ \t]?)`;
const OBFUSCATED = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}${AT}[A-Za-z0-9-]{1,63}(?:${DOT}[A-Za-z0-9-]{1,63}){1,6}`,
  'gi',
);
// Top-level domains a spelled-out address may end with: common generic ones ("dot app", "dot dev", fresh12, 2026-12-03)
// and the country codes of the markets we meet. Only these, so prose such as "look at this dot" is not an address.
const SPELLED_TLDS = String.raw`(?:com|fr|net|org|io|eu|de|co|uk|be|ch|ca|es|it|nl|app|dev|ai|info|biz|tech|shop|store|online|pro|us|at|lu|pt|pl|se|dk|no|fi|ie|ma|tn|sn|ci|dz|qc|quebec|paris|bzh)`;
// Spelled out without brackets: "jean dot dupont at acme dot com". Only with a common TLD, so prose
// such as "look at this dot" is not an address.
const SPELLED = new RegExp(String.raw`(?<![A-Za-z0-9._-])[A-Za-z0-9][A-Za-z0-9._-]{0,40}(?: (?:dot|point) [A-Za-z0-9-]{1,40}){0,2} (?:at|arobase|chez) [A-Za-z0-9-]{1,63}(?: (?:dot|point) [A-Za-z0-9-]{1,63}){0,3} (?:dot|point) ${SPELLED_TLDS}(?![A-Za-z0-9])`, 'gi');
const TLD = /^[a-z]{2,24}$/i;
// Cheap tests (each starts at a literal character) of what a match must contain, before the full scans.
const PLAIN_GATE = /[@＠][ \t]?[A-Za-z0-9-]{1,63}\./;
const OBFUSCATED_GATE = /[[({<][ \t]?(?:at|arobase|@|chez)[ \t]?[\])}>]/i;
const SPELLED_GATE = / (?:at|arobase|chez) /i;
// "publics arobase musee-constellations.be": the word "arobase" (French for @, never prose) before a dotted domain
// (fresh8, 2026-12-03). "at" alone is prose before a web address ("we are at acme.fr"); "arobase" is not.
const AROBASE = /(?<![A-Za-z0-9._-])[A-Za-z0-9][A-Za-z0-9._-]{0,40} arobase [A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.[A-Za-z]{2,24}(?![A-Za-z0-9])/gi;
const AROBASE_GATE = / arobase /i;
// "photos.lecteurs @ courrierduberry . fr": blanks around "@" and around a dot of the domain, an address spaced out on
// purpose (fresh11, 2026-12-03); at least one spaced dot, the plain pattern takes the rest.
const SPACED_OUT = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}[ \t][@＠][ \t][A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3}[ \t]\.[ \t]?[A-Za-z]{2,24}(?![A-Za-z0-9])/g;
const SPACED_OUT_GATE = /[ \t][@＠][ \t]/;
// "chez" is also everyday French ("stage chez Acme"): spelled with it, only a mailbox-like local part counts.
const MAILBOX_MARK = /[._\d-]/;
// Not mailboxes: image variants ("logo@2x.png"), files, and the domains reserved for examples (RFC 2606).
const FILE_EXTENSION = /^(?:png|jpe?g|gif|svg|webp|avif|pdf|js|ts|css|json|md|txt|zip)$/i;
const EXAMPLE_DOMAIN = /[.@＠](?:example\.(?:com|org|net)|[a-z0-9-]+\.(?:example|test|invalid|localhost|tld))$/i;
// The word "example" in other languages as a domain ("jean.dupont@exemple.fr", "max@beispiel.de", "ana@ejemplo.es"),
// example.* outside the reserved TLDs, and the generic "company.com" or "entreprise.fr": registered domains,
// so an address there is a template only when the draft calls it an example or a test value (secret-token and iban
// read documented examples the same way); without such words it is reported, as a made-up mailbox may be real.
const EXAMPLE_FAMILY_DOMAIN = /[.@＠](?:examples?|exemples?|ejemplos?|beispiel|esempio|voorbeeld|exemplo|exempel|eksempel|company|entreprise|soci[eé]t[eé])\.(?:[a-z]{2,6}|co\.[a-z]{2}|com\.[a-z]{2})$/i;
// Templates, not mailboxes: a local part made only of placeholder words ("firstname.lastname@",
// "prenom.nom@", "you@", "xxx@"), or a domain label that stands for the reader's own ("yourcompany.com",
// "votre-entreprise.fr", "your-domain.org", "domain.com"). Not "exemple.fr" alone: a real domain, unlike the
// reserved example.com (see EXAMPLE_FAMILY_DOMAIN).
const PLACEHOLDER_LOCAL_WORD = /^(?:(?:first|last|given|family|sur|full|user|your|my)?names?|first|last|noms?|pr[eé]noms?|initiale?s?|you|votre|user|utilisateur|x{1,4}|y{1,4}|z{1,4})$/i;
const PLACEHOLDER_DOMAIN_LABEL = /^(?:(?:your|votre|vos|my|ma|mon|notre|our)[-_]?(?:company|compagnie|domain|domaine|entreprise|soci[eé]t[eé]|org|organi[sz]ation|business|boite|site|employer|employeur|brand|marque|startup)s?|domain|domaine|x{3,})$/i;
const LOCAL_SEPARATORS = /[._+-]+/;
// One search of an address before it is split into words: without a placeholder word, it is no template (a pasted
// list of thousands of addresses, met cold, 2026-12-02). Per address, not over the draft: most drafts have one or two.
const PLACEHOLDER_HINT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${PLACEHOLDER_LOCAL_WORD.source.slice(1, -1)}|${PLACEHOLDER_DOMAIN_LABEL.source.slice(1, -1)})(?![\p{L}\p{N}])`,
  'iu',
);

/** Whether a plain address is a template people are shown how to write, not someone's mailbox. */
function placeholderAddress(address: string): boolean {
  const at = Math.max(address.indexOf('@'), address.indexOf('＠'));
  const words = address.slice(0, at).trim().split(LOCAL_SEPARATORS).filter(Boolean);
  // Initials may stand beside the placeholder words ("p.nom@", "f.lastname@"), not alone. Not "jane.doe": people
  // write it for a real colleague as often as for a template.
  if (words.some((word) => PLACEHOLDER_LOCAL_WORD.test(word)) && words.every((word) => word.length === 1 || PLACEHOLDER_LOCAL_WORD.test(word))) return true;
  const labels = address.slice(at + 1).trim().split('.');
  return labels.slice(0, -1).some((label) => PLACEHOLDER_DOMAIN_LABEL.test(label));
}

// The public reporting mailbox of an outside organisation ("transféré à reportphishing@apwg.org", "forward it to
// spam@uce.gov"): an anti-abuse address published for everyone to write to, named as where the author forwards or
// reports something. Not the company's own (an internal domain, the company named in the policy's disclosure, or
// "our"/"notre" just before): those are team mailboxes and stay reported, like any role address ("alternance@acme.fr").
const REPORTING_LOCAL = /^(?:report[-_.]?)?(?:phishing|phish|spam|abuse)(?:[-_.]?reports?)?$/i;
// Or a plain "report" mailbox on a reporting service's own host ("report@phishing.gov.uk", "report@spam.example.org").
const REPORT_LOCAL = /^(?:report|reports|reporting|signalement)$/i;
const FORWARDED_TO_BEFORE = /(?<![^\P{L}])(?:transf[ée]r[ée]e?s?|transf[ée]rez|forward(?:ed|s)?|report(?:ed|s)?|signal[ée]e?s?|signalez|envoy[ée]e?s?|sent|send)(?![^\P{L}])[^.!?\n@]{0,25}$/iu;
const OURS_BEFORE = /(?<![^\P{L}])(?:our|notre|nos)(?![^\P{L}])[^.!?\n@]{0,15}$/iu;

/** Whether a plain address is an outside organisation's public reporting mailbox the draft forwards or reports to. */
function outsideReportingMailbox(text: string, span: { start: number; text: string }, context: CheckContext): boolean {
  const at = span.text.indexOf('@');
  if (at < 0) return false;
  const local = span.text.slice(0, at);
  const domain = span.text.slice(at + 1).toLowerCase().replace(/\.$/, '');
  if (!REPORTING_LOCAL.test(local) && !(REPORT_LOCAL.test(local) && domain.split('.').slice(0, -2).some((label) => REPORTING_LOCAL.test(label)))) return false;
  if (context.policy.internalDomains.some((internal) => { const clean = internal.toLowerCase(); return domain === clean || domain.endsWith('.' + clean); })) return false;
  const labels = domain.split('.');
  const name = labels[labels.length - 2] ?? '';
  if (name.length > 2 && context.policy.disclosure?.toLowerCase().includes(name)) return false;
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  return FORWARDED_TO_BEFORE.test(before) && !OURS_BEFORE.test(before);
}

// "git@github.com:team/repo.git": an SSH remote, its user is "git" for everyone; "deploy@build01:/srv/", "me@host:~/": a login in scp syntax (internal-url reports its host).
const SSH_REMOTE_AFTER = /^:[A-Za-z0-9~_/]/;
const SPELLED_TLD_GATE = new RegExp(String.raw` (?:dot|point) ${SPELLED_TLDS}(?![A-Za-z0-9])`, 'i');
/** Prose words that "X at Y dot com" can start or point at ("look at this dot com"). */
const PROSE = new Set(['to', 'and', 'et', 'from', 'with', 'avec', 'by', 'par', 'for', 'pour', 'of', 'de', 'cc', 'via', 'ou', 'or', 'you', 'find', 'join', 'meet', 'thanks', 'thank', 'merci', 'bravo', 'hello', 'hi', 'bonjour', 'salut', 'nous', 'vous', 'moi', 'rendez-vous', 'rdv', 'live', 'tickets', 'ticket', 'look', 'looking', 'me', 'us', 'meet', 'see', 'it', 'this', 'that', 'the', 'them', 'him', 'her', 'arrive', 'arrived', 'work', 'home', 'noon', 'night', 'stare', 'staring', 'laugh', 'good', 'great', 'best', 'here', 'there', 'one', 'all', 'is', 'are', 'be', 'was']);

const LOWER_MAILBOX = /^[a-z0-9][a-z0-9._%+-]*$/;
const LOWER_DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

/** "support @ example.fr": with a space around "@", only a lower-case mailbox that is not a prose word counts. */
function spacedMailbox(match: string): boolean {
  const at = Math.max(match.indexOf('@'), match.indexOf('＠'));
  const local = match.slice(0, at).trim();
  const domain = match.slice(at + 1).trim().replace(/\.$/, '');
  return LOWER_MAILBOX.test(local) && LOWER_DOMAIN.test(domain) && !PROSE.has(local);
}

// PLAIN and OBFUSCATED tried at one position. Every match holds one "@" (or one bracketed "at"), and its lookbehind lets
// it start only where the run of local-part characters before it does: they are tried there, not at every word of the
// draft (the two scans were about 100 µs of a dense 3,000-character draft, 2026-12-02).
const PLAIN_AT = new RegExp(PLAIN.source, 'y');
const OBFUSCATED_AT = new RegExp(OBFUSCATED.source, 'iy');
const OBFUSCATED_MARK = new RegExp(OBFUSCATED_GATE.source, 'gi');
const LONGEST_LOCAL_PART = 64;
/** A character of a local part ([A-Za-z0-9._%+-]), by code. */
function isLocalCharacter(code: number): boolean {
  return isAsciiLetterOrDigit(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45;
}
/** Where an address whose "@" (or bracketed "at") stands at `at` can start: one space or tab back, then its local part. */
function localPartStart(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return runStartBefore(text, code === 32 || code === 9 ? at - 1 : at, LONGEST_LOCAL_PART, isLocalCharacter);
}
/** Where plain addresses can start, ascending; undefined past MOST_ANCHORS "@" (then a scan is cheaper). */
function plainStarts(text: string): number[] | undefined {
  const starts: number[] = [];
  let ascii = text.indexOf('@');
  let wide = text.indexOf('＠');
  while (ascii >= 0 || wide >= 0) {
    if (starts.length === MOST_ANCHORS) return undefined;
    const at = wide < 0 || (ascii >= 0 && ascii < wide) ? ascii : wide;
    starts.push(localPartStart(text, at));
    if (at === ascii) ascii = text.indexOf('@', at + 1);
    else wide = text.indexOf('＠', at + 1);
  }
  return starts;
}
/** Where bracketed addresses can start, ascending; undefined past MOST_ANCHORS bracketed "at" (counted without
 * collecting them all: a paste of thousands would be walked twice). */
function obfuscatedStarts(text: string): number[] | undefined {
  const starts: number[] = [];
  OBFUSCATED_MARK.lastIndex = 0;
  try {
    for (let mark = OBFUSCATED_MARK.exec(text); mark; mark = OBFUSCATED_MARK.exec(text)) {
      if (starts.length === MOST_ANCHORS) return undefined;
      starts.push(localPartStart(text, mark.index));
    }
  } finally {
    OBFUSCATED_MARK.lastIndex = 0;
  }
  return starts;
}
function plainAddresses(text: string): Span[] {
  const starts = plainStarts(text);
  return starts ? matchesAt(PLAIN_AT, text, starts) : scan(PLAIN, text);
}
function obfuscatedAddresses(text: string): Span[] {
  const starts = obfuscatedStarts(text);
  return starts ? matchesAt(OBFUSCATED_AT, text, starts) : scan(OBFUSCATED, text);
}

/** Whether the match's "@" is the user:password@host part of a URL (credentials-in-url reports it as a secret). */
function inUrlUserinfo(text: string, start: number): boolean {
  let from = start;
  while (from > 0 && start - from < 300 && !/\s/.test(text.charAt(from - 1))) from -= 1;
  return text.slice(from, start).includes('://');
}

/** Personal email addresses, plain or obfuscated: spam and phishing harvest them from posts. */
export const emailAddress: CheckRule = {
  id: 'email-address',
  category: 'email',
  severity: 'medium',
  languages: ['fr', 'en'],
  patterns: [PLAIN, OBFUSCATED, PLAIN_AT, OBFUSCATED_AT, OBFUSCATED_MARK, SPELLED, TLD, PLAIN_GATE, OBFUSCATED_GATE, SPELLED_GATE, SPELLED_TLD_GATE, AROBASE, AROBASE_GATE, SPACED_OUT, SPACED_OUT_GATE, MAILBOX_MARK, FILE_EXTENSION, EXAMPLE_DOMAIN, EXAMPLE_FAMILY_DOMAIN, EXAMPLE_WORDS, PLACEHOLDER_LOCAL_WORD, PLACEHOLDER_DOMAIN_LABEL, LOCAL_SEPARATORS, PLACEHOLDER_HINT, SSH_REMOTE_AFTER, LOWER_MAILBOX, LOWER_DOMAIN, REPORTING_LOCAL, REPORT_LOCAL, FORWARDED_TO_BEFORE, OURS_BEFORE],
  check(text, context) {
    const hasAt = (text.includes('@') || text.includes('＠')) && PLAIN_GATE.test(text);
    const hasBracket = /[[({<]/.test(text) && OBFUSCATED_GATE.test(text);
    // Per candidate work is kept to string searches: a pasted list of addresses has thousands.
    const hasScheme = text.includes('://');
    const plainSpans = hasAt ? plainAddresses(text) : [];
    // A few addresses are each searched for a placeholder word; a pasted list is searched once as a whole first.
    const mayHavePlaceholder = plainSpans.length <= 8 || PLACEHOLDER_HINT.test(text);
    const plain = plainSpans.filter((span) => {
      const spaced = span.text.includes(' ') || span.text.includes('\t');
      if (spaced ? !spacedMailbox(span.text) : false) return false;
      if (hasScheme && inUrlUserinfo(text, span.start)) return false;
      // "@lea@mastodon.social": a fediverse handle (an "@" right before the name), an account on a public server, not a
      // mailbox (fresh13, 2026-12-03).
      if (span.start > 0 && (text.charCodeAt(span.start - 1) === 64 || text.charCodeAt(span.start - 1) === 0xff20)) return false;
      // PLAIN ends on a label: its TLD is what follows the last dot.
      const tld = span.text.slice(span.text.lastIndexOf('.') + 1);
      if (FILE_EXTENSION.test(tld) || EXAMPLE_DOMAIN.test(span.text) || SSH_REMOTE_AFTER.test(text.slice(span.end, span.end + 2))) return false;
      if (span.text.length < 6 || !TLD.test(tld)) return false;
      if (EXAMPLE_FAMILY_DOMAIN.test(span.text) && saidToBeExample(text, span)) return false;
      if (outsideReportingMailbox(text, span, context)) return false;
      return !(mayHavePlaceholder && PLACEHOLDER_HINT.test(span.text) && placeholderAddress(span.text));
    });
    const obfuscated = (hasBracket ? obfuscatedAddresses(text) : []).filter((span) => {
      const labels = span.text.split(/[.\])}>\s]+/u).filter(Boolean);
      const tld = labels[labels.length - 1] ?? '';
      return TLD.test(tld) && span.text.length >= 6;
    });
    const candidates = [
      ...plain,
      ...obfuscated,
      ...(AROBASE_GATE.test(text) ? scan(AROBASE, text) : []),
      ...(SPACED_OUT_GATE.test(text) ? scan(SPACED_OUT, text) : []),
    ];
    candidates.push(
      ...(SPELLED_GATE.test(text) && SPELLED_TLD_GATE.test(text) ? scan(SPELLED, text) : []).filter((span) => {
        const parts = span.text.toLowerCase().split(/ (?:at|arobase|chez) /);
        const local = parts[0] ?? '';
        const domain = (parts[1] ?? '').split(' ')[0] ?? '';
        if (/ chez /i.test(span.text) && !MAILBOX_MARK.test(local)) return false;
        return !PROSE.has(local) && !PROSE.has(domain);
      }),
    );
    return withoutOverlaps(candidates).map((span) => {
      // Trailing "." of a sentence is not part of the address.
      const end = span.text.endsWith('.') ? span.end - 1 : span.end;
      return finding(this, context, { start: span.start, end }, 'check_email_address');
    });
  },
};
