import { finding } from './lib/finding';
import { matchesAt, runStartBefore, scan } from './lib/scan';
import type { CheckRule } from './types';
import { isAsciiLetterOrDigit } from '../text/ascii-class';

// scheme://user:password@host — any scheme (https, mongodb+srv, postgres, redis, amqp, ftp…). The user
// may be empty: Redis gives a password alone as redis://:password@host.
const URL_CREDENTIALS = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/([^\s:/@]{0,128}):([^\s/@]{1,256})@[A-Za-z0-9.-]{1,253}/g;
// Key=value connection strings (ADO.NET, ODBC, JDBC properties).
const CONNECTION_PASSWORD = /(?<![A-Za-z0-9_])(?:Password|Pwd|PWD|password)=([^;\s'"]{3,128})/g;

// What every URL_CREDENTIALS match contains; starts at a literal ":", so it is a cheap test before the search.
const URL_CREDENTIALS_GATE = /:\/\/[^\s:/@]{0,128}:[^\s/@]{1,256}@/;
// URL_CREDENTIALS tried at one position: where the scheme before a "://" starts.
const URL_CREDENTIALS_AT = new RegExp(URL_CREDENTIALS.source, 'y');
const LONGEST_SCHEME = 21;
/** A character of a URL scheme ([A-Za-z0-9+.-]), by code. */
function isSchemeCharacter(code: number): boolean {
  return isAsciiLetterOrDigit(code) || code === 43 || code === 46 || code === 45;
}

/** The starts URL_CREDENTIALS can match at: the run of scheme characters before each "://" (its lookbehind allows no
 * other start). A scan tried every letter of the draft, 40 µs of a dense 3,000-character draft (2026-12-02). */
function* schemeStarts(text: string): Generator<number> {
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) yield runStartBefore(text, at, LONGEST_SCHEME, isSchemeCharacter);
}

// Vendors' default passwords and the meme's ("guest:guest" for RabbitMQ, "postgres" for PostgreSQL's images, "hunter2",
// fresh48, 2026-12-04) are everyone's, like a placeholder.
export const PLACEHOLDER = /^(?:\*+|x+|\.{3}|…|<[^>]*>|\{[^}]*\}|\$\{?[A-Za-z_]+\}?|password|motdepasse|mot_de_passe|mot-de-passe|pass|mdp|secret|changeme|your_?password|guest|postgres|hunter2|votre_?mot_?de_?passe|votre_?mdp|ton_?mot_?de_?passe)$/i;

const BASE64_VALUE = /^[A-Za-z0-9+/]{8,}={0,2}$/;
/** Whether a base64 value only encodes a placeholder ("Y2hhbmdlbWU=" is "changeme" in a Kubernetes manifest, fresh44). */
export function encodedPlaceholder(value: string): boolean {
  if (value.length % 4 !== 0 || !BASE64_VALUE.test(value)) return false;
  let decoded: string;
  try {
    decoded = atob(value);
  } catch {
    return false;
  }
  return PLACEHOLDER.test(decoded.trim());
}

/** Credentials embedded in URLs and connection strings. Fix: the URL with the password masked. */
export const credentialsInUrl: CheckRule = {
  id: 'credentials-in-url',
  category: 'secret',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [URL_CREDENTIALS, URL_CREDENTIALS_AT, CONNECTION_PASSWORD, PLACEHOLDER, BASE64_VALUE, URL_CREDENTIALS_GATE],
  check(text, context) {
    const hasUrl = text.includes('://') && URL_CREDENTIALS_GATE.test(text);
    // Every CONNECTION_PASSWORD match has "d=" or "D=" (Password=, Pwd=, PWD=): most drafts' "=" are in links.
    const hasEquals = text.includes('d=') || text.includes('D=');
    if (!hasUrl && !hasEquals) return [];
    const findings = [];
    for (const span of hasUrl ? matchesAt(URL_CREDENTIALS_AT, text, schemeStarts(text)) : []) {
      const password = span.groups[1] ?? '';
      if (PLACEHOLDER.test(password)) continue;
      const at = span.text.lastIndexOf('@');
      const colon = span.text.lastIndexOf(':', at);
      const fix = span.text.slice(0, colon + 1) + '****' + span.text.slice(at);
      findings.push(finding(this, context, span, 'check_credentials_in_url', [], fix));
    }
    for (const span of hasEquals ? scan(CONNECTION_PASSWORD, text) : []) {
      const password = span.groups[0] ?? '';
      if (PLACEHOLDER.test(password)) continue;
      const equals = span.text.indexOf('=');
      findings.push(finding(this, context, span, 'check_credentials_in_url', [], span.text.slice(0, equals + 1) + '****'));
    }
    return findings;
  },
};
