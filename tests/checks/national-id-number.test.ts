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

describe('the word naming the id a sentence or two before, in the same paragraph', () => {
  test.each([
    "Une cliente m'a épelé son DNI au téléphone, lentement, en répétant chaque chiffre deux fois pour être sûre. 35990584T, noté.",
    'Arrivée à Lisbonne : tout le monde te demande ton NIF. À la banque, chez le médecin, à la caisse du supermarché. Le mien (213137356) est déjà sur dix formulaires.',
    'Newcomers to Toronto: get your SIN in week one.\n- keep the letter, every employer asks for it\n- mine, 390 139 624, went on at least eight forms',
    'Dutch onboarding: the BSN comes with your registration at the gemeente. HR asked me for it twice this week. Here it is: 167612220.',
  ])('flags %s', (text) => {
    expect(spans(nationalIdNumber, text).length).toBe(1);
  });
  test.each([
    // The word ends the previous paragraph: the number after the blank line is something else.
    'Pensez à demander votre NAS dès votre arrivée au Canada, Service Canada vous reçoit sur rendez-vous.\n\nAutre sujet : notre nouveau lot de cartes porte le numéro 390 139 624.',
    // The checksum is wrong.
    "Un client m'a dicté son DNI trois fois. Il insistait, il articulait, il épelait. 35990584A, noté.",
  ])('passes %s', (text) => {
    expect(spans(nationalIdNumber, text)).toEqual([]);
  });
});

describe('specimens called examples', () => {
  test.each([
    "Le NAS d'exemple qu'utilise Service Canada dans ses guides (046 454 286) passe la validation Luhn.",
    'The sample SIN printed in the CRA guides, 046 454 286, is not anyone’s number: use it in your form tests.',
    'Spécimen publié par le ministère sur la carte factice : DNI 35990584T.',
  ])('passes %s', (text) => {
    expect(spans(nationalIdNumber, text)).toEqual([]);
  });
  test.each([
    // "Par exemple", "for example": the person gives their own number as an instance.
    'Les RH ont besoin de votre NAS. Par exemple le mien, 441 215 472, figure sur la lettre de Service Canada.',
    'HR needs your SIN, for example mine: 503 852 808.',
    // Own number, in a post about test forms.
    "Testé le formulaire d'embauche avec mon NAS 287 500 474, un exemple de ce qu'il ne faut pas faire.",
  ])('flags %s', (text) => {
    expect(spans(nationalIdNumber, text).length).toBe(1);
  });
});

