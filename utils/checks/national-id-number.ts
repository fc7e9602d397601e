import { luhnValid } from './lib/checksums';
import { regionsNamedIn } from './lib/named-regions';
import { wordList } from '../text/words';
import {
  chineseIdValid, cnpjValid, cuitValid, curpValid, hkidValid, irdValid, kennitalaValid, medicareValid, myNumberValid, rnokppValid, pisValid, rrnValid, rutValid, spanishSocialSecurityValid, itinValid, germanPensionNumberValid,
  taiwanIdValid, tajValid, thaiIdValid, weightedSum,
} from './lib/id-checksums';
import { CHEQUE_SPECIMEN, DOCS_STATUS, FOR_INSTANCE, OWNED_AFTER, OWNED_BEFORE, QA_PEOPLE, REAL_CASE_EXAMPLE, saidToBeSpecimen } from './lib/example-words';
import { wordGates } from './lib/word-gates';
import { finding } from './lib/finding';
import { scan, type Span } from './lib/scan';
import type { CheckContext, CheckRule, Finding } from './types';

// Identity numbers of the countries our people hire in, besides France's NIR (french-nir): each shape is
// common enough in prose (a part number, a phone, a count) that it needs its checksum, its ranges or a
// word naming it. Written by hand, not with the stdnum package (1.12.0, measured 2026-12-02): its
// per-country files bring its whole util module, 15.9 kB minified in each panel for the UK and US checks
// alone, and its Belgian check asks the clock whether the birth date is past, which a rule may not.

