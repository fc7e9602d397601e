import { luhnValid } from './lib/checksums';
import { finding } from './lib/finding';
import { findIbans } from './lib/ibans';
import { scan } from './lib/scan';
import type { CheckRule } from './types';

// 13..19 digits, optionally grouped by single spaces or dashes; one digit per repetition: linear.
const CANDIDATE = /(?<![0-9A-Za-z.,])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])/g;
// Issuer prefixes (IIN ranges) of the networks in use: Visa, Mastercard, Amex, Discover, JCB, Diners, CB, UnionPay, Maestro.
const ISSUER = /^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6011|65|64[4-9]|35|62|5[06-8]|6[37])/;

/** Payment card numbers: known issuer prefix, 13..19 digits and a valid Luhn check. Fix: masked number. */
export const paymentCard: CheckRule = {
  id: 'payment-card',
  category: 'card',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [CANDIDATE, ISSUER],
  check(text, context) {
    const findings = [];
    const candidates = scan(CANDIDATE, text);
    // Digits of an IBAN's account number can pass Luhn by chance: inside a valid IBAN they are the IBAN.
    const ibans = candidates.length > 0 ? findIbans(text) : [];
    let next = 0; // both lists are sorted by start, and neither overlaps itself
    for (const span of candidates) {
      while (next < ibans.length && (ibans[next] as { end: number }).end <= span.start) next += 1;
      const around = ibans[next];
      if (around && around.start <= span.start && span.end <= around.end) continue;
      const digits = span.text.replace(/[ -]/g, '');
      if (digits.length < 13 || digits.length > 19) continue;
      if (!ISSUER.test(digits) || !luhnValid(digits)) continue;
      // Grouped numbers are written in consistent groups (4-4-4-4, 4-6-5); a mix of separators is a list of figures.
      if (/ /.test(span.text) && /-/.test(span.text)) continue;
      if (/^(\d)\1+$/.test(digits)) continue;
      const masked = '•••• ' + digits.slice(-4);
      findings.push(finding(this, context, span, 'check_payment_card', [digits.slice(-4)], masked));
    }
    return findings;
  },
};
