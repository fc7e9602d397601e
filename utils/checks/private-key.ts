import { finding, removedPlaceholder } from './lib/finding';
import { scan } from './lib/scan';
import type { CheckRule } from './types';

const BEGIN = /-----BEGIN [A-Z0-9 ]{0,30}PRIVATE KEY(?: BLOCK)?-----/g;
const PUTTY = /PuTTY-User-Key-File-\d: /g;
const END_MARKER = /-----END [A-Z0-9 ]{0,30}PRIVATE KEY(?: BLOCK)?-----/g;
// A key's material: base64 (lines of 64 characters in a PEM, 16 are enough to tell). Without any, the header is only named ("If your scanner only
// looks for "-----BEGIN RSA PRIVATE KEY-----", it misses OpenSSH keys", fresh48, 2026-12-04).
const KEY_MATERIAL = /[A-Za-z0-9+/=]{16}/;

/** PEM / OpenSSH / PGP private keys, and PuTTY key files: the span runs to the END line when present. */
export const privateKey: CheckRule = {
  id: 'private-key',
  category: 'secret',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [BEGIN, PUTTY, END_MARKER, KEY_MATERIAL],
  check(text, context) {
    const findings = [];
    let after = 0;
    for (const begin of [...scan(BEGIN, text), ...scan(PUTTY, text)].sort((a, b) => a.start - b.start)) {
      if (begin.start < after) continue;
      END_MARKER.lastIndex = begin.end;
      const end = END_MARKER.exec(text);
      END_MARKER.lastIndex = 0;
      let stop = end ? end.index + end[0].length : text.indexOf('\n\n', begin.end);
      if (stop < 0) stop = text.length;
      after = stop;
      if (!KEY_MATERIAL.test(text.slice(begin.end, stop))) continue;
      findings.push(finding(this, context, { start: begin.start, end: stop }, 'check_private_key', [], removedPlaceholder(context)));
    }
    return findings;
  },
};
