import { finding, removedPlaceholder } from './lib/finding';
import { scan } from './lib/scan';
import type { CheckRule } from './types';

const BEGIN = /-----BEGIN [A-Z0-9 ]{0,30}PRIVATE KEY(?: BLOCK)?-----/g;
const PUTTY = /PuTTY-User-Key-File-\d: /g;
const END_MARKER = /-----END [A-Z0-9 ]{0,30}PRIVATE KEY(?: BLOCK)?-----/g;

/** PEM / OpenSSH / PGP private keys, and PuTTY key files: the span runs to the END line when present. */
export const privateKey: CheckRule = {
  id: 'private-key',
  category: 'secret',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [BEGIN, PUTTY, END_MARKER],
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
      findings.push(finding(this, context, { start: begin.start, end: stop }, 'check_private_key', [], removedPlaceholder(context)));
    }
    return findings;
  },
};
