import { belgianKeyValid, nationalIdNumber } from '../../utils/checks/national-id-number';
import { spans } from './helpers';

describe('national-id-number', () => {
  test.each([
    'NI number JG 10 37 29 B, can HR confirm?',
    'National Insurance: JG103729B',
    'his NINO is AB123456C',
    'SSN of our new hire (532-71-0446) by Friday',
    'Social Security number 532710446 for payroll',
    'numéro de sécurité sociale américaine : 532-71-0446',
    'Numéro de registre national : 85.07.30-033.28',
    'registre national 85073003328',
    'rijksregister 05.03.12-123.60',
    'son numéro national est le 85073003328',
    'they need his social: 532-71-0446',
    'AHV-Nummer 756.9182.7364.57',
    'numéro AVS 7569182736457',
    'NAS du nouveau collègue : 130 456 783',
    'social insurance number 130-456-783',
    'BSN 111222333 voor de salarisadministratie',
    'NIE X1234567L para el contrato',
    'DNI: 12345678Z',
    'codice fiscale RSSMRA85T10A562S',
    'numéro de passeport 09KX31822',
  ])('flags %s', (text) => {
    expect(spans(nationalIdNumber, text).length).toBeGreaterThan(0);
  });
  test.each([
    'part JG103729B in stock',
    'QQ 12 34 56 C is the example HMRC gives',
    'GB 12 34 56 A',
    'call 212-555-0198',
    'order 532-71-0446 shipped',
    'SSN 666-12-3456',
    'SSN 900-12-3456',
    'SSN 123-00-4567',
    'NI number DA 12 34 56 A',
    'Registre national : 85.07.30-033.29',
    'ref 85073003328',
    'Le 12.03.26-145.00 nous fêtons',
    'appelez le 06.12.34.56.78',
    'order 756.9182.7364.58 shipped',
    'ref 7569182736457 in stock',
    'NAS du nouveau collègue : 130 456 784',
    'we served 130 456 783 requests',
    'BSN 111222334',
    'order 111222333 shipped',
    'DNI: 12345678A',
    'lot 12345678Z',
    'RSSMRA85T10A562X is not a valid code',
    'passport photos at 12:30, booth 3',
  ])('passes %s', (text) => {
    expect(spans(nationalIdNumber, text)).toEqual([]);
  });
});

test('Belgian check digits, before and after 2000', () => {
  expect(belgianKeyValid('85073003328')).toBe(true);
  expect(belgianKeyValid('05031212360')).toBe(true);
  expect(belgianKeyValid('05031212361')).toBe(false);
});

describe('codice fiscale in lower or mixed case', () => {
  test.each([
    'Il mio codice fiscale è rssmra85t10a562s, per il contratto.',
    'Pour la paie de Turin, son code fiscal : Rssmra85t10a562s.',
    'fiscal code of our Rome hire: rssmra85t10a562s',
  ])('flags, named and with a valid check letter: %s', (text) => {
    expect(spans(nationalIdNumber, text).length).toBeGreaterThan(0);
  });
  test.each([
    // Lower case without the word naming it: a username, a hash, a file name.
    'my handle is rssmra85t10a562s everywhere',
    // Named, but the check letter is wrong.
    'codice fiscale rssmra85t10a562x',
  ])('passes %s', (text) => {
    expect(spans(nationalIdNumber, text)).toEqual([]);
  });
});
