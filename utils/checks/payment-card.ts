import { EXAMPLE_WORDS, saidToBeExample } from './lib/example-words';
import { finding } from './lib/finding';
import { findIbans } from './lib/ibans';
import { scan } from './lib/scan';
import type { CheckRule } from './types';

// 13..19 digits, optionally grouped by single spaces or dashes; one digit per repetition: linear.
const CANDIDATE = /(?<![0-9A-Za-z.,])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])/g;
// Issuer prefixes (IIN ranges) of the networks in use: Visa, Mastercard, Amex, Discover, JCB, Diners, CB, UnionPay, Maestro.
const ISSUER = /^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6011|65|64[4-9]|35|62|5[06-8]|6[37]|6062|9792)/;
const SEPARATORS = /[ -]/g;
const GROUPED_SIXTEEN = /^[0-9]{4}([ -])[0-9]{4}\1[0-9]{4}\1[0-9]{4}(?=[ -])/;
// Other numbers that carry a Luhn check: a phone's IMEI, a French company's SIRET or SIREN; named just before.
// An identity card's number named so passes Luhn by chance too ("a CNIC, 35202-8836104-5", fresh41, 2026-12-04).
const LUHN_NUMBER_NAMED_BEFORE = /(?<![^\P{L}])(?:IMEI(?:SV)?|MEID|SIRET|SIREN|CNIC|NICOP|NIC|CNIE?|CIN|NIK|CCCD|Iqama|QID|national id(?:entity)?(?: card| number| no\.?)?|id card)(?![^\P{L}])[^0-9\n]{0,12}$/iu;

// The two letters and two check digits of an IBAN-shaped token just before ("DE63 3704 0044 …"): the digits
// after them are that account number (valid or not), not a card.
const IBAN_HEAD_BEFORE = /(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}[ -]{0,2}$/;
/**
 * Test numbers the payment processors publish in their documentation (Stripe, Adyen, Braintree, PayPal,
 * Visa, Mastercard): in a draft that says it is a test or documentation number they open no account. Given
 * as a real card ("the company card 4111 …"), they are still reported: people paste them as examples of real ones.
 */
const PUBLIC_TEST_NUMBERS = new Set([
  '4242424242424242', '4000056655665556', '4111111111111111', '4012888888881881', '4222222222222', '4000000000000002',
  '4000000000009995', '4000000000000077', '4000002500003155', '4000000000003220', '4000000000000010', '4917610000000000',
  '4988438843884305', '4035501000000008', '4444333322221111', '4001919257537193', '5555555555554444', '5200828282828210',
  '5105105105105100', '5454545454545454', '5425233430109903', '2223003122003222', '2222400070000005', '2223000048400011',
  '378282246310005', '371449635398431', '378734493671000', '374245455400126', '6011111111111117', '6011000990139424',
  '6011000400000000', '3056930009020004', '36227206271667', '30569309025904', '38520000023237', '3566002020360505',
  '3530111333300000', '6200000000000005', '6250941006528599', '6011981111111113', '6555900000604105', '4111111145551142',
  '5555341244441115', '370000000000002', '4166676667666746', '5577000055770004', '6703444444444449', '36006666333344',
  '4005519200000004', '4009348888881881', '4012000033330026', '4012000077777777', '4217651111111119', '4500600000000061',
  '6304000000000000', '4000111111111115', '4000002760003184', '4000003800000446', '4000008400001629',
]);
/** A made-up number as processors make their test ones: mostly zeros, or one four-digit group repeated (4242 4242 …). */
function madeUpNumber(digits: string): boolean {
  let zeros = 0;
  for (let index = 0; index < digits.length; index += 1) if (digits.charCodeAt(index) === 48) zeros += 1;
  if (zeros >= 9) return true;
  const group = digits.slice(0, 4);
  return digits.length === 16 && digits.slice(4, 8) === group && digits.slice(8, 12) === group;
}

/** ISSUER on the first digits of a candidate (-1 past its end): the same prefixes, by numbers. */
function knownIssuer(a: number, b: number, c: number, d: number): boolean {
  if (a === 4) return true;
  if (a === 5) return b >= 0 && b <= 8; // 5[1-5] and 5[06-8]
  if (a === 2) return b >= 2 && b <= 7;
  if (a === 3) return b === 0 || (b >= 4 && b <= 9); // 3[47], 3[0689], 35
  // 9792: Turkey's Troy (fresh60, 2026-12-04).
  if (a === 9) return b === 7 && c === 9 && d === 2;
  // 6062: Brazil's Hipercard (fresh57, 2026-12-04).
  if (a === 6) return (b === 0 && c === 1 && d === 1) || (b === 0 && c === 6 && d === 2) || b === 2 || b === 3 || b === 5 || b === 7 || (b === 4 && c >= 4);
  return false;
}

