import { IBAN_SHAPE } from './lib/checksums';
import { EXAMPLE_WORDS, saidToBeExample } from './lib/example-words';
import { finding } from './lib/finding';
import { findIbans, IBAN_CANDIDATE, IBAN_GATE, SAID_INVALID } from './lib/ibans';
import { scan } from './lib/scan';
import type { CheckRule } from './types';

// A French RIB as printed on a relevé d'identité bancaire: bank (5), branch (5), account (11, letters
// allowed), key (2), spaced; its key (97 - (89 bank + 15 branch + 3 account) mod 97) keeps other figures out.
const RIB = /(?<![0-9A-Za-z])([0-9]{5}) ([0-9]{5}) ([0-9A-Za-z]{11}) ([0-9]{2})(?![0-9A-Za-z])/g;
const RIB_GATE = /[0-9]{5} [0-9]{5} /;
// A British sort code and account number ("sort code 40-05-15, account 12345678"): named, as people give them.
const SORT_CODE = /(?<![^\P{L}])sort[ -]?code:?[ \t]{0,3}([0-9]{2}[- ]?[0-9]{2}[- ]?[0-9]{2})[^0-9\n]{0,30}?(?<![0-9])([0-9]{8})(?![0-9])/giu;
const SORT_CODE_GATE = /sort[ -]?code/i;
// The same for Australia and New Zealand, whose accounts have no IBAN (fresh54, 2026-12-04): a BSB and its account number
// ("BSB 084-032   Acc 56 781 2349"), and New Zealand's bank-branch-account-suffix written with its dashes after a word for an
// account or a bank ("Account: 12-3140-0821402-00").
const BSB = /(?<![^\P{L}])BSB:?[ \t]{0,3}([0-9]{3}[- ]?[0-9]{3})[^0-9]{0,30}?(?<![0-9])([0-9]{2,4}(?: ?[0-9]{2,4}){1,3})(?![0-9])/gu;
const BSB_GATE = /BSB/;
const NZ_ACCOUNT = /(?<![0-9-])[0-9]{2}-[0-9]{4}-[0-9]{7}-[0-9]{2,3}(?![0-9-])/g;
const NZ_ACCOUNT_GATE = /[0-9]{2}-[0-9]{4}-[0-9]{7}-/;
// An American routing number (its 3-7-1 check) with an account number beside it, either order ("ABA 021389797, account
// 4410073825", "beneficiary account 7730021947 at routing 031068396", fresh64, 2026-12-04): a routing number alone is a
// bank's public code.
const ROUTING = /(?<![^\P{L}])(?:ABA|RTN|routing(?:[ \t]+(?:number|no\.?|#))?)[ \t:#]{0,3}([0-9]{9})(?![0-9])/giu;
const ROUTING_GATE = /(?<![A-Za-z])(?:ABA|RTN)(?![A-Za-z])|routing/i;
const ACCOUNT_NUMBER_NEAR = /(?<![^\P{L}])(?:account|acct|acc)(?:[ \t]+(?:number|no\.?|#))?[ \t:#]{0,3}([0-9]{4,17})(?![0-9])/giu;
// A shape shown ("NZ bank account numbers look like 12-3456-7890123-00 — bank, branch, account, suffix", fresh54).
const SHAPE_SHOWN_BEFORE = /(?:looks? like|ressemblen?t? [àa]|format|such as|e\.g\.|par exemple|for example)[ \t:]*$/iu;
const ACCOUNT_WORD_BEFORE = /(?<![^\P{L}])(?:accounts?|acct?|compte|bank|banque|nzd|kiwibank|asb|anz|bnz|westpac)(?![^\P{L}])[^\n]{0,24}$/iu;

/**
 * IBANs published as examples: the ISO 13616 registry's and Wikipedia's one per country, the ECBS and national
 * banks' specimens, the payment processors' test accounts. In a draft that calls one an example or a test value
 * ("l'IBAN d'exemple", "in every test fixture") it opens no account; given as a real one (a fraud drill, "our
 * new details"), it is still reported, as people paste them for real ones.
 */
const PUBLISHED_EXAMPLE_IBANS = new Set([
  'DE89370400440532013000', 'GB29NWBK60161331926819', 'GB82WEST12345698765432', 'GB33BUKB20201555555555', 'GB94BARC10201530093459',
  'GB26MIDL40051512345674', 'GB15MIDL40051512345678', 'FR1420041010050500013M02606', 'FR7630006000011234567890189', 'FR7630001007941234567890185',
  'NL91ABNA0417164300', 'NL02ABNA0123456789', 'NL20INGB0001234567', 'NL39RABO0300065264', 'BE68539007547034', 'BE71096123456769',
  'BE62510007547061', 'CH9300762011623852957', 'CH5604835012345678009', 'ES9121000418450200051332', 'ES7921000813610123456789',
  'ES0700120345030000067890', 'IT60X0542811101000000123456', 'IT40S0542811101000000123456', 'AT611904300234573201', 'AT483200000012345864',
  'LU280019400644750000', 'LU120010001234567891', 'DK5000400440116243', 'FI2112345600000785', 'NO9386011117947', 'SE4550000000058398257466',
  'SE3550000000054910000003', 'PL61109010140000071219812874', 'PL27114020040000300201355387', 'PT50000201231234567890154',
  'IE29AIBK93115212345678', 'MC5811222000010123456789030', 'DE02120300000000202051', 'DE75512108001245126199', 'DE12500105170648489890',
  'DE91100000000123456789', 'EE382200221020145685', 'CZ6508000000192000145399', 'HU42117730161111101800000000', 'GR1601101250000000012300695',
  'HR1210010051863000160', 'RO49AAAA1B31007593840000', 'SK3112000000198742637541', 'SI56263300012039086', 'BG80BNBG96611020345678',
  'CY17002001280000001200527600', 'MT84MALT011000012345MTLCAST001S', 'IS140159260076545510730339', 'LI21088100002324013AA',
  'SM86U0322509800000000270100', 'TR330006100519786457841326', 'MA64011519000001205000534921', 'TN5910006035183598478831',
  'LV80BANK0000435195001', 'LT121000011101001000',
  // The registry's examples for further countries (fresh41, 2026-12-04: Pakistan's, Saudi Arabia's and Mauritius' pasted as
  // "the sample IBAN", "the registry's format example", "l'exemple officiel du registre").
  'PK36SCBL0000001123456702', 'SA0380000000608010167519', 'MU17BOMM0101101030300200000MUR', 'AE070331234567890123456',
  'QA58DOHB00001234567890ABCDEFG', 'KW81CBKU0000000000001234560101', 'JO94CBJO0010000000000131000302', 'EG380019000500000000263180002',
  'IL620108000000099999999', 'UA213223130000026007233566001', 'BR1800360305000010009795493C1', 'XK051212012345678906',
  'GE29NB0000000101904917', 'AZ21NABZ00000000137010001944', 'BH67BMAG00001299123456', 'KZ86125KZT5004100100',
  'LB62099900000001001901229114', 'AL47212110090000000235698741', 'RS35260005601001611379', 'BA391290079401028494',
  'MK07250120000058984', 'ME25505000012345678951', 'MD24AG000225100013104168', 'CR05015202001026284066',
  // West and Central Africa's and the Maghreb's ("the ISO registry lists CI93 CI00 8011 … as the sample Ivorian IBAN", fresh100,
  // 2026-12-05).
  'CI93CI0080111301134291200589', 'SN08SN0100152000048500003035', 'CM2110002000300277976315008', 'BJ66BJ0610100100144390000769',
  'BF42BF0840101300463574000390', 'ML13ML0160120102600100668497', 'TG53TG0090604310346500400070', 'NE58NE0380100100130305000268',
  'MG4600005030071289421016045', 'DZ580002100001113000000570',
]);
// A made-up account number, as specimens are made: the digits counted up ("…0123456789…").
const COUNTED_UP = /12345678/;
const SEPARATORS = /[ -]/g;

/** A published or made-up example IBAN in a draft that calls it an example or a test value around it. */
function documentedExample(text: string, span: { start: number; end: number }): boolean {
  const compact = text.slice(span.start, span.end).replace(SEPARATORS, '').toUpperCase();
  return (PUBLISHED_EXAMPLE_IBANS.has(compact) || COUNTED_UP.test(compact)) && saidToBeExample(text, span);
}

// A..I, J..R and S..Z count 1..9, 1..9 and 2..9 in a RIB key.
const RIB_LETTER_VALUES = '12345678912345678923456789';

/** The RIB key of bank, branch and account (letters of the account as the Banque de France maps them). */
export function ribKeyValid(bank: string, branch: string, account: string, key: string): boolean {
  const digits = account.toUpperCase().replace(/[A-Z]/g, (letter) => RIB_LETTER_VALUES.charAt(letter.charCodeAt(0) - 65));
  const remainder = (89 * Number(bank) + 15 * Number(branch) + 3 * Number(digits)) % 97;
  return 97 - remainder === Number(key);
}

/**
 * IBANs whose mod-97 checksum is valid, spaced or not, in either case, but for a published example said to be
 * one; French RIBs with a valid key; British sort codes with their account number. A look-alike with a bad
 * checksum passes.
 */
export const iban: CheckRule = {
  id: 'iban',
  category: 'iban',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [IBAN_CANDIDATE, IBAN_GATE, SAID_INVALID, IBAN_SHAPE, RIB, RIB_GATE, SORT_CODE, SORT_CODE_GATE, BSB, BSB_GATE, NZ_ACCOUNT, NZ_ACCOUNT_GATE, ACCOUNT_WORD_BEFORE, SHAPE_SHOWN_BEFORE, ROUTING, ROUTING_GATE, ACCOUNT_NUMBER_NEAR, COUNTED_UP, SEPARATORS, EXAMPLE_WORDS],
  check(text, context) {
    const findings = findIbans(text)
      .filter((span) => !documentedExample(text, span))
      .map((span) => finding(this, context, span, 'check_iban'));
    if (RIB_GATE.test(text)) {
      for (const span of scan(RIB, text)) {
        const [bank = '', branch = '', account = '', key = ''] = span.groups;
        if (ribKeyValid(bank, branch, account, key)) findings.push(finding(this, context, span, 'check_iban'));
      }
    }
    if (SORT_CODE_GATE.test(text)) {
      for (const span of scan(SORT_CODE, text)) findings.push(finding(this, context, span, 'check_iban'));
    }
    if (BSB_GATE.test(text)) {
      for (const span of scan(BSB, text)) {
        const digits = (span.groups[1] ?? '').replace(/ /g, '').length;
        if (digits >= 6 && digits <= 10) findings.push(finding(this, context, span, 'check_iban'));
      }
    }
    if (ROUTING_GATE.test(text)) findings.push(...routingWithAccount(text).map((span) => finding(this, context, span, 'check_iban')));
    if (NZ_ACCOUNT_GATE.test(text)) {
      for (const span of scan(NZ_ACCOUNT, text)) {
        const before = text.slice(Math.max(0, span.start - 40), span.start);
        if (ACCOUNT_WORD_BEFORE.test(before) && !SHAPE_SHOWN_BEFORE.test(before)) findings.push(finding(this, context, span, 'check_iban'));
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

/** ABA's check on a routing number: weights 3, 7, 1 repeated, sum mod 10 = 0. */
function routingValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < 9; index += 1) sum += (digits.charCodeAt(index) - 48) * ([3, 7, 1][index % 3] as number);
  return sum % 10 === 0 && !/^0+$/.test(digits);
}

/** Each valid routing number with an account number within ROUTING_REACH characters of it on its line, as one span. */
const ROUTING_REACH = 48;
function routingWithAccount(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (const routing of scan(ROUTING, text)) {
    if (!routingValid(routing.groups[0] ?? '')) continue;
    const from = Math.max(0, routing.start - ROUTING_REACH);
    const around = text.slice(from, routing.end + ROUTING_REACH);
    let best: { start: number; end: number } | undefined;
    for (const account of scan(ACCOUNT_NUMBER_NEAR, around)) {
      const start = from + account.start;
      const end = from + account.end;
      if (text.slice(Math.min(end, routing.start), Math.max(start, routing.end)).includes('\n')) continue;
      best = { start: Math.min(start, routing.start), end: Math.max(end, routing.end) };
      break;
    }
    if (best) found.push(best);
  }
  return found;
}
