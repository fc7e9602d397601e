import { phoneNumber } from '../../utils/checks/phone-number';
import { PolicySchema } from '../../utils/policy';
import { spans } from './helpers';

describe('phone-number', () => {
  test.each(["appelez le 06 12 34 56 78", "06 12 34 56 78 is my work mobile, not my passport number", "call +44 20 7946 0958", "+33 6 98 76 54 32", "04.72.10.20.30", "07-81-45-22-19", "(415) 555-2671", "+49 30 901820", "0033 1 42 68 53 00", "+33 (0)6 12 34 56 78", "tél. 0612345678", "07700 900461", "call 020 7946 0321", "(+33) 7 81 22 45 90", "(+34) 612 345 678", "(+1) 646 555 0199", "(020) 7946 0958", "(0161) 496 0000", "1-800-555-0199", "text me on 07911 123456", "appelez le 06\u00a012\u00a034\u00a056\u00a078", "appelle Rachid au 06 - 61 - 23 - 48 - 95"])('flags %s', (text) => {
    expect(spans(phoneNumber, text).length).toBeGreaterThan(0);
  });
  test.each(["in 2024 we grew", "1 250 000 € raised", "over 10,000 customers", "version 10.2.3.4", "order 2024-000123", "SIRET 552 100 554 00025", "192.168.1.10", "IBAN FR76 3000 6000 0112 3456 7890 189", "from 2019 to 2025", "card 4111 1111 1111 1111", "12 345 678 visits", "Flight BA 0207 at 07:45", "Room 020 on floor 7", "score 3-1 (+2)", "REF 0612 3456 78", "dossier 06 1234 5678", "her SIN is 046 454 286", "046 454 286 is the sample social insurance number of the validator docs", "le 06 12 34 56 78 est le numéro fiscal fictif du guide", "IMEI 35 209900 176148 1", "saison 2019 - 2024"])('passes %s', (text) => {
    expect(spans(phoneNumber, text)).toEqual([]);
  });
});

describe('toll-free and special numbers', () => {
  // The groupings people use for free and special lines (house labelling: a company's free line is a phone).
  test.each([
    ['le support au 0 800 94 27 36 (gratuit)', 'fr'],
    ['numéro vert : 0 805 12 34 56', 'fr'],
    ['appelez le 0 800 942 736', 'fr'],
    ['service client 0 892 68 01 23', 'fr'],
    ['call our line on 0 800 94 27 36', 'en'],
    ['Belgique : 0800 12 345', 'fr'],
    ['Suisse : 0800 800 800', 'fr'],
    ['freephone 0808 157 0192', 'en'],
    ['call 1-888-555-0142', 'en'],
    ['call 1 (877) 555-0199', 'en'],
  ] as const)('flags %s', (text, locale) => {
    expect(spans(phoneNumber, text, { locale }).length).toBe(1);
  });
  test.each([
    ['0 800 94 27 3 pièces', 'fr'],
    ['lot 0 8 00 94 27', 'fr'],
    ['0 800 9427 36 ref', 'fr'],
    ['in 0 800 000 visitors', 'en'],
  ] as const)('passes %s', (text, locale) => {
    expect(spans(phoneNumber, text, { locale })).toEqual([]);
  });
});