describe('national-id-number, r4rest', () => {
  test.each([
    'Payroll asked for my SSN, then benefits asked again, and the badge office a third time. It is 412-67-3190.',
    'HR needed my Steuer-ID before the first payroll, und natürlich war sie im Keller: 57 381 490 255.',
    'Steuer-ID 57381490255',
  ])('flags %s', (text) => {
    expect(spans(nationalIdNumber, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Never paste your SSN into a chat window, not even to HR or IT.\n\nUnrelated: the spare parts order 457-22-9810 shipped today.',
    'Payroll asked for my SSN, then benefits asked again, and the badge office a third time. Ticket 412673190.',
    'Die Steuer-ID hat das Format 12 345 678 901, elf Ziffern.',
    'The hall seats 57 381 490 255 fans, apparently.',
  ])('passes %s', (text) => {
    expect(spans(nationalIdNumber, text)).toEqual([]);
  });
});

// A payroll note's bare "tax ID" before eleven digits (fresh18, 2026-12-03): read as a Steuer-ID only when its checksum and
// its repeat rule (one digit twice or three times in the first ten) hold.
describe('national-id-number: a Steuer-ID named "tax ID"', () => {
  test('flags a valid Steuer-ID after "tax ID"', () => {
    expect(spans(nationalIdNumber, 'Payroll: Jonas’s tax ID is 47382916544, please fix the December slip.')).toEqual(['47382916544']);
  });
  test.each([
    'Payroll: Jonas’s tax ID is 47382916545, please fix the December slip.',
    'Payroll: the tax ID field takes 12345678903 in the test system.',
  ])('passes %s (checksum or repeat rule fails)', (text) => {
    expect(spans(nationalIdNumber, text)).toEqual([]);
  });
});

// fresh36, fresh37 (2026-12-04): the Emirates ID (784, birth year, Luhn) and New Zealand's IRD number (weighted mod 11), each
// with its word; Nigeria's NIN and a "National ID No." named so; a card number ending its line.
describe('national-id-number: Emirates ID, IRD, NIN', () => {
  test.each([
    'Tenancy file: Emirates ID 784-1990-1234567-6, please keep it safe.',
    'Your IRD number 49091850 is on the form.',
    'NIN 30214587961 linked to the wallet.',
    'Onboarding sheet\nNational ID No.: 28471936\nM-Pesa: 0711 082 455',
    'Fiche :\nCIN : 11254863\nPoste : comptable',
  ])('flags %s', (text) => {
    expect(spans(nationalIdNumber, text).length).toBeGreaterThan(0);
  });
  test.each([
    'Tenancy file: Emirates ID 784-1990-1234567-2, wrong check digit.',
    'Your IRD number 49091851 is on the form.',
  ])('passes %s (check fails)', (text) => {
    expect(spans(nationalIdNumber, text)).toEqual([]);
  });
});

test('flags an identity card number printed in groups (fresh38, 2026-12-04)', () => {
  expect(spans(nationalIdNumber, 'le planteur m’a donné sa CIN : 101 211 034 587.').length).toBe(1);
});

// fresh39 (2026-12-04): further countries by word, shape and check.
describe('national-id-number: EIN, PAN, TIN, SSS, MyKad, Teudat Zehut, CURP, RFC, My Number, Medicare', () => {
  test.each([
    'New entity, EIN 47-2913065, same address.',
    'Reimbursement: PAN AKTPI7305Q.',
    'BIR form: my TIN is 214-683-950-000.',
    'Your SSS no. 33-9472015-8 was posted.',
    'MyKad 910415-10-6233 uploaded twice.',
    'HR needs your Teudat Zehut, 300000007.',
    'Bring your CURP: GAML850314HNLRRS07.',
    'My RFC is GAML850314K77.',
    'I almost emailed my My Number, 0593 6042 2610, to the wrong person.',
    'Medicare 4951 38215 2, reference 1.',
  ])('flags %s', (text) => {
    expect(spans(nationalIdNumber, text).length).toBeGreaterThan(0);
  });
  test.each([
    'HR needs your Teudat Zehut, 300000008.',
    'Bring your CURP: GAML850314HNLRRS08.',
    'Medicare 4951 38217 2, reference 1.',
    'Generic RFC XAXX010101000 for walk-in customers.',
  ])('passes %s (check fails or a generic number)', (text) => {
    expect(spans(nationalIdNumber, text)).toEqual([]);
  });
});

test('passes the official example AVS number called so with “ex. officiel” (fresh34, 2026-12-04)', () => {
  expect(spans(nationalIdNumber, 'Le numéro AVS commence par 756 (ex. officiel : 756.1234.5678.97).')).toEqual([]);
});

// fresh40, fresh41 (2026-12-04): ids of further countries, with their checks or named right before.
describe('national-id-number: fresh40, fresh41', () => {
  test.each([
    'Vessel owner: Jón Sigurðsson, kt. 120485-9469',
    'new driver file ok? Bence Tóth, TAJ 651 512 716',
    'Contractor payment: RNOKPP 3307209399',
    'Contractor: RUT 15.873.442-7',
    'CUIT 20-31845709-4 is still linked to the old number',
    'Supplier: Transportes Serra Azul, CNPJ 41.827.365/0001-71',
    'Visa paperwork: RRN 930715-1038461',
    'visitor log: ID F228416577, mobile later',
    'director’s HKID K518274(3), passport to follow',
    'recipient Li Wei, ID 440305198706234818',
    'we found your ID card in room 1408 (1-1015-00471-28-1)',
    'warehouse lead, C.C. 1.020.734.615, joins on the 8th',
    'worker CCCD 079192004417, missing overtime',
    'Driver verified: NIK 3578121503880005',
    'Lost CNIC found at the gate: 42101-5287391-6.',
    'Ghana Card GHA-718204563-7, Ashanti region',
    'Dossier KYC : NIC L140389041275F, administrateur',
  ])('flags %s', (text) => {
    expect(spans(nationalIdNumber, text).length).toBeGreaterThan(0);
  });
  test.each([
    'visitor log: ID F228416578, mobile later',
    'DNI 48392751T keeps failing validation because the control letter is wrong.',
    'Meeting ID 845 2231 9988, passcode on the invite.',
  ])('passes %s', (text) => {
    expect(spans(nationalIdNumber, text)).toEqual([]);
  });
});

describe('national-id-number: fresh54 to fresh57', () => {
  test.each([
    'Mi número IMSS: 43178204566, para la nómina',
    'PIS do novo estagiário : 271.00933.54-0',
    'afiliación a la Seguridad Social 28 10345671 76 del nuevo técnico',
    'My IC is S7812345A, the landlord wants it',
    // Hangul and kana words are folded before the gates compare them (they never opened before).
    '신입 사원 주민등록번호 850417-2154321 입니다',
  ])('flags %s', (text) => {
    expect(spans(nationalIdNumber, text).length).toBeGreaterThan(0);
  });
  test.each([
    'IMSS 43178204567 came back wrong',
    'Our IC design team shipped 2 chips, S7812345B',
  ])('passes %s', (text) => {
    expect(spans(nationalIdNumber, text)).toEqual([]);
  });
});

test('reads "TC" alone before a Turkish identity number (fresh60, 2026-12-04)', () => {
  expect(spans(nationalIdNumber, 'Site pass list: Emre Yıldız, TC 32825037718, welder.')).toEqual(['32825037718']);
  expect(spans(nationalIdNumber, 'TC 32825037719 is the ticket number')).toEqual([]);
});

test('reads the French spelling of teudat zehut (fresh60, 2026-12-04)', () => {
  expect(spans(nationalIdNumber, 'Badge du chantier : Dana Levi, teoudat zehout 043812270.')).toEqual(['043812270']);
});

test('reads an NID in capitals after its name, not a French nest nor a parking ticket (fresh61, 2026-12-04)', () => {
  expect(spans(nationalIdNumber, 'KYC pilot user\nNID: 7815402936\nplease whitelist')).toEqual(['7815402936']);
  expect(spans(nationalIdNumber, 'Le nid 202405 du rucher est plein.')).toEqual([]);
  expect(spans(nationalIdNumber, 'Got a PCN PN48213375 from Camden for parking.')).toEqual([]);
});

test('reads an NNI and a CIN in six groups after their names (fresh63, 2026-12-04)', () => {
  expect(spans(nationalIdNumber, 'Le site demande mon NNI, j\'ai mis 20411873650 et rien.')).toEqual(['20411873650']);
  expect(spans(nationalIdNumber, 'Cliente : Marie-Ange JOSEPH, CIN 03-11-98-1979-07-00412, relevé demandé.')).toEqual(['03-11-98-1979-07-00412']);
});

// fresh62, fresh64 (2026-12-04): Scotland's CHI number, the US ITIN and Medicare Beneficiary Identifier, after their names.
describe('national-id-number: CHI, ITIN, MBI', () => {
  test.each([
    ['Delivery failed for CHI 1507921136, old address on file.', '1507921136'],
    ['Opened the account with her ITIN, 912-78-4410, no problem.', '912-78-4410'],
    ['Medicare number on the form: 5EG4-TE5-MK72, please re-key.', '5EG4-TE5-MK72'],
    ['Claim bounced: patient MBI 3TR7-KP2-WX58 keyed twice.', '3TR7-KP2-WX58'],
  ])('flags %s', (text, id) => {
    expect(spans(nationalIdNumber, text)).toEqual([id]);
  });
  test.each([
    'CHI 1507921137 was mistyped on the form.',
    'ITIN 912-40-4410 is not in any IRS range.',
    // The specimen CMS prints in its own leaflets, and a lower-case "mbi" that names nothing.
    'Your new Medicare card shows an MBI such as 1EG4-TE5-MK73 instead of your SSN.',
    'the mbi 3TR7-KP2-WX58 field is new',
  ])('passes %s', (text) => {
    expect(spans(nationalIdNumber, text)).toEqual([]);
  });
});

// fresh67 (2026-12-04): Germany's pension and social insurance number (its check digit) and Austria's SV-Nr.
describe('national-id-number: German and Austrian social security numbers', () => {
  test.each([
    ['Payroll needs my Rentenversicherungsnummer again: 42 150688 B 046.', '42 150688 B 046'],
    ['mon numéro de sécurité sociale allemand (42150688B046) pour la mutuelle', '42150688B046'],
    ['Austrian SV-Nr. 4820 030991 for the posting file.', '4820 030991'],
  ])('flags %s', (text, id) => {
    expect(spans(nationalIdNumber, text)).toEqual([id]);
  });
  test('passes a German number whose check digit is wrong', () => {
    expect(spans(nationalIdNumber, 'Rentenversicherungsnummer 42 150688 B 045 keeps bouncing')).toEqual([]);
  });
});

// fresh70, fresh71 (2026-12-04): Ontario's health card after "OHIP"; Nordic ids in a roster, a person's name before each.
describe('national-id-number: OHIP, Nordic rosters', () => {
  test.each([
    ['First-aid log, Kingston yard: OHIP 4796-382-010 (version code KT), sprained ankle.', '4796-382-010'],
    ['Crew list for the ferry:\n- Maja Holm, 930214-4507, deckhand', '930214-4507'],
    ['Agency roster: Kari Nilsen 150385 49844, Per Strand on nights.', '150385 49844'],
  ])('flags %s', (text, id) => {
    expect(spans(nationalIdNumber, text)).toEqual([id]);
  });
  test.each([
    'OHIP 4796-382-011 bounced: the check digit is wrong.',
    'Order from Maja Holm, 930214-4508, shipped Monday.',
    'Call Erik Lindqvist, 070-1234567 after lunch.',
  ])('passes %s', (text) => {
    expect(spans(nationalIdNumber, text)).toEqual([]);
  });
});

// fresh79, fresh81 (2026-12-05): a South African id after a name and an initial, a Singapore NRIC next to a name; a card
// number cut by the reach is no number.
describe('national-id-number: rosters and forms, a cut token', () => {
  test.each([
    ['Access list for the Durban yard, pasted by mistake: Lerato K. 9207155127089, badge 14.', '9207155127089'],
    ['Crew form sent to the wrong chat: S7412368F, Lim Mei Hua, able seaman.', 'S7412368F'],
  ])('flags %s', (text, id) => {
    expect(spans(nationalIdNumber, text)).toEqual([id]);
  });
  test.each([
    'Reference S7412368A, Lim Mei Hua: the check letter does not match.',
    'Typed a Spanish DNI into the demo registration form: 48291736V. The form rejected it.',
  ])('passes %s', (text) => {
    expect(spans(nationalIdNumber, text)).toEqual([]);
  });
});

// fresh81 (2026-12-05): a test driver and a test loop are people and places that test, not a test value.
test.each([
  ['New test driver starting Monday:\n- Name: Jana Kurz\n- Steuer-ID: 17 990 368 457', '17 990 368 457'],
  ['Note de frais (remplie) : Karim B., CIN J498213, boucle d’essai, test loop de Marrakech.', 'J498213'],
])('flags an id beside a test driver or a test loop (fresh81): %s', (text, id) => {
  expect(spans(nationalIdNumber, text)).toEqual([id]);
});

// fresh83, fresh84 (2026-12-05): Irish PPS numbers after names in a list; a Moroccan CIN with its letters apart.
test.each([
  ['Rota for the Cork site (wrong paste, sorry): Siobhán K. 3817264CA, Declan R. 6049218F.', ['3817264CA', '6049218F']],
  ['Badge à créer pour le livreur : Youssef Amrani, CIN BK 473120, lundi matin.', ['BK 473120']],
])('flags %s (fresh83, fresh84)', (text, ids) => {
  expect(spans(nationalIdNumber, text)).toEqual(ids);
});
test('passes a PPS-shaped reference with no name before it', () => {
  expect(spans(nationalIdNumber, 'Order 3817264CA shipped from the Cork site this morning.')).toEqual([]);
});
test('passes a format shown with zeros (fresh82)', () => {
  expect(spans(nationalIdNumber, 'Votre numéro de registre national est au dos de la carte, au format 00.00.00-000.00.')).toEqual([]);
});

// fresh88, fresh89 (2026-12-05): an Israeli ID in a draft naming Israel; a Quebec NAM whose word is earlier in the paragraph.
test.each([
  ['Visitor badge form: ID 312456783, flying in from Haifa on Sunday.', ['312456783']],
  ['Une patiente a publié sa carte d’assurance maladie en commentaire. Le numéro est encore visible : TREM 7562 1418. On lui écrit.', ['TREM 7562 1418']],
])('flags %s (fresh88, fresh89)', (text, ids) => {
  expect(spans(nationalIdNumber, text)).toEqual(ids);
});
test('passes an order ID in a draft naming Israel', () => {
  expect(spans(nationalIdNumber, 'Order ID 309876548 left our Haifa warehouse this morning.')).toEqual([]);
});

// fresh95 (2026-12-05): an onboarding file ("intégration" in French) and a test that leaked a real row are no test values.
test.each([
  ["Livret d'intégration de Mihai (site de Cluj) : CNP 1870315123451, badge à retirer lundi.", '1870315123451'],
  ['The payroll test blew up: it pushed a real record into the sandbox. CNP 2941118400776, name removed.', '2941118400776'],
])('flags %s (fresh95)', (text, id) => {
  expect(spans(nationalIdNumber, text)).toEqual([id]);
});

// fresh98 to fresh101 (2026-12-05): real data in a test file (said real, or named as a colleague's or a trainee's), SINs in the
// plural, a test account's own number, Nigeria's BVN; a number shown as what one "will look like".
describe('national-id-number: round 12', () => {
  test.each([
    ['Exercice de crise mené avec de vraies données par erreur : le fichier de test contenait le numéro national 85.07.30-033.28 d’un collègue.', '85.07.30-033.28'],
    ['Document de test projeté en réunion : on y lisait le numéro national 85.07.30-033.28 du stagiaire qui avait servi de testeur. Retiré.', '85.07.30-033.28'],
    ['Found an export on a public share with SINs in column D (row 2: 529 384 612). Reported.', '529 384 612'],
    ['Audit note: the test account’s own SIN, 716 452 834, was enough to reset the portal password.', '716 452 834'],
    ['Hello Tunde, your BVN on file is 22184730591, please confirm it so we can reopen the wallet.', '22184730591'],
  ])('flags %s', (text, id) => {
    expect(spans(nationalIdNumber, text)).toEqual([id]);
  });
  test('passes a number shown as what an id will look like', () => {
    expect(spans(nationalIdNumber, 'Moving to Madrid? Your NIE will look like Y2345678Z on the form, the last letter is a check letter.')).toEqual([]);
  });
});

// fresh103 (2026-12-05): a specimen said to be nobody's.
test('passes the CRA sample SIN said to be nobody’s (fresh103)', () => {
  expect(spans(nationalIdNumber, 'Payroll reminder: a SIN has 9 digits. The CRA prints 046 454 286 in its guides — that one isn’t anybody’s.')).toEqual([]);
});

// fresh108 (2026-12-05): a tracker's "docs OK" is papers received from a real person, not documentation.
test('flags an AVS number in a tracker row whose status says docs OK (fresh108)', () => {
  expect(spans(nationalIdNumber, '| L. Favre | 756.3047.5009.62 | docs reçus |')).toEqual(['756.3047.5009.62']);
});