/**
 * Whether a number of digits is one its network issues: Mastercard (2-series, 51-55) only 16, Amex (34, 37) only 15, Visa
 * 13, 16 or 19. A 15-digit French social security number starting with 2 can pass Luhn; no Mastercard is 15 digits long.
 */
function issuerLength(a: number, b: number, count: number): boolean {
  if (a === 2 || (a === 5 && b >= 1 && b <= 5)) return count === 16;
  if (a === 3 && (b === 4 || b === 7)) return count === 15;
  if (a === 4) return count === 13 || count === 16 || count === 19;
  return true;
}

/**
 * Whether a candidate (digits with single spaces or dashes) is a card number: known issuer, 13..19
 * digits, Luhn, consistent separators, not one digit repeated. Read by char codes in two walks, with no
 * string built: a table of figures or a pasted run of digits has thousands of candidates, nearly all
 * rejected (the same tests as ISSUER and luhnValid on the digits, and not one digit repeated).
 */
/** How far around a published test number (about a paragraph) the words calling it one may stand. */
const TEST_NUMBER_REACH = 200;

function isCardNumber(candidate: string): boolean {
  const first = [-1, -1, -1, -1];
  let count = 0;
  let space = false;
  let dash = false;
  for (let index = 0; index < candidate.length; index += 1) {
    const code = candidate.charCodeAt(index);
    if (code === 32) space = true;
    else if (code === 45) dash = true;
    else if (count < 4) first[count++] = code - 48;
    else count += 1;
  }
  if (count < 13 || count > 19 || (space && dash)) return false;
  if (!knownIssuer(first[0] as number, first[1] as number, first[2] as number, first[3] as number)) return false;
  if (!issuerLength(first[0] as number, first[1] as number, count)) return false;
  let sum = 0;
  let double = false;
  let repeated = true;
  for (let index = candidate.length - 1; index >= 0; index -= 1) {
    const code = candidate.charCodeAt(index);
    if (code === 32 || code === 45) continue;
    let digit = code - 48;
    if (digit !== first[0]) repeated = false;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0 && !repeated;
}

/**
 * Payment card numbers: known issuer prefix, 13..19 digits and a valid Luhn check; not the digits after an
 * IBAN's head, nor a processor's public test number said to be one. Fix: masked number.
 */
export const paymentCard: CheckRule = {
  id: 'payment-card',
  category: 'card',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [CANDIDATE, ISSUER, SEPARATORS, GROUPED_SIXTEEN, LUHN_NUMBER_NAMED_BEFORE, IBAN_HEAD_BEFORE, EXAMPLE_WORDS],
  check(text, context) {
    const findings = [];
    // Digits of an IBAN's account number can pass Luhn by chance: inside a valid IBAN they are the IBAN.
    // Looked up only once a candidate passes every other test (most candidates of a table of figures fail).
    let ibans: readonly { start: number; end: number }[] | undefined;
    let next = 0; // both lists are sorted by start, and neither overlaps itself
    for (const found of scan(CANDIDATE, text)) {
      // A card printed in fours, then its expiry ("6011 5248 1864 1659 05/28", fresh56, 2026-12-04): the run takes the
      // month's digits too; the sixteen digits before them are the card.
      const head = isCardNumber(found.text) ? undefined : GROUPED_SIXTEEN.exec(found.text)?.[0];
      const span = head === undefined ? found : { ...found, end: found.start + head.length, text: head };
      if (!isCardNumber(span.text)) continue;
      if (LUHN_NUMBER_NAMED_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start))) continue;
      if (IBAN_HEAD_BEFORE.test(text.slice(Math.max(0, span.start - 8), span.start))) continue;
      const digits = span.text.replace(SEPARATORS, '');
      // Words saying it is a test or documentation number, near it.
      // A network's published test number is one anywhere its paragraph says so ("Why 4111 1111 1111 1111 passes every card
      // validator: … that's Visa's classic test number", fresh48, 2026-12-04); a made-up one only close by.
      if (PUBLIC_TEST_NUMBERS.has(digits) ? saidToBeExample(text, span, TEST_NUMBER_REACH) : madeUpNumber(digits) && saidToBeExample(text, span)) continue;
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
