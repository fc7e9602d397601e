import { iban } from '../../utils/checks/iban';
import { context, spans } from './helpers';

describe('iban', () => {
  test.each(["FR76 3000 6000 0112 3456 7890 189", "FR1420041010050500013M02606", "DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19", "virement sur BE68 5390 0754 7034 merci", "ES9121000418450200051332", "fr18 7877 8932 8792 1742 1809 679", "gb82 west 1234 5698 7654 32", "de20766619345145061231", "RIB : 30004 00827 00012345678 56", "20041 01005 0500013M026 06", "sort code 40-05-15, account 12345678", "Sort code: 200000 acc 55779911"])('flags %s', (text) => {
    expect(spans(iban, text).length).toBeGreaterThan(0);
  });
  test.each(["The draft FY27 budget for the Japan office just landed", "FR76 3000 6000 0112 3456 7890 188", "DE89 3704 0044 0532 0130 01", "IBAN FR76 XXXX", "ISO 13616 defines IBAN", "AB12 CDEF GHIJ KLMN OPQR", "fr18 7877 8932 8792 1742 1809 678", "ab12 cdef ghij klmn opqr", "30004 00827 00012345678 57", "69003 75008 12345678901 12 visiteurs", "what is a sort code? 6 digits"])('passes %s', (text) => {
    expect(spans(iban, text)).toEqual([]);
  });
});

test('a doubled space between groups is still one IBAN', () => {
  expect(spans(iban, 'pay to BE78  7310 0412  8836 please')).toEqual(['BE78  7310 0412  8836']);
});

test('span covers exactly the IBAN', () => {
  expect(spans(iban, 'IBAN: FR76 3000 6000 0112 3456 7890 189 merci')).toEqual(['FR76 3000 6000 0112 3456 7890 189']);
});

test('a pasted table repeating IBANs, valid and not, has each valid one flagged where it stands', () => {
  const row = 'FR76 3000 6000 0112 3456 7890 189 ; DE89 3704 0044 0532 0130 01\n';
  const text = row.repeat(40);
  const found = iban.check(text, context());
  expect(found).toHaveLength(40);
  expect(found.map((finding) => finding.start)).toEqual(Array.from({ length: 40 }, (_value, index) => index * row.length));
  expect(spans(iban, text).every((span) => span === 'FR76 3000 6000 0112 3456 7890 189')).toBe(true);
});

describe('published example IBANs', () => {
  test.each([
    "L'IBAN d'exemple de la doc : GB82 WEST 1234 5698 7654 32, à remplacer par le vôtre.",
    'Our test fixtures all use NL91 ABNA 0417 1643 00, the sample account from the docs.',
    'Pour nos tests de virement SEPA, FR76 3000 6000 0112 3456 7890 189 suffit.',
    'Sandbox payouts go to BE68 5390 0754 7034 (a dummy account).',
  ])('passes when said to be an example or a test value: %s', (text) => {
    expect(spans(iban, text)).toEqual([]);
  });
  test.each([
    // The same published numbers given as real ones: people paste them for real ones.
    'Nos nouvelles coordonnées bancaires : GB82 WEST 1234 5698 7654 32, merci de mettre à jour.',
    'Virement à faire sur NL91 ABNA 0417 1643 00 avant vendredi.',
    // A real-looking account in a post about tests is still reported: only published or counted-up numbers are examples.
    'Test du virement réussi sur FR18 7877 8932 8792 1742 1809 679, le compte de Julie.',
  ])('flags %s', (text) => {
    expect(spans(iban, text).length).toBeGreaterThan(0);
  });
});

test('passes the registry’s example IBANs of further countries called examples (fresh41, 2026-12-04)', () => {
  expect(spans(iban, 'The sample IBAN on the bank form, PK36 SCBL 0000 0011 2345 6702, is NOT ours.')).toEqual([]);
  expect(spans(iban, 'Pay the deposit to PK36 SCBL 0000 0011 2345 6702 by Friday.').length).toBe(1);
});

// fresh54 (2026-12-04): Australian and New Zealand accounts have no IBAN; given with their BSB or their dashes, they are the same
// bank details a sort code and account number are.
describe('iban: Australian and New Zealand accounts', () => {
  test.each([
    'Pay the deposit to BSB 033-157, account 4471 2985. Thanks!',
    'Our new ANZ account: 06-0141-0372915-00, from 1 March.',
    'BSB: 182-512\nAccount: 964 773 218',
  ])('flags %s', (text) => {
    expect(spans(iban, text).length).toBe(1);
  });
  test.each([
    'NZ account numbers look like 06-0141-0372915-00: bank, branch, account, suffix.',
    'Tracking 06-0141-0372915-00 left the depot this morning.',
    'What is a BSB? A six-digit branch code, nothing secret.',
  ])('passes %s', (text) => {
    expect(spans(iban, text)).toEqual([]);
  });
});

// fresh64 (2026-12-04): a US routing number (its 3-7-1 check) with an account number beside it; a routing number alone is public.
describe('iban: US routing and account numbers', () => {
  test.each([
    'Wire to ABA 011000138, account 5520193377, ref. your client number.',
    'my new account 000418822913 at routing 053000248, please update payroll',
  ])('flags %s', (text) => {
    expect(spans(iban, text).length).toBe(1);
  });
  test.each([
    'Our routing number is 011000138 for every incoming wire.',
    'ABA 011000139, account 5520193377 (a typo in the routing number)',
  ])('passes %s', (text) => {
    expect(spans(iban, text)).toEqual([]);
  });
});

// fresh100 (2026-12-05): the registry's sample IBANs of West Africa, called a sample, are no one's account.
test('passes the registry’s sample Senegalese IBAN called a sample (fresh100)', () => {
  expect(spans(iban, 'Fixtures: use SN08 SN01 0015 2000 0485 0000 3035, the sample IBAN from the ISO registry, never a customer’s.')).toEqual([]);
});
