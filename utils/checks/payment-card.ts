import { luhnValid } from './lib/checksums';
import { finding } from './lib/finding';
import { findIbans } from './lib/ibans';
import { scan } from './lib/scan';
import type { CheckRule } from './types';

// 13..19 digits, optionally grouped by single spaces or dashes; one digit per repetition: linear.
const CANDIDATE = /(?<![0-9A-Za-z.,])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])/g;
// Issuer prefixes (IIN ranges) of the networks in use: Visa, Mastercard, Amex, Discover, JCB, Diners, CB, UnionPay, Maestro.
const ISSUER = /^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6011|65|64[4-9]|35|62|5[06-8]|6[37])/;
// The first two digits of an issuer prefix (a separator may sit between them: "4 111…" is rare but allowed).
const ISSUER_START = /^(?:4|5[0-8]|2[2-7]|3[0-9]|6[0-9])/;
const SEPARATORS = /[ -]/g;
const REPEATED = /^(\d)\1+$/;

/** Payment card numbers: known issuer prefix, 13..19 digits and a valid Luhn check. Fix: masked number. */
export const paymentCard: CheckRule = {
  id: 'payment-card',
  category: 'card',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [CANDIDATE, ISSUER, ISSUER_START, SEPARATORS, REPEATED],
  check(text, context) {
    const findings = [];
    // Digits of an IBAN's account number can pass Luhn by chance: inside a valid IBAN they are the IBAN.
    // Looked up only once a candidate passes every other test (most candidates of a table of figures fail).
    let ibans: readonly { start: number; end: number }[] | undefined;
    let next = 0; // both lists are sorted by start, and neither overlaps itself
    for (const span of scan(CANDIDATE, text)) {
      // Issuer first, on the first two digits: cheaper than building the digit string of every candidate.
      if (!ISSUER_START.test(span.text.slice(0, 2)) && !ISSUER_START.test(span.text.slice(0, 1) + span.text.charAt(2))) continue;
      const digits = span.text.replace(SEPARATORS, '');
      if (digits.length < 13 || digits.length > 19) continue;
      if (!ISSUER.test(digits) || !luhnValid(digits)) continue;
      // Grouped numbers are written in consistent groups (4-4-4-4, 4-6-5); a mix of separators is a list of figures.
      if (span.text.includes(' ') && span.text.includes('-')) continue;
      if (REPEATED.test(digits)) continue;
      ibans ??= findIbans(text);
      while (next < ibans.length && (ibans[next] as { end: number }).end <= span.start) next += 1;
      const around = ibans[next];
      if (around && around.start <= span.start && span.end <= around.end) continue;
      const masked = '•••• ' + digits.slice(-4);
      findings.push(finding(this, context, span, 'check_payment_card', [digits.slice(-4)], masked));
    }
    return findings;
  },
};
