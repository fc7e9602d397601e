import { finding } from './lib/finding';
import { scan } from './lib/scan';
import type { CheckRule } from './types';

// scheme://user:password@host — any scheme (https, mongodb+srv, postgres, redis, amqp, ftp…). The user
// may be empty: Redis gives a password alone as redis://:password@host.
const URL_CREDENTIALS = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/([^\s:/@]{0,128}):([^\s/@]{1,256})@[A-Za-z0-9.-]{1,253}/g;
// Key=value connection strings (ADO.NET, ODBC, JDBC properties).
const CONNECTION_PASSWORD = /(?<![A-Za-z0-9_])(?:Password|Pwd|PWD|password)=([^;\s'"]{3,128})/g;

// What every URL_CREDENTIALS match contains; starts at a literal ":", so it is a cheap test before the
// full scan, which tries every word of the draft.
const URL_CREDENTIALS_GATE = /:\/\/[^\s:/@]{0,128}:[^\s/@]{1,256}@/;

export const PLACEHOLDER = /^(?:\*+|x+|\.{3}|…|<[^>]*>|\{[^}]*\}|\$\{?[A-Za-z_]+\}?|password|motdepasse|pass|mdp|secret|changeme|your_?password)$/i;

/** Credentials embedded in URLs and connection strings. Fix: the URL with the password masked. */
export const credentialsInUrl: CheckRule = {
  id: 'credentials-in-url',
  category: 'secret',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [URL_CREDENTIALS, CONNECTION_PASSWORD, PLACEHOLDER, URL_CREDENTIALS_GATE],
  check(text, context) {
    const hasUrl = text.includes('://') && URL_CREDENTIALS_GATE.test(text);
    const hasEquals = text.includes('=');
    if (!hasUrl && !hasEquals) return [];
    const findings = [];
    for (const span of hasUrl ? scan(URL_CREDENTIALS, text) : []) {
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