describe('phone-number regions', () => {
  test('reads the national formats of the countries the context, the policy and the language suggest', () => {
    expect(spans(phoneNumber, 'Bruxelles : 02 555 12 34', { locale: 'fr' }).length).toBe(1);
    expect(spans(phoneNumber, 'Portable : 0470/12.34.56', { locale: 'fr' })).toEqual(['0470/12.34.56']);
    expect(spans(phoneNumber, 'Genève : 079 123 45 67', { locale: 'fr' }).length).toBe(1);
    // Grouped as no region read writes its numbers: a reference, whatever the language.
    expect(spans(phoneNumber, 'REF 0612 3456 78', { locale: 'fr' })).toEqual([]);
    expect(spans(phoneNumber, 'Office: 030 901820', { locale: 'en' })).toEqual([]);
    expect(spans(phoneNumber, 'Office: 030 901820', { locale: 'en', phoneRegions: ['DE'] }).length).toBe(1);
    const policy = PolicySchema.parse({ internalDomains: ['intra.example.de'] });
    expect(spans(phoneNumber, 'Office: 030 901820', { locale: 'en', policy }).length).toBe(1);
  });

  // A national number beside the name of its country, its people or a large city of it.
  test.each([
    ['Berlin: 030 901820', 'en'],
    ['Munich folks, call 0151 23456789 if you are late', 'en'],
    ['À Barcelone, joignable au 622 48 19 73', 'fr'],
    ['my Spanish number: 612 34 56 78', 'en'],
    ['ciao Milano, text me on 347 123 4567', 'en'],
    ['Roma: 333 1234567', 'en'],
    ['Amsterdam: bel 020 555 1234', 'en'],
  ] as const)('reads %s in the named country', (text, locale) => {
    expect(spans(phoneNumber, text, { locale }).length).toBe(1);
  });

  test.each([
    ['612 345 678 visitors this year', 'en'],
    ['Barcelona: 612 345 678 visitors this year', 'en'],
    ['Madrid 2026: ticket 0151 2345 67', 'en'],
    ['Milan: 347 123 units sold', 'en'],
    ['Dutch colleagues, pay to NL91 ABNA 0417 1643 00 please', 'en'],
  ] as const)('passes %s', (text, locale) => {
    expect(spans(phoneNumber, text, { locale })).toEqual([]);
  });
});

test('splits a run holding several numbers', () => {
  expect(spans(phoneNumber, 'appelez 06 12 34 56 78 07 81 45 22 19 merci')).toEqual(['06 12 34 56 78', '07 81 45 22 19']);
});

describe('numbers named as references', () => {
  test.each([
    ['Facture n° 06 12 34 56 78 réglée ce matin.', 'fr'],
    ['Votre numéro de dossier : 0612345678, à rappeler dans vos courriers.', 'fr'],
    ['N° de suivi du colis : 06 98 76 54 32', 'fr'],
    ['Réf. 07 81 45 22 19 sur le bon de livraison', 'fr'],
    ['numéro client 0612345678 pour le SAV', 'fr'],
    ['Invoice #020 7946 0958 is overdue', 'en'],
    ['Ticket number: 07700 900461, still open', 'en'],
    ['Tracking: 07911 123456', 'en'],
    ['my booking ref 0161 496 0000', 'en'],
  ] as const)('passes %s', (text, locale) => {
    expect(spans(phoneNumber, text, { locale })).toEqual([]);
  });
  test.each([
    // A number word with nothing numbered before it, a phone word, or the line to call about orders.
    ['Tél. n° 06 12 34 56 78', 'fr'],
    ['Mon numéro de portable : 06 12 34 56 78', 'fr'],
    ['Pour passer commande : 01 23 45 67 89', 'fr'],
    ['Commandes et livraisons : 04 72 10 20 30', 'fr'],
    ['Le numéro du client : 06 12 34 56 78, rappelle-le vite', 'fr'],
    ['Questions about your order? Call 020 7946 0321', 'en'],
    ['Order hotline number: 020 7946 0321', 'en'],
  ] as const)('flags %s', (text, locale) => {
    expect(spans(phoneNumber, text, { locale }).length).toBe(1);
  });
});

// fresh36, fresh37 (2026-12-04): a list's next item on the next line is not more digits; Singapore's and Cameroon's
// trunkless numbers where the draft names the country or uses its domain.
describe('phone-number: fresh36, fresh37', () => {
  test.each([
    'Contacts :\n1. Mehdi — 06 52 18 44 90\n2. Inès — en congé',
    'Ring my desk on 6734 2190 or write to a.rahman@portlane.sg',
    'À Douala, appelez Serge au 6 99 41 27 05.',
  ])('flags %s', (text) => {
    expect(spans(phoneNumber, text).length).toBeGreaterThan(0);
  });
  test('passes a count in Singapore', () => {
    expect(spans(phoneNumber, 'We sold 6734 2190 units in Singapore last year.')).toEqual([]);
  });
});

