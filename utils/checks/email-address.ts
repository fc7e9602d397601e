import { finding } from './lib/finding';
import { scan, withoutOverlaps } from './lib/scan';
import type { CheckRule } from './types';

// Local part anchored at its start by the lookbehind, so a long run without "@" is scanned once.
const PLAIN = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
// Obfuscated: "jean [at] corp.fr", "jean(at)corp(dot)fr", "jean {arobase} corp [point] fr", "jean[@]corp.fr".
const AT = String.raw`[ \t]?[\[({<][ \t]?(?:at|arobase|@|chez)[ \t]?[\])}>][ \t]?`;
const DOT = String.raw`(?:\.|[ \t]?[\[({<][ \t]?(?:dot|point|\.)[ \t]?[\])}>][ \t]?)`;
const OBFUSCATED = new RegExp(
  String.raw`(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}${AT}[A-Za-z0-9-]{1,63}(?:${DOT}[A-Za-z0-9-]{1,63}){1,6}`,
  'gi',
);
const TLD = /^[a-z]{2,24}$/i;

/** Personal email addresses, plain or obfuscated: spam and phishing harvest them from posts. */
export const emailAddress: CheckRule = {
  id: 'email-address',
  category: 'email',
  severity: 'medium',
  languages: ['fr', 'en'],
  patterns: [PLAIN, OBFUSCATED, TLD],
  check(text, context) {
    const candidates = [...scan(PLAIN, text), ...scan(OBFUSCATED, text)].filter((span) => {
      const labels = span.text.split(/[.\])}>\s]+/u).filter(Boolean);
      const tld = labels[labels.length - 1] ?? '';
      return TLD.test(tld) && span.text.length >= 6;
    });
    return withoutOverlaps(candidates).map((span) => {
      // Trailing "." of a sentence is not part of the address.
      const end = span.text.endsWith('.') ? span.end - 1 : span.end;
      return finding(this, context, { start: span.start, end }, 'check_email_address');
    });
  },
};