// UK National Insurance number: two letters (HMRC never issues D, F, I, Q, U, V first, nor D, F, I, O, Q,
// U, V second, nor BG, GB, KN, NK, NT, TN, ZZ), six digits, a suffix A to D.
const NINO = /(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?([0-9]{2}) ?([0-9]{2}) ?([0-9]{2}) ?([A-D])(?![A-Za-z0-9])/g;
const NINO_NEVER = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
const NINO_SPACED = /^[A-Z]{2} [0-9]{2} [0-9]{2} [0-9]{2} [A-D]$/;
const NINO_WORDS = /(?<![^\P{L}])(?:NI(?: number| no\.?)|NINO|national insurance)(?![^\P{L}])/iu;

// Numbers the Social Security Administration voided after they were printed for all to see: the 1938 wallet insert's
// 078-05-1120, blind authors' favourite "most misused SSN" (twenty held-out posts, fresh6 to fresh48), and the 1940s
// pamphlet's 219-09-9999. No one's.
const VOIDED_SSNS: ReadonlySet<string> = new Set(['078051120', '219099999']);
// US Social Security number, 3-2-4 digits: no area 000, 666 or 900-999, no group 00, no serial 0000.
const SSN = /(?<![0-9-])([0-9]{3})-?([0-9]{2})-?([0-9]{4})(?![0-9-])/g;
// "her social" is how Americans say it in speech and chat.
// Written with both dashes, the shape every US form prints: the word may sit a sentence or two before it in the paragraph.
const SSN_DASHED = /^[0-9]{3}-[0-9]{2}-[0-9]{4}$/;
const SSN_WORDS = /(?<![^\P{L}])(?:SSN|social(?: security)?|s[ée]curit[ée] sociale am[ée]ricaine)(?![^\P{L}])/iu;

// Belgian national register number (numéro de registre national, NISS): YY.MM.DD-NNN.CC, the check digits
// 97 - (number mod 97), with 2 in front of the number for people born from 2000. Without its dots and
// dash, only after a word naming it: eleven digits pass the key one time in a hundred.
const BELGIAN = /(?<![0-9.])([0-9]{2})\.?([0-9]{2})\.?([0-9]{2})-?([0-9]{3})\.?([0-9]{2})(?![0-9])/g;
const BELGIAN_WRITTEN = /^[0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2}$/;
const BELGIAN_WORDS = /(?<![^\P{L}])(?:registre national|num[ée]ro national|rijksregister|national (?:register|number)|NISS|INSZ)(?![^\P{L}])/iu;

// Swiss AVS/AHV number: 756, nine digits and an EAN-13 check digit, written 756.1234.5678.97; undotted only
// after a word naming it.
const SWISS = /(?<![0-9.])756(\.?)[0-9]{4}\1[0-9]{4}\1[0-9]{2}(?![0-9])/g;
const SWISS_WORDS = /(?<![^\P{L}])(?:AVS|AHV|NAVS|OASI)(?![^\P{L}])/u;
// Canadian social insurance number (NAS in French), 3-3-3 digits with a Luhn check, after a word naming it.
const CANADIAN = /(?<![0-9-])[0-9]{3}([ -]?)[0-9]{3}\1[0-9]{3}(?![0-9-])/g;
// The acronyms in capitals only ("sin", "nas" are words); the names however they are written ("Social Insurance Number").
// Or the agency that keys it ("Canada Revenue Agency examples like 046 454 286 are only for training slides", fresh97, 2026-12-05).
// In the plural too ("a CSV with SINs in column C (first row: 481 457 729)", fresh99, 2026-12-05).
const CANADIAN_WORDS = /(?<![^\P{L}])(?:SINs?|NAS|[Ss]ocial [Ii]nsurance|SOCIAL INSURANCE|[Aa]ssurance [Ss]ociale|ASSURANCE SOCIALE|Canada Revenue Agency|CRA|[Aa]gence du revenu du Canada)(?![^\P{L}])/u;
// Dutch BSN: nine digits passing the "elfproef", after a word naming it.
const DUTCH = /(?<![0-9])[0-9]{9}(?![0-9])/g;
const DUTCH_WORDS = /(?<![^\P{L}])(?:BSN|burgerservicenummer)(?![^\P{L}])/iu;
// Spanish DNI (eight digits) or NIE (X, Y or Z and seven digits) and the letter of their mod 23 check,
// after a word naming it.
const SPANISH = /(?<![A-Za-z0-9])([XYZ]?)([0-9]{7,8})-?([A-Z])(?![A-Za-z0-9])/g;
// "double-check DNIs" (fresh30, 2026-12-04): the plural names them too.
const SPANISH_WORDS = /(?<![^\P{L}])(?:DNI|NIE|NIF)s?(?![^\P{L}])/u;
const SPANISH_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const SPANISH_WRITTEN = /^([0-9]{7,8})-?([A-Z])$/;
// Italian codice fiscale: surname, name, birth date and place, check letter; its shape and check are enough.
const ITALIAN = /(?<![A-Za-z0-9])[A-Z]{6}[0-9LMNP-V]{2}[A-EHLMPR-T][0-9LMNP-V]{2}[A-Z][0-9LMNP-V]{3}[A-Z](?![A-Za-z0-9])/g;
// Cheap test before the scan (no lookbehind): six capitals then two digits or their omocodia letters.
const ITALIAN_GATE = /[A-Z]{6}[0-9LMNP-V]{2}[A-EHLMPR-T]/;
// Written in lower or mixed case (forms and portals accept it so), only near a word naming it: letters and digits
// of that shape in lower case are also hashes, usernames and file names.
const ITALIAN_ANY_CASE = new RegExp(ITALIAN.source, 'gi');
const ITALIAN_WORDS = /(?<![^\P{L}])(?:codice fiscale|code fiscal|(?:italian )?(?:fiscal|tax) code)(?![^\P{L}])/iu;
const ITALIAN_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
// Passport numbers (French 12AB34567, British and American nine digits, a letter and eight digits), after the word.
const PASSPORT = /(?<![A-Za-z0-9])(?:[0-9]{2}[A-Z]{2}[0-9]{5}|[A-Z]?[0-9]{8,9})(?![A-Za-z0-9])/g;
const PASSPORT_WORDS = /(?<![^\P{L}])(?:passport|passeport)(?![^\P{L}])/iu;

// Irish PPS number: seven digits, a check letter (weights 8..2 mod 23, W for 0), and since 2013 a second
// letter (A, B, H or W) weighted 9 in the check.
const IRISH = /(?<![A-Za-z0-9])([0-9]{7})([A-W])([ABHW]?)(?![A-Za-z0-9])/g;
const IRISH_WORDS = /(?<![^\P{L}])(?:PPSN?|personal public service)(?![^\P{L}])/iu;
// Swedish personnummer (YYMMDD-NNNC, or with the century, a + for people over 100) and Danish CPR
// (DDMMYY-SSSS): Swedish numbers carry a Luhn check over the last ten digits, Danish ones none since 2007,
// so the Danish only after "CPR".
const NORDIC10 = /(?<![0-9-])((?:19|20)?)([0-9]{2})([0-9]{2})([0-9]{2})([-+ ]?)([0-9]{4})(?![0-9])/g;
const SWEDISH_WORDS = /(?<![^\P{L}])(?:personnummer|personnr|samordningsnummer|personal identity number)(?![^\P{L}])/iu;
const DANISH_WORDS = /(?<![^\P{L}])CPR(?:[- ]?(?:nummer|number|nr\.?))?(?![^\P{L}])/iu;
// Norwegian fødselsnummer / D-nummer: DDMMYY and five digits, the last two mod 11 checks.
const NORWEGIAN = /(?<![0-9])([0-9]{2})([0-9]{2})([0-9]{2}) ?([0-9]{5})(?![0-9])/g;
// "fnr", the abbreviation Norwegian payroll writes (fresh23, 2026-12-03).
// A person's name (two or three capitalised words) at a line's or a list item's start or after a comma, then the number.
// The second word may be an initial ("Thabo M.", fresh79).
const ROSTER_NAME_BEFORE = /(?:^|[\n•*–-]|[,;:(][ \t])[ \t]*\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}(?:[ -]\p{Lu}\p{Ll}+| \p{Lu}\.)(?:,[ \t]*|[ \t]+)$/u;
const ROSTER_NUMBER_GATE = /[0-9]{6}(?:[-+ ][0-9]{4}|[0-9]{7})/;
// A PPS number is one word of the draft, seven digits and one or two letters: looked for among the draft's distinct words (a
// scan of the draft for its shape was 4 µs of every call, 2026-12-05).
const IRISH_ROSTER_WORD = /^[0-9]{7}[a-w][abhw]?$/;
function irishRosterMayHold(text: string): boolean {
  return wordList(text).vocabulary.some((word) => (word.length === 8 || word.length === 9) && IRISH_ROSTER_WORD.test(word));
}
const ISRAELI_ID_GATE = /\bID\b/;
// An order's, a ticket's or an account's ID is no person's.
const THING_BEFORE_ID = /(?<![^\P{L}])(?:order|ticket|invoice|customer|client|transaction|booking|tracking|session|user|account|device|product|request|case|job|batch|lot|commande|facture|dossier|r[ée]servation)[ \t]*$/iu;
const ID_THEN_NINE_DIGITS = /(?<![\p{L}\p{N}])ID(?:[ \t]+(?:no\.?|number))?[ \t]*(?:[:#][ \t]*)?([0-9]{9})(?![0-9])/gu;
// A Singapore NRIC with a person's name right after it, in a form pasted as is ("S6653958Z, Tan Wei Ling", "S6988447D, Rahman
// bin Yusof", fresh79, 2026-12-05): its check letter and the name make an id without a word for it.
const NAME_AFTER = /^,?[ \t]+\p{Lu}\p{Ll}+(?:[ \t]+(?:bin|binti|bte|a\/l|a\/p)|[ -]\p{Lu}\p{Ll}+){1,3}/u;
const NRIC_GATE = /[STFG][0-9]{7}[A-Z]/;
const NORWEGIAN_WORDS = /(?<![^\P{L}])(?:f[øo]dselsnummer|personnummer|d-nummer|f\.?nr|norwegian (?:national )?id(?:entity)? number)(?![^\P{L}])/iu;
const NORWEGIAN_K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const NORWEGIAN_K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
// Finnish henkilötunnus: DDMMYY, a century sign, three digits and a check character (mod 31).
const FINNISH = /(?<![A-Za-z0-9])([0-9]{2})([0-9]{2})([0-9]{2})[-+A-FU-Y]([0-9]{3})([0-9A-Y])(?![A-Za-z0-9])/g;
const FINNISH_WORDS = /(?<![^\P{L}])(?:HETU|henkil[öo]tunnus|personbeteckning|personal identity code)(?![^\P{L}])/iu;
const FINNISH_CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
// Australian tax file number: nine digits (3-3-3), weighted mod 11.
const AUSTRALIAN = /(?<![0-9])[0-9]{3}([ -]?)[0-9]{3}\1[0-9]{3}(?![0-9])/g;
const AUSTRALIAN_WORDS = /(?<![^\P{L}])(?:TFN|tax file (?:number|no\.?))(?![^\P{L}])/iu;
const AUSTRALIAN_WEIGHTS = [1, 4, 3, 7, 5, 8, 6, 9, 10];
// Indian Aadhaar: twelve digits (4-4-4), never starting with 0 or 1, with a Verhoeff check digit.
const AADHAAR = /(?<![0-9])[2-9][0-9]{3}([ -]?)[0-9]{4}\1[0-9]{4}(?![0-9])/g;
const AADHAAR_WORDS = /(?<![^\P{L}])(?:aadhaa?r|UIDAI|UID)(?![^\P{L}])/iu;
// Eleven-digit numbers with their own checks: Polish PESEL (weights 1-3-7-9), German tax ID (ISO 7064
// mod 11,10), Brazilian CPF (two mod 11 digits, written 123.456.789-09); the NHS number (3-3-4, mod 11),
// the Portuguese NIF (nine digits, mod 11) and the South African ID (YYMMDD, seven digits, Luhn).
const ELEVEN = /(?<![0-9.-])[0-9]{3}([ .]?)[0-9]{3}\1[0-9]{3}([ .-]?)[0-9]{2}(?![0-9])/g;
const PESEL_WORDS = /(?<![^\P{L}])PESEL(?![^\P{L}])/iu;
// The Steuer-ID as the Bundeszentralamt's letter prints it, "12 345 678 901" (checked like the other grouping).
const STEUER_GROUPED = /(?<![0-9.-])(?<![0-9] )[0-9]{2} [0-9]{3} [0-9]{3} [0-9]{3}(?![0-9]| [0-9])/g;
const STEUER_WORDS = /(?<![^\P{L}])(?:steuer-?id(?:nr\.?)?|steuer-?identifikationsnummer|identifikationsnummer|german tax id|tax id(?:entification)? number)(?![^\P{L}])/iu;
// A payroll note's bare "tax ID" names it too ("Mehmet's tax ID … it's 86095743810", fresh18), when the repeat rule holds
// as well as the checksum (see steuerRepeatValid).
const TAX_ID_WORDS = /(?<![^\P{L}])tax[ -]id(?![^\P{L}])/iu;
const CPF_WORDS = /(?<![^\P{L}])CPF(?![^\P{L}])/iu;
const NHS = /(?<![0-9])[0-9]{3}([ -]?)[0-9]{3}\1[0-9]{4}(?![0-9])/g;
const NHS_WORDS = /(?<![^\P{L}])NHS (?:number|no\.?|num[ée]ro)(?![^\P{L}])|num[ée]ro NHS/iu;
const PORTUGUESE = /(?<![0-9])[0-9]{3}( ?)[0-9]{3}\1[0-9]{3}(?![0-9])/g;
const PORTUGUESE_WORDS = /(?<![^\P{L}])(?:NIF|contribuinte|n[uú]mero fiscal)(?![^\P{L}])/iu;
const SOUTH_AFRICAN = /(?<![0-9])[0-9]{6}( ?)[0-9]{4}\1[0-9]{3}(?![0-9])/g;
const SOUTH_AFRICAN_WORDS = /(?<![^\P{L}])(?:SA ID|south african id(?:entity)?(?: number)?|RSA ID)(?![^\P{L}])/iu;
// French tax number (numéro fiscal, SPI): 13 digits, the first 0 to 3, the last three the first ten mod 511.
const FRENCH_TAX = /(?<![0-9])[0-3][0-9]( ?)[0-9]{2}\1[0-9]{3}\1[0-9]{3}\1[0-9]{3}(?![0-9])/g;
const FRENCH_TAX_WORDS = /(?<![^\P{L}])(?:num[ée]ro fiscal|num[ée]ro d['’]identification fiscale|identifiant fiscal|SPI|french tax (?:number|id))(?![^\P{L}])/iu;
// Quebec health insurance number (NAM, RAMQ): three letters of the surname, one of the first name, YYMMDD
// (the month + 50 for women), two digits; after a word naming it.
const QUEBEC_NAM = /(?<![A-Za-z0-9])[A-Z]{4} ?[0-9]{2}([0-9]{2}) ?([0-9]{2})[0-9]{2}(?![A-Za-z0-9])/g;
const QUEBEC_NAM_WORDS = /(?<![^\P{L}])(?:NAM|RAMQ|assurance[ -]maladie|carte soleil|health (?:insurance|card) number)(?![^\P{L}])/iu;

// Identity cards named as such (French CNI, Moroccan CIN/CNIE, Tunisian and Senegalese cards): no check to
// read, so a card word just before and a number of 6 to 12 letters and digits, five digits at least.
// Nigeria's NIN and Kenya's "National ID No." are named so too (fresh37, 2026-12-04).
// And, with no public check, by their word right before (fresh41, 2026-12-04): Colombia's C.C. (cédula), Peru's and
// Argentina's DNI, Vietnam's CCCD, Indonesia's NIK/KTP, Pakistan's CNIC, Egypt's "national ID", Saudi Arabia's Iqama,
// Qatar's QID, the Ghana Card, Mauritius' NIC.
const ID_CARD_WORDS = /(?<![^\P{L}])(?:CNIE?|CIN|NIN|carte (?:nationale )?d['’]identit[ée](?: nationale)?|(?:national )?id(?:entity)? card|national id(?:entity)?(?: (?:no\.?|number))?|C\.C\.|c[ée]dula(?: de ciudadan[ií]a)?|DNI|CCCD|NIK|KTP|CNIC|NICOP|Iqama|QID|Ghana Card|NIC|PhilSys(?: (?:card|number|PCN))?|PhilID|BVN|bank verification number)(?![^\P{L}])/giu;
// Bangladesh's NID, an NNI: in capitals only ("nid" is a nest in French, an NNI a network interface), fresh61, fresh63.
const ID_CARD_CAPITALS = /(?<![^\P{L}])(?:NID|NNI)(?![^\P{L}])/gu;
const ID_CARD_VALUE = /^(?=(?:[^0-9]*[0-9]){5})[A-Z0-9]{6,18}$/;
// Written with its separators: "1.020.734.615", "70214589-4", "42101-5287391-6", "GHA-718204563-7".
// Up to six groups: Haiti's CIN "01-07-99-1986-04-00231" (fresh63, 2026-12-04).
const SEPARATED_ID_VALUE = /^(?:[A-Z]{2,3}-)?[0-9]{1,10}(?:[.-][0-9]{1,10}){1,5}(?:-[0-9A-Z])?$/;

// Words any of these countries' numbers may be named by instead (with their checksum, they suffice).
const GENERIC_ID_WORDS = /(?<![^\P{L}])(?:(?:national|personal|civil) (?:identity|identification|id) (?:number|code|no\.?)|identity number|id number|num[ée]ro (?:d['’]identit[ée]|d['’]identification|national d['’]identification|personnel))(?![^\P{L}])/iu;

// Literal tests before the word patterns (whose leading lookbehind would be tried at every position of a long paste).

// Ids of further countries our people hire in, each with its key and a word naming it (fresh14, 2026-12-03): the Greek
// AMKA (DDMMYY and five digits, Luhn), the Czech and Slovak birth number (YYMMDD/SSSC, month + 50 for women, divisible by
// 11), the Turkish T.C. Kimlik No (eleven digits, two check digits), the Romanian CNP (sex digit, YYMMDD, county, serial,
// a weighted check).
const AMKA = /(?<![0-9])[0-9]{11}(?![0-9])/g;
const AMKA_WORDS = /(?<![^\P{L}])(?:AMKA|ΑΜΚΑ)(?![^\P{L}])/u;
const CZECH = /(?<![0-9/])([0-9]{2})([0-9]{2})([0-9]{2}) ?\/? ?([0-9]{3,4})(?![0-9])/g;
const CZECH_WORDS = /(?<![^\P{L}])(?:birth number|rodn[ée] [čc][íi]slo|RČ|r\.[čc]\.|num[ée]ro de naissance)(?![^\P{L}])/iu;
/** The Czech initials with their dots ("r.č."), which a draft's words do not keep: see idNumbersIn. */
const CZECH_INITIALS = /r\.[čc]\./i;
const TURKISH = /(?<![0-9])[1-9][0-9]{10}(?![0-9])/g;
const TURKISH_WORDS = /(?<![^\P{L}])(?:T\.? ?C\.? ?Kimlik(?: No\.?| Numaras[ıi])?|TCKN|Kimlik No)(?![^\P{L}])/iu;
const TURKISH_TC = /(?<![^\P{L}])TC(?![^\P{L}])/u;
const ROMANIAN = /(?<![0-9])[1-9][0-9]{12}(?![0-9])/g;
const ROMANIAN_WORDS = /(?<![^\P{L}])(?:CNP|cod numeric personal)(?![^\P{L}])/iu;
const ROMANIAN_WEIGHTS = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9];

// Ids of the Baltic states, the former Yugoslavia, Croatia, Luxembourg and Bulgaria, each with its key and a word naming
// it (fresh15, 2026-12-03): the Estonian isikukood and Lithuanian asmens kodas (sex-and-century digit, YYMMDD, serial,
// two-pass mod 11), the Latvian personas kods (DDMMYY-NNNNN, weighted mod 11; the keyless 32… codes of 2017 on are not
// read), the Croatian OIB (ISO 7064 MOD 11,10), the EMŠO / JMBG (DDMMYYY, region, serial, weighted mod 11), the
// Luxembourg matricule (YYYYMMDD, serial, a Luhn and a Verhoeff digit) and the Bulgarian EGN (YYMMDD with the
// century in the month, weighted mod 11).
const ELEVEN_OR_DASHED = /(?<![0-9-])[0-9]{6}-?[0-9]{5}(?![0-9-])/g;
const THIRTEEN = /(?<![0-9])[0-9]{13}(?![0-9])/g;
const LUXEMBOURG = /(?<![0-9])(?:19|20)[0-9]{2} ?[0-9]{4} ?[0-9]{3} ?[0-9]{2}(?![0-9])/g;
const TEN = /(?<![0-9])[0-9]{10}(?![0-9])/g;
const BALTIC_WORDS = /(?<![^\P{L}])(?:isikukood\p{L}*|asmens kod\p{L}*|(?:estonian|lithuanian) (?:personal |national )?(?:id(?:entification)? )?codes?)(?![^\P{L}])/iu;
const LATVIAN_WORDS = /(?<![^\P{L}])(?:personas kod\p{L}*|latvian (?:personal |national )?(?:id(?:entity|entification)? )?(?:codes?|numbers?))(?![^\P{L}])/iu;
const OIB_WORDS = /(?<![^\P{L}])(?:OIB|osobni identifikacijski broj)(?![^\P{L}])/u;
const JMBG_WORDS = /(?<![^\P{L}])(?:EM[ŠS]O|JMBG|ЈМБГ|mati[čc]ni broj|unique master citizen number)(?![^\P{L}])/iu;
const LUXEMBOURG_WORDS = /(?<![^\P{L}])(?:matricule|CCSS|num[ée]ro d['’]identification(?: national| nationale| personnel)?|luxembourg(?:ish)? (?:national )?id(?:entification)? numbers?)(?![^\P{L}])/iu;
const EGN_WORDS = /(?<![^\P{L}])(?:EGN|ЕГН|bulgarian (?:personal |civil )?(?:id(?:entity)? )?numbers?)(?![^\P{L}])/iu;

// The Austrian social-security number (a serial of three, a check digit, DDMMYY; weights 3 7 9 _ 5 8 4 2 1 6, mod 11) and
// the Singapore NRIC / FIN (a letter of the series, seven digits, a check letter) (fresh16, 2026-12-03).
const AUSTRIAN = /(?<![0-9])([0-9]{4}) ?([0-9]{6})(?![0-9])/g;
// "Austrian SV-Nr. 4820 030991", "nouvelle collaboratrice autrichienne, numéro de sécurité sociale 7355 221170" (fresh67, 2026-12-04).
const AUSTRIAN_WORDS = /(?<![^\P{L}])(?:austrian social[- ]security number|sozialversicherungsnummer|SVNR|SV-?Nummer|SV-?Nr\.?|VSNR|num[ée]ro de s[ée]curit[ée] sociale autrichien(?:ne)?)(?![^\P{L}])|austrian[^.\n]{0,30}(?:social[- ]security|SV-?Nr)|autrichienne?[^.\n]{0,30}s[ée]curit[ée] sociale/iu;
const NRIC = /(?<![A-Za-z0-9])([STFG])([0-9]{7})([A-Z])(?![A-Za-z0-9])/g;
// Case-sensitive: "fin" is a French word.
// Or "IC" alone, as Singaporeans say it ("posted the list with full IC numbers. mine's right there: S5068285D", fresh54,
// 2026-12-04): the letter and the check letter make the shape rare.
const NRIC_WORDS = /(?<![^\P{L}])(?:NRIC|FIN|IC(?: numbers?| nos?\.?| cards?)?|[Ss]ingapore (?:IC|ID|ic|id(?:entity)? (?:card|number)))(?![^\P{L}])/u;
const NRIC_ST = 'JZIHGFEDCBA';
const NRIC_FG = 'XWUTRQPNMLK';

function austrianValid(serial: string, birth: string): boolean {
  if (serial.charAt(0) === '0' || !validDate(Number(birth.slice(0, 2)), Number(birth.slice(2, 4)))) return false;
  const digits = serial + birth;
  const check = weightedSum(digits, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11;
  return check !== 10 && check === digits.charCodeAt(3) - 48;
}

function nricValid(series: string, digits: string, check: string): boolean {
  const sum = weightedSum(digits, [2, 7, 6, 5, 4, 3, 2]) + (series === 'T' || series === 'G' ? 4 : 0);
  return ((series === 'S' || series === 'T' ? NRIC_ST : NRIC_FG).charAt(sum % 11)) === check;
}

function balticValid(digits: string): boolean {
  if (digits.charAt(0) < '1' || digits.charAt(0) > '8' || !validDate(Number(digits.slice(5, 7)), Number(digits.slice(3, 5)))) return false;
  let rest = weightedSum(digits, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (rest === 10) rest = weightedSum(digits, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11 % 10;
  return rest === digits.charCodeAt(10) - 48;
}

function latvianValid(digits: string): boolean {
  return validDate(Number(digits.slice(0, 2)), Number(digits.slice(2, 4))) &&
    (1101 - weightedSum(digits, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11 === digits.charCodeAt(10) - 48;
}

/** ISO 7064 MOD 11,10 over the first ten digits (Croatian OIB; the German Steuer-ID adds its own first-digit rule). */
function mod1110Valid(digits: string): boolean {
  let product = 10;
  for (let index = 0; index < 10; index += 1) {
    let sum = (digits.charCodeAt(index) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === digits.charCodeAt(10) - 48;
}

function jmbgValid(digits: string): boolean {
  if (!validDate(Number(digits.slice(0, 2)), Number(digits.slice(2, 4)))) return false;
  const check = 11 - (weightedSum(digits, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return (check > 9 ? 0 : check) === digits.charCodeAt(12) - 48;
}

function luxembourgValid(digits: string): boolean {
  return validDate(Number(digits.slice(6, 8)), Number(digits.slice(4, 6))) && luhnValid(digits.slice(0, 12)) &&
    verhoeffValid(digits.slice(0, 11) + digits.charAt(12));
}

function egnValid(digits: string): boolean {
  if (!validDate(Number(digits.slice(4, 6)), Number(digits.slice(2, 4)) % 20)) return false;
  return weightedSum(digits, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10 === digits.charCodeAt(9) - 48;
}

function czechValid(digits: string): boolean {
  if (digits.length === 9) return Number(digits.slice(0, 2)) < 54;
  const body = Number(digits.slice(0, 9)) % 11;
  return (body === 10 ? 0 : body) === Number(digits.charAt(9)) || Number(digits) % 11 === 0;
}

function turkishValid(digits: string): boolean {
  const d = Array.from(digits, Number) as number[];
  const odd = (d[0] as number) + (d[2] as number) + (d[4] as number) + (d[6] as number) + (d[8] as number);
  const even = (d[1] as number) + (d[3] as number) + (d[5] as number) + (d[7] as number);
  const tenth = (((odd * 7 - even) % 10) + 10) % 10;
  return tenth === d[9] && d.slice(0, 10).reduce((sum, digit) => sum + digit, 0) % 10 === d[10];
}

function romanianValid(digits: string): boolean {
  const sum = weightedSum(digits, ROMANIAN_WEIGHTS) % 11;
  return (sum === 10 ? 1 : sum) === Number(digits.charAt(12)) && validDate(Number(digits.slice(5, 7)), Number(digits.slice(3, 5)));
}

/**
 * Ids read only where a word names them (before, after, or earlier in the paragraph, as their key already says what they
 * are), each by its shape and its key. One table instead of a loop per country; the gate holds every word's start.
 */
interface NamedKeyedId {
  words: RegExp;
  shape: RegExp;
  valid(span: Span): boolean;
}
// In two parts: letters outside ASCII in a case-insensitive pattern slowed every position of its scan (60 µs of a dense
// 3,000-character draft against 24 µs for the two, 2026-12-04). Together they open on the same drafts as one would.
// Singapore's FIN only in capitals, as NRIC_WORDS reads it: folded, "fin" is French for "end" and opened the gate on most
// French drafts ("fin janvier"), twelve scans of the draft for nothing (a third of a dense draft's checks, 2026-12-03).
// The UAE's Emirates ID (784, the birth year, seven digits, a Luhn digit: "784-1987-8760033-1") and New Zealand's IRD
// number (eight or nine digits, a weighted mod-11 check with a second set of weights), each named by its word in the
// paragraph (fresh37, 2026-12-04).
const EMIRATES = /(?<![0-9-])784-?(?:19|20)[0-9]{2}-?[0-9]{7}-?[0-9](?![0-9-])/g;
const EMIRATES_WORDS = /(?<![^\P{L}])(?:emirates id|EID|ICP|UAE (?:id|identity card))(?![^\P{L}])/iu;
const IRD = /(?<![0-9-])[0-9]{2,3}-?[0-9]{3}-?[0-9]{3}(?![0-9-])/g;
const IRD_WORDS = /(?<![^\P{L}])IRD(?: (?:number|no\.?|num[ée]ro))?(?![^\P{L}])/u;

// Further countries, each by its word and its shape, with its check where it has one (fresh39, 2026-12-04): the US EIN,
// India's PAN, the Philippines' TIN and SSS numbers, Malaysia's MyKad (a birth date first), Israel's Teudat Zehut (Luhn),
// Mexico's CURP (a weighted check over 17 characters) and RFC (a date inside), Japan's My Number (weighted mod 11) and
// Australia's Medicare number (weighted mod 10 on its ninth digit).
const EIN = /(?<![0-9-])[0-9]{2}-[0-9]{7}(?![0-9-])/g;
const EIN_WORDS = /(?<![^\P{L}])(?:EIN|employer identification number|federal tax id(?:entification)?(?: number)?)(?![^\P{L}])/iu;
const PAN = /(?<![A-Za-z0-9])[A-Z]{3}[PCHFATBLJG][A-Z][0-9]{4}[A-Z](?![A-Za-z0-9])/g;
const PAN_WORDS = /(?<![^\P{L}])(?:PAN(?: card| no\.?| number)?|permanent account number)(?![^\P{L}])/u;
const PH_TIN = /(?<![0-9-])[0-9]{3}-[0-9]{3}-[0-9]{3}(?:-[0-9]{3,5})?(?![0-9-])/g;
const PH_TIN_WORDS = /(?<![^\P{L}])(?:TIN|BIR)(?![^\P{L}])/u;
const PH_SSS = /(?<![0-9-])[0-9]{2}-[0-9]{7}-[0-9](?![0-9-])/g;
const PH_SSS_WORDS = /(?<![^\P{L}])SSS(?![^\P{L}])/u;
const MYKAD = /(?<![0-9-])([0-9]{2})([0-9]{2})([0-9]{2})-?[0-9]{2}-?[0-9]{4}(?![0-9-])/g;
const MYKAD_WORDS = /(?<![^\P{L}])(?:MyKad|IC (?:no\.?|number)|Malaysian IC|NRIC)(?![^\P{L}])/iu;
const TEUDAT_ZEHUT = /(?<![0-9])[0-9]{9}(?![0-9])/g;
const TEUDAT_ZEHUT_WORDS = /(?:ת\.?ז\.?|ת"ז|ת״ז|(?<![^\P{L}])(?:teudat zehut|teoudat zehout|teoudat zeout|israeli id(?: number)?))(?![^\P{L}])/iu;
const CURP = /(?<![A-Za-z0-9])[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HMX][A-Z]{2}[B-DF-HJ-NP-TV-Z]{3}[A-Z0-9][0-9](?![A-Za-z0-9])/g;
const CURP_WORDS = /(?<![^\P{L}])CURP(?![^\P{L}])/u;
const RFC = /(?<![A-Za-z0-9&Ñ])[A-ZÑ&]{3,4}([0-9]{2})([0-9]{2})([0-9]{2})[A-Z0-9]{2}[0-9A](?![A-Za-z0-9])/g;
const GENERIC_RFCS = new Set(['XAXX010101000', 'XEXX010101000']);
const RFC_WORDS = /(?<![^\P{L}])RFC(?![^\P{L}])/u;
const MY_NUMBER = /(?<![0-9])[0-9]{4} ?[0-9]{4} ?[0-9]{4}(?![0-9])/g;
const MY_NUMBER_WORDS = /(?:(?<![^\P{L}])My ?Number|マイナンバー|個人番号)(?![^\P{L}])/u;
const MEDICARE = /(?<![0-9])[2-6][0-9]{3} ?[0-9]{5} ?[0-9](?:[ -]?[0-9])?(?![0-9])/g;
const MEDICARE_WORDS = /(?<![^\P{L}])Medicare(?: (?:card|no\.?|number))?(?![^\P{L}])/iu;
// Further countries again (fresh40, fresh41, 2026-12-04), each with its check (lib/id-checksums.ts): Iceland's kennitala
// ("kt."), Hungary's TAJ, Ukraine's RNOKPP, Chile's RUT, Argentina's CUIT/CUIL, Brazil's CNPJ, South Korea's RRN, Taiwan's
// and China's national ids (a bare "ID" suffices: their checks are strong), Hong Kong's HKID, Thailand's id card number.
const KENNITALA = /(?<![0-9-])[0-9]{6}-?[0-9]{4}(?![0-9-])/g;
const KENNITALA_WORDS = /(?<![^\P{L}])(?:kennitala|kt\.)/iu;
const TAJ = /(?<![0-9])[0-9]{3} ?[0-9]{3} ?[0-9]{3}(?![0-9])/g;
const TAJ_WORDS = /(?<![^\P{L}])(?:TAJ(?:[ -]?(?:sz[áa]m|number|no\.?))?)(?![^\P{L}])/u;
const RNOKPP = /(?<![0-9])[0-9]{10}(?![0-9])/g;
const RNOKPP_WORDS = /(?<![^\P{L}])(?:RNOKPP|РНОКПП|ІПН|IPN|ukrainian tax (?:id|number))(?![^\P{L}])/u;
const RUT = /(?<![0-9.])[0-9]{1,2}\.?[0-9]{3}\.?[0-9]{3}-[0-9Kk](?![0-9A-Za-z])/g;
const RUT_WORDS = /(?<![^\P{L}])(?:RUT|RUN|rol [úu]nico tributario)(?![^\P{L}])/u;
const CUIT = /(?<![0-9-])(?:20|23|24|27|30|33|34)-?[0-9]{8}-?[0-9](?![0-9-])/g;
const CUIT_WORDS = /(?<![^\P{L}])(?:CUIT|CUIL)(?![^\P{L}])/u;
const CNPJ = /(?<![0-9])[0-9]{2}\.?[0-9]{3}\.?[0-9]{3}\/?[0-9]{4}-?[0-9]{2}(?![0-9])/g;
const CNPJ_WORDS = /(?<![^\P{L}])CNPJ(?![^\P{L}])/u;
const RRN = /(?<![0-9-])[0-9]{6}-?[1-8][0-9]{6}(?![0-9-])/g;
const RRN_WORDS = /(?:(?<![^\P{L}])(?:RRN|resident registration(?: number)?)(?![^\P{L}])|주민등록번호)/iu;
const TAIWAN_ID = /(?<![A-Za-z0-9])[A-Z][12][0-9]{8}(?![A-Za-z0-9])/g;
const CHINESE_ID = /(?<![0-9])[1-9][0-9]{5}(?:19|20)[0-9]{2}[01][0-9][0-3][0-9][0-9]{3}[0-9Xx](?![0-9])/g;
const BARE_ID_WORDS = /(?:(?<![^\P{L}])(?:ID|national ID|identity card|resident ID)(?![^\P{L}])|身份证|身分證)/u;
const HKID = /(?<![A-Za-z0-9])[A-Z]{1,2}[0-9]{6} ?\(?[0-9A]\)?/g;
const HKID_WORDS = /(?<![^\P{L}])(?:HKID|HK ?ID|Hong Kong ID(?: card)?|Hong Kong identity card)(?![^\P{L}])/iu;
const THAI_ID = /(?<![0-9-])[1-8]-?[0-9]{4}-?[0-9]{5}-?[0-9]{2}-?[0-9](?![0-9-])/g;
const THAI_ID_WORDS = /(?:(?<![^\P{L}])(?:ID card|Thai ID|national ID|khun)(?![^\P{L}])|บัตรประชาชน)/iu;

// Social security numbers of Mexico, Brazil and Spain (fresh57, 2026-12-04): the IMSS number (eleven digits, a Luhn digit
// last), the PIS/PASEP (weighted mod 11), the Spanish afiliación number (twelve digits, the last two the first ten mod 97).
const IMSS = /(?<![0-9-])[0-9]{2}-?[0-9]{2}-?[0-9]{2}-?[0-9]{4}-?[0-9](?![0-9-])/g;
const IMSS_WORDS = /(?<![^\P{L}])(?:IMSS|NSS|n[úu]mero de seguridad social)(?![^\P{L}])/iu;
const PIS = /(?<![0-9.])[0-9]{3}\.?[0-9]{5}\.?[0-9]{2}-?[0-9](?![0-9])/g;
const PIS_WORDS = /(?<![^\P{L}])(?:PIS|PASEP|NIS|NIT)(?![^\P{L}])/u;
const SPANISH_SOCIAL = /(?<![0-9/])[0-9]{2}[ /-]?[0-9]{8}[ /-]?[0-9]{2}(?![0-9])/g;
const SPANISH_SOCIAL_WORDS = /(?<![^\P{L}])(?:seguridad social|NUSS|NAF|n[úu]mero de afiliaci[óo]n|afiliaci[óo]n)(?![^\P{L}])/iu;

// Scotland's CHI number (a birth date, a mod 11 check), the US ITIN and the US Medicare Beneficiary Identifier (fresh62, fresh64,
// 2026-12-04).
const CHI = /(?<![0-9])[0-3][0-9][01][0-9]{3} ?[0-9]{4}(?![0-9])/g;
const CHI_WORDS = /(?<![^\P{L}])CHI(?: number| no\.?)?(?![^\P{L}])/u;
const ITIN = /(?<![0-9-])9[0-9]{2}-?[0-9]{2}-?[0-9]{4}(?![0-9-])/g;
const ITIN_WORDS = /(?<![^\P{L}])ITINs?(?![^\P{L}])/u;
// The MBI that the Centers for Medicare & Medicaid Services print in their own leaflets and format guide (2018-2026):
// a specimen for all to see, no one's.
// Named "Medicare" or by its own name; "MBI" in capitals only (an "mbi" is no name of anything).
const MBI_WORDS = /(?<![^\P{L}])[Mm][Ee][Dd][Ii][Cc][Aa][Rr][Ee](?![^\P{L}])|(?<![A-Za-z])MBIs?(?![A-Za-z])/u;
const PUBLISHED_MBIS: ReadonlySet<string> = new Set(['1EG4TE5MK73']);
const MBI = /(?<![A-Za-z0-9])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y]{2}[0-9]{2}(?![A-Za-z0-9])/g;

// Ontario's health card number, ten digits (4-3-3) with a Luhn check digit and a two-letter version code (fresh70,
// 2026-12-04): named "OHIP" (in capitals: an "ohip" is nothing else) or as Ontario's health card.
const OHIP = /(?<![0-9])[0-9]{4}[ -]?[0-9]{3}[ -]?[0-9]{3}(?![0-9])/g;
const OHIP_WORDS = /(?<![A-Za-z])OHIP(?![A-Za-z])|(?<![^\P{L}])(?:Ontario health (?:card|number)|carte sant[ée] de l['’]Ontario)(?![^\P{L}])/u;

// Germany's pension and social insurance number, "65170885M036" or "12 020379 S 526" (fresh67, 2026-12-04): named in German,
// English or French; its shape and check digit make a plain "social security number" before it enough.
const GERMAN_PENSION = /(?<![A-Za-z0-9])[0-9]{2} ?[0-3][0-9][01][0-9]{3} ?[A-Z] ?[0-9]{3}(?![A-Za-z0-9])/g;
// Short names read in capitals only, as FIN is: "tant pis", "tc" must not open the keyed ids' path on every draft.
const CAPITAL_KEYED_GATE = /(?<![A-Za-z])(?:PIS|NIS|NIT|TC|MBIs?)(?![A-Za-z])/;
const GERMAN_PENSION_GATE = /[0-9]{2} ?[0-9]{6} ?[A-Z] ?[0-9]{3}/;
const GERMAN_PENSION_WORDS = /(?<![^\P{L}])(?:rentenversicherungsnummer|sozialversicherungsnummer|versicherungsnummer|RVNR|SV-?Nummer|SV-?Nr\.?|VSNR|pension insurance number|social (?:security|insurance) number|num[ée]ro de s[ée]curit[ée] sociale)(?![^\P{L}])/iu;

const NAMED_KEYED_IDS: readonly NamedKeyedId[] = [
  { words: GERMAN_PENSION_WORDS, shape: GERMAN_PENSION, valid: ({ text }) => validDate(Number(text.replace(/ /g, '').slice(2, 4)), Number(text.replace(/ /g, '').slice(4, 6))) && germanPensionNumberValid(text) },
  // The CHI's check is the NHS number's (weights 10 to 2, mod 11, no check digit 10).
  { words: CHI_WORDS, shape: CHI, valid: ({ text }) => validDate(Number(text.slice(0, 2)), Number(text.slice(2, 4))) && mod11Valid(text.replace(/ /g, ''), false) },
  { words: ITIN_WORDS, shape: ITIN, valid: ({ text }) => itinValid(text) },
  { words: OHIP_WORDS, shape: OHIP, valid: ({ text }) => luhnValid(text.replace(/[ -]/g, '')) },
  { words: MBI_WORDS, shape: MBI, valid: ({ text }) => !PUBLISHED_MBIS.has(text.replace(/-/g, '')) },
  { words: IMSS_WORDS, shape: IMSS, valid: ({ text }) => luhnValid(text.replace(/-/g, '')) },
  { words: PIS_WORDS, shape: PIS, valid: ({ text }) => pisValid(text) },
  { words: SPANISH_SOCIAL_WORDS, shape: SPANISH_SOCIAL, valid: ({ text }) => spanishSocialSecurityValid(text) },
  { words: KENNITALA_WORDS, shape: KENNITALA, valid: ({ text }) => validDate(Number(text.slice(0, 2)), Number(text.slice(2, 4))) && kennitalaValid(text) },
  { words: TAJ_WORDS, shape: TAJ, valid: ({ text }) => tajValid(text) },
  { words: RNOKPP_WORDS, shape: RNOKPP, valid: ({ text }) => rnokppValid(text) },
  { words: RUT_WORDS, shape: RUT, valid: ({ text }) => rutValid(text) },
  { words: CUIT_WORDS, shape: CUIT, valid: ({ text }) => cuitValid(text) },
  { words: CNPJ_WORDS, shape: CNPJ, valid: ({ text }) => cnpjValid(text) },
  { words: RRN_WORDS, shape: RRN, valid: ({ text }) => validDate(Number(text.slice(4, 6)), Number(text.slice(2, 4))) && rrnValid(text) },
  { words: BARE_ID_WORDS, shape: TAIWAN_ID, valid: ({ text }) => taiwanIdValid(text) },
  { words: BARE_ID_WORDS, shape: CHINESE_ID, valid: ({ text }) => validDate(Number(text.slice(12, 14)), Number(text.slice(10, 12))) && chineseIdValid(text) },
  { words: HKID_WORDS, shape: HKID, valid: ({ text }) => hkidValid(text) },
  { words: THAI_ID_WORDS, shape: THAI_ID, valid: ({ text }) => thaiIdValid(text) },
  { words: EIN_WORDS, shape: EIN, valid: ({ text }) => !text.startsWith('00') },
  { words: PAN_WORDS, shape: PAN, valid: () => true },
  { words: PH_TIN_WORDS, shape: PH_TIN, valid: ({ text }) => !text.startsWith('000') },
  { words: PH_SSS_WORDS, shape: PH_SSS, valid: () => true },
  { words: MYKAD_WORDS, shape: MYKAD, valid: ({ groups: [, month = '', day = ''] }) => validDate(Number(day), Number(month)) },
  { words: TEUDAT_ZEHUT_WORDS, shape: TEUDAT_ZEHUT, valid: ({ text }) => luhnValid(text) },
  { words: CURP_WORDS, shape: CURP, valid: ({ text }) => curpValid(text) },
  // The SAT's generic RFCs for the public and for foreigners are no one's.
  { words: RFC_WORDS, shape: RFC, valid: ({ text, groups: [, month = '', day = ''] }) => validDate(Number(day), Number(month)) && !GENERIC_RFCS.has(text) },
  { words: MY_NUMBER_WORDS, shape: MY_NUMBER, valid: ({ text }) => myNumberValid(text) },
  { words: MEDICARE_WORDS, shape: MEDICARE, valid: ({ text }) => medicareValid(text) },

  { words: EMIRATES_WORDS, shape: EMIRATES, valid: ({ text }) => luhnValid(text.replace(/-/g, '')) },
  { words: IRD_WORDS, shape: IRD, valid: ({ text }) => irdValid(text) },
  { words: AMKA_WORDS, shape: AMKA, valid: ({ text }) => validDate(Number(text.slice(0, 2)), Number(text.slice(2, 4))) && luhnValid(text) },
  {
    words: CZECH_WORDS,
    shape: CZECH,
    valid: ({ text, groups: [, month = '', day = '', serial = ''] }) =>
      validDate(Number(day), Number(month) % 50 % 20) && czechValid(text.replace(/[ /]/g, '')) && (serial.length === 4 || text.includes('/')),
  },
  { words: TURKISH_WORDS, shape: TURKISH, valid: ({ text }) => turkishValid(text) },
  // Or "TC" alone, in capitals ("Emre Şahin, TC 32825037718", fresh60, 2026-12-04): the two check digits make the number rare.
  { words: TURKISH_TC, shape: TURKISH, valid: ({ text }) => turkishValid(text) },
  { words: ROMANIAN_WORDS, shape: ROMANIAN, valid: ({ text }) => romanianValid(text) },
  { words: BALTIC_WORDS, shape: ELEVEN_OR_DASHED, valid: ({ text }) => !text.includes('-') && balticValid(text) },
  { words: LATVIAN_WORDS, shape: ELEVEN_OR_DASHED, valid: ({ text }) => latvianValid(text.replace('-', '')) },
  { words: OIB_WORDS, shape: ELEVEN_OR_DASHED, valid: ({ text }) => !text.includes('-') && mod1110Valid(text) },
  { words: JMBG_WORDS, shape: THIRTEEN, valid: ({ text }) => jmbgValid(text) },
  { words: LUXEMBOURG_WORDS, shape: LUXEMBOURG, valid: ({ text }) => luxembourgValid(text.replace(/ /g, '')) },
  { words: AUSTRIAN_WORDS, shape: AUSTRIAN, valid: ({ groups: [serial = '', birth = ''] }) => austrianValid(serial, birth) },
  { words: NRIC_WORDS, shape: NRIC, valid: ({ groups: [series = '', digits = '', check = ''] }) => nricValid(series, digits, check) },
  { words: EGN_WORDS, shape: TEN, valid: ({ text }) => egnValid(text) },
];


/** How far before a number the word that names it may sit. */
const WORD_REACH = 60;

/** How far after an identity card's word its number may sit. */
const CARD_REACH = 40;

const DIGIT_GROUP = /^[0-9]{2,4}$/;
const LETTER_SERIES = /^[A-Z]{1,2}$/;
const LETTER_PREFIXED_NUMBER = /^[A-Z]{1,2} [0-9]{5,7}(?![0-9A-Za-z])/;
const GROUPED_CARD_NUMBER = /^[0-9]{2,4}(?: [0-9]{2,4}){1,5}(?![0-9])/;
/** The first token within CARD_REACH after `end`, in the same sentence, shaped as a card number. */
function cardNumberAfter(text: string, end: number): { start: number; end: number } | undefined {
  // The reach ends at a blank, not inside a token: "…form: 48291736V" cut at 40 characters read "482917" (fresh81, 2026-12-05).
  let stop = Math.min(text.length, end + CARD_REACH);
  while (stop < text.length && stop < end + CARD_REACH + 24 && !/\s/.test(text.charAt(stop))) stop += 1;
  const following = text.slice(end, stop);
  let offset = 0;
  for (const token of following.split(' ')) {
    // A line ends the number ("CIN : 08741236\nTél : …", fresh36): read up to it, then stop.
    const lineBreak = token.indexOf('\n');
    const inLine = lineBreak >= 0 ? token.slice(0, lineBreak) : token;
    const value = inLine.replace(/^[(:«"]+/, '').replace(/[.,;:!?)»"]+$/, '');
    if (ID_CARD_VALUE.test(value) || (SEPARATED_ID_VALUE.test(value) && ID_CARD_VALUE.test(value.replace(/[.-]/g, '')))) {
      const start = end + offset + inLine.indexOf(value);
      return { start, end: start + value.length };
    }
    // Letters, then the digits apart: a Moroccan CIN as written ("CIN JA 90412", fresh84, 2026-12-05).
    if (LETTER_SERIES.test(value)) {
      const start = end + offset + inLine.indexOf(value);
      const prefixed = LETTER_PREFIXED_NUMBER.exec(text.slice(start, start + 16));
      if (prefixed) return { start, end: start + prefixed[0].length };
    }
    // Digits in groups, as a card prints them ("CIN : 101 211 034 587", fresh38): the groups read as one number.
    if (DIGIT_GROUP.test(value)) {
      const start = end + offset + inLine.indexOf(value);
      const grouped = GROUPED_CARD_NUMBER.exec(text.slice(start, start + CARD_REACH));
      if (grouped && ID_CARD_VALUE.test(grouped[0].replace(/ /g, ''))) return { start, end: start + grouped[0].length };
    }
    if ((lineBreak >= 0 || /[.!?]$/.test(token)) && offset > 0) return undefined;
    offset += token.length + 1;
  }
  return undefined;
}

/** How far after a number its naming word may sit ("8734512Q is my PPS"). */
const WORD_REACH_AFTER = 30;

/**
 * Whether `words` name the number at start..end, before or just after it; with `generic`, "ID number" and
 * the like also do (for shapes rarer than a bare run of 9 or 12 digits).
 */
function namedNear(text: string, start: number, end: number, words: RegExp, generic = true): boolean {
  const around = text.slice(Math.max(0, start - WORD_REACH), start) + ' … ' + text.slice(end, end + WORD_REACH_AFTER);
  return words.test(around) || (generic && GENERIC_ID_WORDS.test(around));
}

function namedBefore(text: string, start: number, words: RegExp): boolean {
  return words.test(text.slice(Math.max(0, start - WORD_REACH), start));
}

/**
 * How far back, in the same paragraph, the word may sit for a number whose checksum already says what it is
 * (the DNI's letter, the NAS's Luhn digit, the BSN's and NIF's mod 11): people name the id, tell a sentence or two
 * about it, then give it ("son DNI trois fois … 48213957T", "le NIF. On te le demande partout. Le mien (…)").
 */
const FAR_REACH = 220;
const PARAGRAPH_BREAK = /\n[ \t]*\n/g;

/** Named within WORD_REACH before (or, with `after`, just after), or within FAR_REACH before in the same paragraph. */
function namedInParagraph(text: string, start: number, end: number, words: RegExp, after = false): boolean {
  if (after ? namedNear(text, start, end, words, false) : namedBefore(text, start, words)) return true;
  const before = text.slice(Math.max(0, start - FAR_REACH), start);
  let paragraphStart = 0;
  for (const paragraphBreak of scan(PARAGRAPH_BREAK, before)) paragraphStart = paragraphBreak.end;
  return words.test(before.slice(paragraphStart));
}

/** EAN-13 check digit, as the Swiss AVS number carries. */
function ean13Valid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < 12; index += 1) sum += (digits.charCodeAt(index) - 48) * (index % 2 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48;
}

function dutchElevenProof(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < 8; index += 1) sum += (digits.charCodeAt(index) - 48) * (9 - index);
  return (sum - (digits.charCodeAt(8) - 48)) % 11 === 0;
}

function italianCheckValid(code: string): boolean {
  let sum = 0;
  for (let index = 0; index < 15; index += 1) {
    const char = code.charCodeAt(index);
    const value = char <= 57 ? char - 48 : char - 65;
    sum += index % 2 === 0 ? (ITALIAN_ODD[value] ?? 0) : value;
  }
  return String.fromCharCode(65 + (sum % 26)) === code.charAt(15);
}

function irishCheckValid(digits: string, check: string, second: string): boolean {
  let sum = 0;
  for (let index = 0; index < 7; index += 1) sum += (digits.charCodeAt(index) - 48) * (8 - index);
  if (second) sum += (second === 'W' ? 0 : second.charCodeAt(0) - 64) * 9;
  const rest = sum % 23;
  return (rest === 0 ? 'W' : String.fromCharCode(64 + rest)) === check;
}

/** A day and month as identity numbers write them (offsets for temporary numbers removed by the caller). */
function validDate(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A Norwegian fødselsnummer, eleven digits DDMMYYNNNKK: D-numbers add 40 to the day, H-numbers and test numbers 40 or
 * 80 to the month; two mod 11 check digits. */
function norwegianValid(digits: string): boolean {
  if (!validDate(Number(digits.slice(0, 2)) % 40, Number(digits.slice(2, 4)) % 40)) return false;
  const k1 = (11 - (weightedSum(digits, NORWEGIAN_K1) % 11)) % 11;
  if (k1 === 10 || k1 !== digits.charCodeAt(9) - 48) return false;
  const k2 = (11 - (weightedSum(digits, NORWEGIAN_K2) % 11)) % 11;
  return k2 !== 10 && k2 === digits.charCodeAt(10) - 48;
}

/** A Swedish personnummer, ten digits YYMMDDNNNC: the day plus 60 for a coordination number, Luhn over all ten. */
function swedishValid(digits: string): boolean {
  return validDate(Number(digits.slice(4, 6)) % 60, Number(digits.slice(2, 4))) && luhnValid(digits);
}

/** A South African id, thirteen digits YYMMDDSSSSCAZ: a date, and a Luhn check digit. */
function southAfricanValid(digits: string): boolean {
  return validDate(Number(digits.slice(4, 6)), Number(digits.slice(2, 4))) && luhnValid(digits);
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

function verhoeffValid(digits: string): boolean {
  let check = 0;
  for (let index = 0; index < digits.length; index += 1) {
    const digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    check = VERHOEFF_D[check]?.[VERHOEFF_P[index % 8]?.[digit] ?? 0] ?? 0;
  }
  return check === 0;
}

function peselValid(digits: string): boolean {
  return (10 - (weightedSum(digits, PESEL_WEIGHTS) % 10)) % 10 === digits.charCodeAt(10) - 48;
}
const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** ISO 7064 MOD 11,10 over the first ten digits, as the German Steuer-ID carries; first digit never 0. */
function steuerIdValid(digits: string): boolean {
  return digits.charAt(0) !== '0' && mod1110Valid(digits);
}
/** In its first ten digits, one digit appears twice or three times and every other at most once (the rule since 2016). */
function steuerRepeatValid(first: string): boolean {
  const counts = new Array<number>(10).fill(0);
  for (let index = 0; index < first.length; index += 1) counts[first.charCodeAt(index) - 48] = (counts[first.charCodeAt(index) - 48] ?? 0) + 1;
  const repeated = counts.filter((count) => count > 1);
  return repeated.length === 1 && (repeated[0] === 2 || repeated[0] === 3);
}

function cpfValid(digits: string): boolean {
  if (/^(\d)\1{10}$/.test(digits)) return false;
  for (const length of [9, 10]) {
    let sum = 0;
    for (let index = 0; index < length; index += 1) sum += (digits.charCodeAt(index) - 48) * (length + 1 - index);
    if (((sum * 10) % 11) % 10 !== digits.charCodeAt(length) - 48) return false;
  }
  return true;
}

/** Mod 11 with weights n..2 over all but the last digit; a check of 10 is no number (NHS), or 0 (NIF). */
function mod11Valid(digits: string, tenIsZero: boolean): boolean {
  const body = digits.length - 1;
  let sum = 0;
  for (let index = 0; index < body; index += 1) sum += (digits.charCodeAt(index) - 48) * (body + 1 - index);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) {
    if (!tenIsZero) return false;
    check = 0;
  }
  return check === digits.charCodeAt(body) - 48;
}

export function belgianKeyValid(digits: string): boolean {
  const body = BigInt(digits.slice(0, 9));
  const key = BigInt(digits.slice(9));
  return 97n - (body % 97n) === key || 97n - ((2000000000n + body) % 97n) === key;
}

/** National identity numbers of other countries (UK, US, Belgium, Switzerland, Canada, the Netherlands, Spain, Italy, Ireland, Sweden, Denmark, Norway, Finland, Australia, India, Poland, Germany, Brazil, the UK's NHS, Portugal, South Africa, the French tax number, Quebec's health card, Greece, Czechia and Slovakia, Turkey, Romania), identity cards and passports: sensitive personal data. */
// The phone rule asks this rule first, in the same runChecks call (an identity number is not a phone number):
// the last draft's findings are kept so the rule's own turn does not read the draft again. A pure memo.
let lastText: string | undefined;
let lastContext: CheckContext | undefined;
let lastFindings: readonly Finding[] = [];

// A format shown with zeros is a mask (see nationalIdNumber.check).
const ZEROS_ONLY = /^[^1-9]*$/;
export const nationalIdNumber: CheckRule = {
  id: 'national-id-number',
  category: 'national_id',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [IRISH_ROSTER_WORD, THING_BEFORE_ID, ISRAELI_ID_GATE, ID_THEN_NINE_DIGITS, ZEROS_ONLY, STEUER_GROUPED, SSN_DASHED, NINO, NINO_SPACED, NINO_WORDS, SSN, SSN_WORDS, BELGIAN, BELGIAN_WRITTEN, BELGIAN_WORDS, SWISS, SWISS_WORDS, CANADIAN, CANADIAN_WORDS, DUTCH, DUTCH_WORDS, SPANISH, SPANISH_WORDS, ITALIAN, ITALIAN_GATE, ITALIAN_ANY_CASE, ITALIAN_WORDS, PASSPORT, PASSPORT_WORDS, IRISH, IRISH_WORDS, NORDIC10, SWEDISH_WORDS, DANISH_WORDS, NORWEGIAN, NORWEGIAN_WORDS, ROSTER_NAME_BEFORE, ROSTER_NUMBER_GATE, NAME_AFTER, NRIC_GATE, FINNISH, FINNISH_WORDS, AUSTRALIAN, AUSTRALIAN_WORDS, AADHAAR, AADHAAR_WORDS, GENERIC_ID_WORDS, ELEVEN, PESEL_WORDS, STEUER_WORDS, TAX_ID_WORDS, CPF_WORDS, NHS, NHS_WORDS, PORTUGUESE, PORTUGUESE_WORDS, SOUTH_AFRICAN, SOUTH_AFRICAN_WORDS, ID_CARD_WORDS, ID_CARD_VALUE, FRENCH_TAX, FRENCH_TAX_WORDS, QUEBEC_NAM, QUEBEC_NAM_WORDS, AMKA, AMKA_WORDS, CZECH, CZECH_WORDS, TURKISH, TURKISH_WORDS, ROMANIAN, ROMANIAN_WORDS, PARAGRAPH_BREAK, FOR_INSTANCE, OWNED_BEFORE, OWNED_AFTER, CHEQUE_SPECIMEN, DOCS_STATUS, REAL_CASE_EXAMPLE, QA_PEOPLE, ELEVEN_OR_DASHED, THIRTEEN, LUXEMBOURG, TEN, BALTIC_WORDS, LATVIAN_WORDS, OIB_WORDS, JMBG_WORDS, LUXEMBOURG_WORDS, EGN_WORDS, AUSTRIAN, AUSTRIAN_WORDS, NRIC, NRIC_WORDS, CZECH_INITIALS, EMIRATES, EMIRATES_WORDS, IRD, IRD_WORDS, DIGIT_GROUP, GROUPED_CARD_NUMBER, SEPARATED_ID_VALUE, SPANISH_WRITTEN, EIN, EIN_WORDS, PAN, PAN_WORDS, PH_TIN, PH_TIN_WORDS, PH_SSS, PH_SSS_WORDS, MYKAD, MYKAD_WORDS, TEUDAT_ZEHUT, TEUDAT_ZEHUT_WORDS, CURP, CURP_WORDS, RFC, RFC_WORDS, MY_NUMBER, MY_NUMBER_WORDS, MEDICARE, MEDICARE_WORDS, KENNITALA, KENNITALA_WORDS, TAJ, TAJ_WORDS, RNOKPP, RNOKPP_WORDS, RUT, RUT_WORDS, CUIT, CUIT_WORDS, CNPJ, CNPJ_WORDS, RRN, RRN_WORDS, TAIWAN_ID, CHINESE_ID, BARE_ID_WORDS, HKID, HKID_WORDS, THAI_ID, THAI_ID_WORDS, IMSS, IMSS_WORDS, PIS, PIS_WORDS, SPANISH_SOCIAL, SPANISH_SOCIAL_WORDS, CHI, CHI_WORDS, ITIN, ITIN_WORDS, MBI, MBI_WORDS, OHIP, OHIP_WORDS, GERMAN_PENSION, GERMAN_PENSION_WORDS, GERMAN_PENSION_GATE, CAPITAL_KEYED_GATE, ID_CARD_CAPITALS, TURKISH_TC],
  check(text, context) {
    // A specimen the draft calls an example is no one's id (asked only about the few numbers found).
    // A format shown with zeros ("format 00.00.00-000.00", fresh82, 2026-12-05) is a mask, no one's number.
    return identityNumbers(text, context).filter((found) => !saidToBeSpecimen(text, found) && !ZEROS_ONLY.test(text.slice(found.start, found.end)));
  },
};

// The words each kind of number is named by start with (see wordGates): a superset of its *_WORDS, all read at a word start.
const openGates = wordGates({
  canadian: ['=sin', '=sins', '=nas', 'social', 'assurance', 'agency', 'agence', '=cra'],
  dutch: ['=bsn', 'burgerservicenummer'],
  spanish: ['=dni', '=nie', '=nif', '=dnis', '=nies', '=nifs'],
  italianWords: ['codice', 'fiscal', 'tax'],
  passport: ['passport', 'passeport'],
  eleven: ['=pesel', 'steuer', 'identifikationsnummer', 'tax', '=cpf'],
  nhs: ['=nhs'],
  portuguese: ['=nif', 'contribuinte', 'fiscal'],
  southAfrican: ['=sa', 'south', '=rsa', 'identi', '=id', 'personnel'],
  frenchTax: ['fiscal', '=spi', 'french'],
  quebecNam: ['=nam', '=ramq', 'maladie', 'soleil', 'health'],
  // Nigeria's Bank Verification Number ("Your BVN on file is 22461873095", fresh100, 2026-12-05), named as a card's number is.
  idCard: ['=bvn', 'verification', '=cni', '=cnie', '=cin', '=nin', '=nid', '=nni', 'philsys', 'philid', 'identit', '=id', 'national', '=c', 'cedula', '=dni', '=cccd', '=nik', '=ktp', '=cnic', '=nicop', 'iqama', '=qid', 'ghana', '=nic'],
  irish: ['=pps', '=ppsn', 'personal', 'identi', '=id', 'personnel'],
  swedish: ['personn', 'samordningsnummer', 'personal', 'identi', '=id'],
  danish: ['cpr'],
  norwegian: ['fødselsnummer', 'fodselsnummer', 'personnummer', 'nummer', 'fnr', '=nr', 'norwegian', 'identi', '=id', 'personnel'],
  finnish: ['=hetu', 'henkil', 'personbeteckning', 'personal', 'identi', '=id', 'personnel'],
  australian: ['=tfn', 'tax'],
  aadhaar: ['aadhaar', 'aadhar', '=uid', '=uidai'],
  // Singapore's FIN is read in capitals only, the Czech "r.č." with its dots: see idNumbersIn.
  namedKeyed: ['amka', 'αμκα', 'birth', 'rodn', '=rc', 'naissance', 'kimlik', 'tckn', '=cnp', 'numeric', 'austria', 'sozialversicherung', '=svnr',
    '=sv', 'svnummer', '=vsnr', 'autrichien', '=nric', 'singapore', 'isikukood', 'asmens', 'estonian', 'lithuanian', 'personas', 'latvian', '=oib', 'osobni',
    'emso', '=jmbg', 'јмбг', 'maticn', 'master', 'matricule', '=ccss', 'identification', 'luxembourg', '=egn', 'егн', 'bulgarian', 'emirates',
    '=eid', '=icp', '=uae', '=ird', '=ein', 'employer', 'federal', '=pan', 'permanent', '=tin', '=bir', '=sss', 'mykad', '=ic', 'malaysian',
    'kennitala', '=kt', '=taj', 'rnokpp', 'рнокпп', 'іпн', '=ipn', 'ukrainian', '=rut', '=run', '=rol', '=cuit', '=cuil', '=cnpj', '=rrn', 'resident',
    '주민등록번호', '=id', 'identity', '身份证', '身分證', 'hkid', '=hk', 'hong', 'thai', 'khun', 'บัตรประชาชน',
    '=ת', 'teudat', 'teoudat', 'israeli', '=curp', '=rfc', 'マイナンバー', '個人番号', 'medicare', '=imss', '=nss', 'seguridad', '=nuss', '=naf', 'afiliaci',
    '=pasep', '=chi', '=itin', '=itins', 'rentenversicherung', 'versicherungsnummer', '=rvnr', '=ohip'],
});

/**
 * Every identity number read in the draft, specimens included: the phone rule asks for them, as a specimen id is
 * still no phone number.
 */
export function identityNumbers(text: string, context: CheckContext): Finding[] {
  if (text === lastText && context === lastContext) return lastFindings.slice();
  const findings = idNumbersIn(nationalIdNumber, text, context);
  lastText = text;
  lastContext = context;
  lastFindings = findings;
  return findings.slice();
}

function idNumbersIn(rule: CheckRule, text: string, context: CheckContext): Finding[] {
  if (!/[0-9]{2}/.test(text)) return [];
  const gates = openGates(text);
  const findings: Finding[] = [];
  for (const span of scan(NINO, text)) {
    if (NINO_NEVER.has(span.groups[0] ?? '')) continue;
    if (!NINO_SPACED.test(span.text) && !namedBefore(text, span.start, NINO_WORDS)) continue;
    findings.push(finding(rule, context, span, 'check_national_id_number'));
  }
  for (const span of scan(SSN, text)) {
    const [area = '', group = '', serial = ''] = span.groups;
    if (area === '000' || area === '666' || area.startsWith('9') || group === '00' || serial === '0000' || VOIDED_SSNS.has(`${area}${group}${serial}`)) continue;
    // Dashed, the word may sit further back in the paragraph ("asked for my SSN … a third time. Yes, it's 523-81-4096").
    const named = SSN_DASHED.test(span.text) ? namedInParagraph(text, span.start, span.end, SSN_WORDS) : namedBefore(text, span.start, SSN_WORDS);
    if (!named) continue;
    findings.push(finding(rule, context, span, 'check_national_id_number'));
  }
  for (const span of scan(BELGIAN, text)) {
    const month = Number(span.groups[1]) % 20;
    const day = Number(span.groups[2]);
    if (month > 12 || day > 31) continue;
    if (!belgianKeyValid(span.groups.join(''))) continue;
    if (!BELGIAN_WRITTEN.test(span.text) && !namedBefore(text, span.start, BELGIAN_WORDS)) continue;
    findings.push(finding(rule, context, span, 'check_national_id_number'));
  }
  for (const span of text.includes('756') ? scan(SWISS, text) : []) {
    if (!ean13Valid(span.text.replace(/\./g, ''))) continue;
    if (!span.groups[0] && !namedBefore(text, span.start, SWISS_WORDS)) continue;
    findings.push(finding(rule, context, span, 'check_national_id_number'));
  }
  // The numbers below have no shape of their own: only read when a word naming them is in the draft.
  if (gates.has('canadian') && CANADIAN_WORDS.test(text)) {
    for (const span of scan(CANADIAN, text)) {
      if (!luhnValid(span.text.replace(/[ -]/g, '')) || !namedInParagraph(text, span.start, span.end, CANADIAN_WORDS)) continue;
      findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  if (gates.has('dutch') && DUTCH_WORDS.test(text)) {
    for (const span of scan(DUTCH, text)) {
      if (!dutchElevenProof(span.text) || !namedInParagraph(text, span.start, span.end, DUTCH_WORDS)) continue;
      findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  if (gates.has('spanish') && SPANISH_WORDS.test(text)) {
    for (const span of scan(SPANISH, text)) {
      const [prefix = '', number = '', letter = ''] = span.groups;
      if (prefix ? number.length !== 7 : number.length !== 8) continue;
      const value = Number((prefix ? String('XYZ'.indexOf(prefix)) : '') + number);
      if (SPANISH_LETTERS.charAt(value % 23) !== letter || !namedInParagraph(text, span.start, span.end, SPANISH_WORDS)) continue;
      findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  for (const span of ITALIAN_GATE.test(text) ? scan(ITALIAN, text) : []) {
    if (italianCheckValid(span.text)) findings.push(finding(rule, context, span, 'check_national_id_number'));
  }
  if (gates.has('italianWords') && ITALIAN_WORDS.test(text)) {
    for (const span of scan(ITALIAN_ANY_CASE, text)) {
      const upper = span.text.toUpperCase();
      // Upper-case codes were read above, named or not.
      if (upper === span.text || !italianCheckValid(upper) || !namedNear(text, span.start, span.end, ITALIAN_WORDS, false)) continue;
      findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  if (gates.has('passport') && PASSPORT_WORDS.test(text)) {
    for (const span of scan(PASSPORT, text)) {
      if (namedBefore(text, span.start, PASSPORT_WORDS)) findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  // Irish, Nordic, Australian and Indian numbers: each shape is a plain reference without its word.
  if (gates.has('irish')) {
    for (const span of scan(IRISH, text)) {
      const [digits = '', check = '', second = ''] = span.groups;
      if (!irishCheckValid(digits, check, second) || !namedNear(text, span.start, span.end, IRISH_WORDS)) continue;
      findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  // Nordic numbers carry a date and a check (Luhn, two mod 11 digits, mod 31): like the DNI's, their word may sit earlier in
  // the paragraph ("sent his personnummer … to the partner channel instead of HR: 19810712-4623", fresh13, 2026-12-03).
  const swedish = gates.has('swedish');
  const danish = gates.has('danish') && DANISH_WORDS.test(text);
  for (const span of swedish || danish ? scan(NORDIC10, text) : []) {
    const [century = '', a = '', b = '', c = '', , serial = ''] = span.groups;
    // Swedish: YYMMDD (day + 60 for a coordination number), Luhn over YYMMDDNNNN.
    const isSwedish = swedish && swedishValid(a + b + c + serial) && namedInParagraph(text, span.start, span.end, SWEDISH_WORDS, true);
    // Danish: DDMMYY, written with its dash ("CPR" alone also names first-aid training).
    const isDanish = danish && !century && span.groups[4] === '-' && validDate(Number(a), Number(b)) && namedNear(text, span.start, span.end, DANISH_WORDS);
    if (isSwedish || isDanish) findings.push(finding(rule, context, span, 'check_national_id_number'));
  }
  if (gates.has('norwegian')) {
    for (const span of scan(NORWEGIAN, text)) {
      if (!norwegianValid(span.groups.join(''))) continue;
      if (namedNear(text, span.start, span.end, NORWEGIAN_WORDS) || namedInParagraph(text, span.start, span.end, NORWEGIAN_WORDS, true)) findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  // A roster: a person's name, then a Swedish personnummer or a Norwegian fødselsnummer with no word for it ("- Erik Lindqvist,
  // 880412-3126, reach truck", "Ingrid Dahl 050794 10006", fresh71, 2026-12-04). Their date and checks (Luhn; two mod 11
  // digits) with a name before make an id; the Swedish one written with its dash, as Sweden prints it.
  if (ROSTER_NUMBER_GATE.test(text)) {
    // South Africa's too (a date, a Luhn check digit: "Thabo M. 8506125083087", fresh79, 2026-12-05).
    for (const span of scan(SOUTH_AFRICAN, text)) {
      const digits = span.text.replace(/ /g, '');
      if (!ROSTER_NAME_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) || !southAfricanValid(digits)) continue;
      if (!findings.some((found) => found.start === span.start)) findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
    for (const span of [...scan(NORDIC10, text), ...scan(NORWEGIAN, text)]) {
      if (!ROSTER_NAME_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) continue;
      const written = span.text.replace(/[-+ ]/g, '');
      const digits = written.length === 12 ? written.slice(2) : written;
      const swedish = digits.length === 10 && /[-+]/.test(span.text) && swedishValid(digits);
      const norwegian = written.length === 11 && norwegianValid(digits);
      if ((swedish || norwegian) && !findings.some((found) => found.start === span.start)) findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  // Ireland's PPS numbers, pasted in a list after names as well ("Fiachra M. 9422831MA, Gráinne O. 5894277OA", fresh83,
  // 2026-12-05): seven digits and a check letter, with a name before.
  for (const span of irishRosterMayHold(text) ? scan(IRISH, text) : []) {
    const [digits = '', check = '', second = ''] = span.groups;
    if (!irishCheckValid(digits, check, second) || !ROSTER_NAME_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) continue;
    if (!findings.some((found) => found.start === span.start)) findings.push(finding(rule, context, span, 'check_national_id_number'));
  }
  // An Israeli Teudat Zehut given as "ID" in a draft that names Israel ("ID 214786303, issued in Tel Aviv", fresh88,
  // 2026-12-05): nine digits and its check digit.
  if (ISRAELI_ID_GATE.test(text) && regionsNamedIn(text).includes('IL')) {
    for (const span of scan(ID_THEN_NINE_DIGITS, text)) {
      const digits = span.groups[0] ?? '';
      const start = span.end - digits.length;
      if (THING_BEFORE_ID.test(text.slice(Math.max(0, span.start - 16), span.start))) continue;
      if (luhnValid(digits) && !findings.some((found) => found.start === start)) findings.push(finding(rule, context, { start, end: span.end }, 'check_national_id_number'));
    }
  }
  if (NRIC_GATE.test(text)) {
    for (const span of scan(NRIC, text)) {
      const [series = '', digits = '', check = ''] = span.groups;
      if (!nricValid(series, digits, check) || findings.some((found) => found.start === span.start)) continue;
      if (NAME_AFTER.test(text.slice(span.end, span.end + 40)) || ROSTER_NAME_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))) findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  if (gates.has('finnish')) {
    for (const span of scan(FINNISH, text)) {
      const [day = '', month = '', year = '', serial = '', check = ''] = span.groups;
      if (!validDate(Number(day), Number(month)) || FINNISH_CHECK.charAt(Number(day + month + year + serial) % 31) !== check) continue;
      if (namedNear(text, span.start, span.end, FINNISH_WORDS) || namedInParagraph(text, span.start, span.end, FINNISH_WORDS, true)) findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  if (gates.has('australian')) {
    for (const span of scan(AUSTRALIAN, text)) {
      if (weightedSum(span.text.replace(/[ -]/g, ''), AUSTRALIAN_WEIGHTS) % 11 !== 0) continue;
      if (namedNear(text, span.start, span.end, AUSTRALIAN_WORDS, false)) findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  if (gates.has('aadhaar')) {
    for (const span of scan(AADHAAR, text)) {
      if (!verhoeffValid(span.text.replace(/[ -]/g, '')) || !namedNear(text, span.start, span.end, AADHAAR_WORDS, false)) continue;
      findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  if (gates.has('eleven')) {
    for (const span of [...scan(ELEVEN, text), ...scan(STEUER_GROUPED, text)]) {
      const grouped = span.text.length === 14 && span.text.charAt(2) === ' ';
      const digits = span.text.replace(/[ .-]/g, '');
      const isPesel = !grouped && peselValid(digits) && validDate(Number(digits.slice(4, 6)), Number(digits.slice(2, 4)) % 20) && namedInParagraph(text, span.start, span.end, PESEL_WORDS, true);
      // Its checksum and no-repeat rule say what it is: the word may sit earlier in the paragraph, like the DNI's.
      const isSteuer = !isPesel && steuerIdValid(digits) && (namedInParagraph(text, span.start, span.end, STEUER_WORDS, true) ||
        (steuerRepeatValid(digits.slice(0, 10)) && namedNear(text, span.start, span.end, TAX_ID_WORDS, false)));
      if (grouped && !isSteuer) continue;
      const isCpf = !isPesel && !isSteuer && cpfValid(digits) && namedNear(text, span.start, span.end, CPF_WORDS, false);
      if (isPesel || isSteuer || isCpf) findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  if (gates.has('nhs')) {
    for (const span of scan(NHS, text)) {
      if (mod11Valid(span.text.replace(/[ -]/g, ''), false) && namedNear(text, span.start, span.end, NHS_WORDS, false)) {
        findings.push(finding(rule, context, span, 'check_national_id_number'));
      }
    }
  }
  if (gates.has('portuguese')) {
    for (const span of scan(PORTUGUESE, text)) {
      const digits = span.text.replace(/ /g, '');
      // Individuals' NIFs start with 1, 2 or 3.
      if (!/^[123]/.test(digits) || !mod11Valid(digits, true) || !namedInParagraph(text, span.start, span.end, PORTUGUESE_WORDS, true)) continue;
      findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  if (gates.has('southAfrican')) {
    for (const span of scan(SOUTH_AFRICAN, text)) {
      const digits = span.text.replace(/ /g, '');
      if (southAfricanValid(digits) && namedNear(text, span.start, span.end, SOUTH_AFRICAN_WORDS)) findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  if (gates.has('frenchTax')) {
    for (const span of scan(FRENCH_TAX, text)) {
      const digits = span.text.replace(/ /g, '');
      if (Number(digits.slice(0, 10)) % 511 !== Number(digits.slice(10))) continue;
      if (namedNear(text, span.start, span.end, FRENCH_TAX_WORDS, false)) findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  if (gates.has('quebecNam')) {
    for (const span of scan(QUEBEC_NAM, text)) {
      const [month = '', day = ''] = span.groups;
      // Its shape (four letters, a date) is rare: its word may sit earlier in the paragraph ("une photo de sa carte soleil … le
      // numéro circule déjà : LAPM 8861 2214", fresh89, 2026-12-05).
      if (!validDate(Number(day), Number(month) % 50) || !(namedNear(text, span.start, span.end, QUEBEC_NAM_WORDS, false) || namedInParagraph(text, span.start, span.end, QUEBEC_NAM_WORDS, true))) continue;
      findings.push(finding(rule, context, span, 'check_national_id_number'));
    }
  }
  // Japan's "My Number" is two common words: looked for as written.
  // A German pension number's shape is rare enough to look for its words whenever it appears.
  if ((gates.has('namedKeyed') || text.includes('FIN') || CZECH_INITIALS.test(text) || text.includes('My Number') || GERMAN_PENSION_GATE.test(text) || CAPITAL_KEYED_GATE.test(text))) {
    // Shapes are shared (eleven digits are an isikukood, a personas kods or an OIB): one finding per span.
    const found = new Set<number>();
    for (const { words, shape, valid } of NAMED_KEYED_IDS) {
      if (!words.test(text)) continue;
      for (const span of scan(shape, text)) {
        if (found.has(span.start) || !valid(span) || !namedInParagraph(text, span.start, span.end, words, true)) continue;
        found.add(span.start);
        findings.push(finding(rule, context, span, 'check_national_id_number'));
      }
    }
  }
  if (gates.has('idCard')) {
    for (const word of [...scan(ID_CARD_WORDS, text), ...scan(ID_CARD_CAPITALS, text)]) {
      const card = cardNumberAfter(text, word.end);
      // A DNI with a control letter is Spain's: its letter must be right ("DNI 48392751T keeps failing validation").
      const spanish = card && /^dni$/i.test(word.text) ? SPANISH_WRITTEN.exec(text.slice(card.start, card.end)) : null;
      if (spanish && SPANISH_LETTERS.charAt(Number(spanish[1]) % 23) !== spanish[2]) continue;
      if (card) findings.push(finding(rule, context, card, 'check_national_id_number'));
    }
  }
  return findings;
}