test('flags an Australian freecall line in English (fresh39, 2026-12-04)', () => {
  expect(spans(phoneNumber, 'Call our 24h line on 1800 552 917, we log every report.').length).toBe(1);
});

// fresh57 (2026-12-04): Mexican, Brazilian and northern Portuguese groupings, where the draft names the country or a city.
describe('phone-number: fresh57', () => {
  test.each([
    'Soporte en Monterrey: marque 81 8347 2210 de 9 a 18 h.',
    'Our Mexico helpdesk is free to call: 800 715 3364.',
    'Recife: the new receiving desk answers on (81) 3427-5519.',
    'Depósito de Campinas, plantão: (19) 99184-3307',
    'Em Braga, o armazém atende no 25 361 4470.',
  ])('flags %s', (text) => {
    expect(spans(phoneNumber, text).length).toBeGreaterThan(0);
  });
  test.each([
    'In Mexico we served 2024 5678 visitors and 1 250 000 customers.',
    'Recife quarter: 3427 5519 orders, up 12 %.',
  ])('passes %s', (text) => {
    expect(spans(phoneNumber, text)).toEqual([]);
  });
});

// fresh58, fresh60 (2026-12-04): Hungary, Greece, Bulgaria, Turkey, Israel, the Emirates and Saudi Arabia, named by the draft.
describe('phone-number: fresh58, fresh60', () => {
  test.each([
    'Szeged office: call Ági on 06 70 318 2256 for the keys.',
    'Athens team, the new desk phone is 210 948 3317.',
    'Our Plovdiv warehouse line: 0700 21 448.',
    'Izmir site manager, mobile 0 542 318 77 05.',
    'Tel Aviv customers can call 1-800-33-44-55 free of charge.',
    'Dubai owners: customer care on 600 54 3210.',
    'Riyadh tenants: unified number 9200 14477.',
  ])('flags %s', (text) => {
    expect(spans(phoneNumber, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Athens branch: our VAT number (EL 801 223 417) is unchanged.',
    'Debrecen payroll: a TAJ number like 037 512 826 has nine digits.',
  ])('passes %s', (text) => {
    expect(spans(phoneNumber, text)).toEqual([]);
  });
});

test.each([
  'À Bamenda, appelez Joseph au 6 91 33 27 40 pour les cartes SIM.',
  'Point focal à Port-au-Prince : Nadège, 3712-4490 sur WhatsApp.',
])('flags a Cameroonian or Haitian number where the draft names a city (fresh63, 2026-12-04): %s', (text) => {
  expect(spans(phoneNumber, text).length).toBe(1);
});

test.each([
  'Munich reception this week: 089 / 3328 4410, deliveries at the back.',
  'Dutch customers can call us free on 0800-0317.',
])('flags a German number with a spaced slash and a Dutch free line (fresh65, 2026-12-04): %s', (text) => {
  expect(spans(phoneNumber, text).length).toBe(1);
});

// fresh71, fresh72 (2026-12-04): numbers of countries named by a city (Dutch, Norwegian, Swedish) or by their people (Monaco).
describe('phone-number: cities and Monaco', () => {
  test.each([
    ['Pallets stuck at the Tilburg hub? Ring me on 06 3829 1174, I will sort it.', '06 3829 1174'],
    ['Our Haarlem depot desk: 023 541 72 90, weekdays.', '023 541 72 90'],
    ['Night lead in Trondheim: 73 54 18 26.', '73 54 18 26'],
    ['Uppsala store questions: 018-471 22 90.', '018-471 22 90'],
    ['Pour nos clients monégasques, le bureau répond au 97 97 31 20.', '97 97 31 20'],
  ])('flags %s', (text, phone) => {
    expect(spans(phoneNumber, text)).toEqual([phone]);
  });
  test('passes pairs of digits with no country named', () => {
    expect(spans(phoneNumber, 'Scores this season: 97 97 31 20, then a draw.')).toEqual([]);
  });
});

// fresh78, fresh79, fresh81 (2026-12-05): Italian and New Zealand cities, Spain's free lines in threes, a range of lot numbers.
describe('phone-number: more cities, free lines, ranges of references', () => {
  test.each([
    ['Campioni per Parigi: autista Luca, cell. 347 118 2290, partenza da Bergame alle 5.', '347 118 2290'],
    ['Tours of the Rotorua plant: book on 07 348 1190.', '07 348 1190'],
    ['Hotline for the recall: 900 314 872, free from any Spanish line.', '900 314 872'],
  ])('flags %s', (text, phone) => {
    expect(spans(phoneNumber, text)).toEqual([phone]);
  });
  test('passes a range of lot numbers', () => {
    expect(spans(phoneNumber, 'Our Kenyan AA landed: lot numbers 041 227 883 to 041 228 010.')).toEqual([]);
  });
});

// fresh84, fresh85 (2026-12-05): an Ivorian district and Indian states name the country of a number.
test.each([
  ['Showroom de Cocody ouvert le samedi : 07 48 22 15 90 pour les visites.', '07 48 22 15 90'],
  ['Farmers in Kerala can call our free advisory line, 1800 599 2210, in Malayalam.', '1800 599 2210'],
])('flags %s (fresh84, fresh85)', (text, phone) => {
  expect(spans(phoneNumber, text)).toEqual([phone]);
});

// fresh90, fresh93 (2026-12-05): Danish, German and Andalusian towns name a number's country; a DNI names Spain.
test.each([
  ['Site visit in Esbjerg on Monday? Ring the gate on 75 12 44 90 first.', '75 12 44 90'],
  ['Workshop in Leipzig: reception is on 0341 97512-0 if you get lost.', '0341 97512-0'],
  ['Visita al parque de Cádiz: contact me at 956 21 47 83 when you arrive.', '956 21 47 83'],
  ['Candidate: Lucía R.\nDNI 48219073X\nMobile: 623 518 904', '623 518 904'],
])('flags %s (fresh90, fresh93)', (text, phone) => {
  expect(spans(phoneNumber, text)).toEqual([phone]);
});

// fresh94, fresh97 (2026-12-05): the Spanish word for a phone names Spain; an agency's sample SIN is no phone.
test('flags a Spanish landline after "teléfono" (fresh94)', () => {
  expect(spans(phoneNumber, 'Encargos de pasteles por teléfono al 961 52 47 30, de lunes a sábado.')).toEqual(['961 52 47 30']);
});
test('passes the sample SIN of the Canada Revenue Agency (fresh97)', () => {
  expect(spans(phoneNumber, 'Training reminder: Canada Revenue Agency samples like 046 454 286 belong on slides, never on a form.')).toEqual([]);
});

// fresh98, fresh100 (2026-12-05): Spanish words for information name Spain; "fake" agents are not a fake number.
test.each([
  ['Entradas para el torneo: información en el 914 27 63 58 o en taquilla.', '914 27 63 58'],
  ['Fake agents asking for your PIN? Report them on WhatsApp: +254 (0) 722 415 390.', '+254 (0) 722 415 390'],
])('flags %s (round 12)', (text, phone) => {
  expect(spans(phoneNumber, text)).toEqual([phone]);
});

// fresh102 (2026-12-05): Germany's chemical towns name the country of a mobile number.
test('flags a German mobile number beside Leverkusen (fresh102)', () => {
  expect(spans(phoneNumber, 'Site notes: the new shift lead in Leverkusen is on 0160 4471 2290 for urgent calls.')).toEqual(['0160 4471 2290']);
});

// fresh108 (2026-12-05): the Swiss insurance number's name in a column heading names the country; a SIN said to fail Luhn.
test('flags a Swiss mobile in a tracker headed AHV (fresh108)', () => {
  expect(spans(phoneNumber, '| Kunde | AHV | Natel |\n| R. Baumann | 756.1234.5678.97 | 076 318 52 40 |')).toEqual(['076 318 52 40']);
});
test('passes nine digits said to fail the Luhn check (fresh108)', () => {
  expect(spans(phoneNumber, 'Onboarding tip: 046 454 287 fails the Luhn check, so the form rejects it before a human sees it.')).toEqual([]);
});
