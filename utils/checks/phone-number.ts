import { isSupportedCountry as isSupportedIn, parsePhoneNumberFromString as parseWith, type CountryCode, type MetadataJson } from 'libphonenumber-js/core';
import phoneMetadata from './lib/phone-metadata.json';
import { finding } from './lib/finding';
import { OWNED_BEFORE } from './lib/example-words';
import { findIbans } from './lib/ibans';
import { regionsNamedIn } from './lib/named-regions';
import { identityNumbers } from './national-id-number';
import { matchesAt, scan, withoutOverlaps } from './lib/scan';
import { wordStartsOf } from './lib/word-anchors';
import { isAsciiDigit } from '../text/ascii-class';
import type { CheckContext, CheckRule } from './types';

// libphonenumber-js's min metadata without the formats this rule never uses (lib/phone-metadata-subset.ts).
const METADATA = phoneMetadata as unknown as MetadataJson;
const isSupportedCountry = (region: string): region is CountryCode => isSupportedIn(region as CountryCode, METADATA);
const parsePhoneNumberFromString = (text: string, region?: CountryCode) =>
  region ? parseWith(text, region, METADATA) : parseWith(text, METADATA);

// Digits with at most a few separators: a quick filter before looking at runs.
const HAS_DIGIT_RUN = /\d[\d \u00A0.\-()/]{6,}\d/;
// A maximal run of phone characters, optionally opened by "+", "(" or "(+" ("(+33) 6 12 …"), with "/"
// for the Belgian, Swiss and German habit of ending the area code with one ("0470/12 34 56").
// Runs longer than MAX_RUN are tables of figures, not one or two numbers.
const PHONE_RUN = /(?<![\d+(./-])(?:\(\+|[+(])?\d[\d \u00A0.\-()/]*\d/g;
const MAX_RUN = 40;
/** A bracket and one or two digits ending a run: what follows the number (hours, a count, "(24/7)", fresh13), not its last digits. */
const OPEN_BRACKET_TAIL = /[ \u00A0]\(\d{1,2}(?:[/-]\d{1,2})?$/;
// Dotted quads are IP addresses (internal-url reports private ones), not phone numbers.
const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;
// "+33 (0)6 …": the national prefix some people keep after the country code.
const NATIONAL_PREFIX_IN_INTERNATIONAL = /\(0\)/g;
const INTERNATIONAL = /^(?:\(?\+|00)/;

// National formats: NANP numbers grouped 3-3-4; elsewhere a trunk "0" and grouping separators.
const US_FORMAT = /^(?:1[-. ])?(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}$/;
// A trunk "0", the area code possibly in parentheses ("(020) 7946 0958") or ended by "/" ("02/555 12 34").
const TRUNK_AREA = /^\(0\d{1,4}\) ?\d/;
// Blanks around the slash too ("030 / 2847 1193", fresh65, 2026-12-04).
const AREA_SLASH = /^0\d{1,4} ?\/ ?\d[^/]*$/;
// French numbers are written in pairs, one separator throughout ("06 12 34 56 78", "06.12.34.56.78"), or, for the
// toll-free and special 08 numbers, with the "0" apart and the "8xx" kept whole ("0 800 123 456", "0 800 94 27 36",
// "0800 94 27 36"): other groupings of ten digits are references ("REF 0612 3456 78").
const FRENCH_GROUPING = /^0\d([ .-]?)\d{2}(?:\1\d{2}){3}$|^0 ?8\d{2}(?: \d{3}){2}$|^0 ?8\d{2}([ .-]?)\d{2}(?:\2\d{2}){2}$/;
// The lone trunk "0" of a French special number ("0 800 …", "0 805 …", "0 892 …").
// Or a Turkish mobile with its trunk set apart ("0 533 207 14 92", fresh60, 2026-12-04).
const LONE_TRUNK_SPECIAL = /^0 [58]\d{2} \d/;
// UK numbers: area code of 3 to 5 digits, then groups of 3 to 6 ("020 7946 0958", "0161 496 0000",
// "07700 900461", "01632 960 123").
const UK_GROUPING = /^\(?0\d{2,4}\)?(?:[ -]?\d{3,6}){1,2}$/;
// Swiss "022 345 67 89", Belgian "02 555 12 34", "0470 12 34 56", "0470/12.34.56", Irish "087 123 4567".
const SWISS_GROUPING = /^0\d{2}[ .]?\d{3}(?:[ .]?\d{2}){2}$/;
// Belgian free and premium numbers are nine digits, "0800 12 345", "0900 12345".
const BELGIAN_GROUPING = /^0\d{1,3}[ ./]?\d{2,3}([ .]?)\d{2}\1\d{2}$|^0[89]0\d[ ./]?\d{2}[ .]?\d{3}$/;
const IRISH_GROUPING = /^\(?0\d{1,2}\)?[ -]?\d{3}[ -]?\d{3,4}$/;
const MAGHREB_GROUPING = /^0\d([ .-]?)\d{2}(?:\1\d{2}){3}$|^0\d{3}([ .-]?)\d{2}\2\d{2}\2\d{2}$|^0\d{3}[ .-]\d{6}$/;
// Australian landlines "(02) 9274 3310", "03 9123 4567" and mobiles "0412 738 550".
const AUSTRALIAN_GROUPING = /^\(?0[2378]\)?[ -]?\d{4}[ -]?\d{4}$|^04\d{2}[ -]?\d{3}[ -]?\d{3}$/;
/**
 * National numbers written without a trunk "0", grouped as people write them (Spanish "622 48 19 73",
 * Italian mobiles "347 123 4567"), read only for regions the context or the draft itself names. Not the
 * 3-3-3 grouping ("612 345 678"): that is how French and English write a count of visitors.
 */
const WITHOUT_TRUNK_GROUPING: Partial<Record<CountryCode, RegExp>> = {
  // Spanish numbers in 3-2-2-2, and landlines by their two-digit province code in 2-3-2-2 (Barcelona "93 412 07 58", fresh8).
  ES: /^[6-9]\d{2}(?:[ .-]\d{2}){3}$|^[89]\d[ .-]\d{3}(?:[ .-]\d{2}){2}$/,
  IT: /^3\d{2}[ .-]\d{3}[ .-]?\d{4}$|^3\d{2}[ .-]\d{7}$/,
  // Senegal has no trunk prefix: mobiles and landlines "77 634 18 52", "33 821 45 67".
  SN: /^[37]\d[ .-]\d{3}(?:[ .-]\d{2}){2}$/,
  // Indian mobiles "98450 37264".
  IN: /^[6-9]\d{4}[ -]\d{5}$/,
  // Australia's freecall and local-rate lines "1800 337 482", "1300 655 506" (fresh39, 2026-12-04).
  AU: /^1[38]00[ -]\d{3}[ -]\d{3}$/,
};
/**
 * Trunkless groupings read only for a region the draft names ("mon numéro luxembourgeois : 621 184 337"):
 * 3-3-3 is also how French and English write a count, which a region read from the language alone would flag.
 */
const NAMED_ONLY_GROUPING: Partial<Record<CountryCode, RegExp>> = {
  LU: /^6[2-9]1[ .]\d{3}[ .]\d{3}$/,
  // Eight-digit plans: Tunisia "98 431 207", Denmark and Norway in pairs "33 12 48 90".
  TN: /^[2-9]\d[ .]\d{3}[ .]\d{3}$/,
  DK: /^[2-9]\d(?: \d{2}){3}$/,
  NO: /^[2-9]\d(?: \d{2}){3}$|^[49]\d{2} \d{2} \d{3}$/,
  // Spain's free and shared-cost lines in threes, said Spanish ("900 812 344 (free from any Spanish line)", fresh81, 2026-12-05),
  // and its mobiles so ("DNI 20872700Q ⏎ Mobile: 612 904 377", fresh93).
  ES: /^[89]0[0-9][ .]\d{3}[ .]\d{3}$|^[67]\d{2}[ .]\d{3}[ .]\d{3}$/,
  // Monaco's eight-digit landlines in pairs ("98 98 40 12") and its mobiles "6 12 34 56 78" (fresh72, 2026-12-04).
  MC: /^9\d(?:[ .]\d{2}){3}$|^6(?:[ .]\d{2}){4}$/,
  // Italy's toll-free "numero verde 800 912 345" (fresh31, 2026-12-04).
  IT: /^80[03][ .]?\d{3}[ .]?\d{3}$/,
  // Singapore's eight digits in fours ("6225 8810"), Cameroon's nine in 1-2-2-2-2 ("6 77 45 21 98"), fresh34, fresh37.
  SG: /^[3689]\d{3}[ -]\d{4}$/,
  CM: /^[26](?:[ .]\d{2}){4}$/,
  // Portugal's nine digits in threes: Lisbon "213 847 290", mobiles "912 345 678", shared-cost "808 200 517" (fresh42, 2026-12-04),
  // and see below.
  // Czech and Polish nine digits in threes: Brno "543 211 870", toll-free "800 155 300", Polish mobiles "512 903 418" (fresh46).
  CZ: /^[2-9]\d{2}[ ]\d{3}[ ]\d{3}$/,
  PL: /^[1-9]\d{2}[ -]\d{3}[ -]\d{3}$/,
  // Latvia's eight digits, "67 208 331" (fresh46).
  LV: /^[2-9]\d[ ]\d{3}[ ]\d{3}$/,
  // Côte d'Ivoire's ten digits in pairs, "27 20 31 45 67" (fresh52).
  CI: /^(?:01|05|07|21|25|27)(?: \d{2}){4}$/,
  // Porto's and the north's landlines in 2-3-4 too ("22 603 1844", fresh57, 2026-12-04).
  PT: /^[289]\d{2}[ .]\d{3}[ .]\d{3}$|^2\d[ .]\d{3}[ .]\d{4}$/,
  // Mexico's ten digits without a trunk: a two-digit area in 2-4-4 ("33 3615 2209", "(55) 1234 5678"), a three-digit one or
  // a toll-free line in 3-3-4 ("800 062 4417"), fresh57.
  MX: /^\(?[1-9]\d\)?[ .-]?\d{4}[ .-]\d{4}$|^\(?[1-9]\d{2}\)?[ .-]?\d{3}[ .-]\d{4}$/,
  // Brazil's area code in brackets, then four or five digits and four ("(92) 3614-2280", "(11) 91234-5678", fresh57).
  BR: /^\([1-9]\d\)[ ]?9?\d{4}[ .-]\d{4}$/,
  // Greece has no trunk prefix: Thessaloniki "2310 552 871", mobiles "697 118 2049", shared-cost "801 11 46000" (fresh58).
  GR: /^(?:2\d{1,3}|69\d|80[01])(?:[ .-]\d{2,5}){1,3}$/,
  // Israel's, the Emirates' and Saudi Arabia's national service lines ("1-700-50-60-70", "800 72646", "600 52 7474",
  // "9200 33145", "800 124 3366", fresh60).
  IL: /^1-?[78]00(?:-\d{2,3}){2,3}$/,
  AE: /^(?:800|600)[ ]?\d{2,3}[ ]?\d{2,5}$/,
  SA: /^(?:9200[ ]?\d{5}|800[ ]?\d{3}[ ]?\d{4})$/,
  // Haiti's eight digits in fours ("4823-1167" in Jacmel, fresh63).
  HT: /^[2-5]\d{3}[ -]\d{4}$/,
  // Dutch free and shared-cost lines of eight digits ("0800-0224", fresh65).
  NL: /^0[89]0[09][- ]?\d{4}$/,
  // India's toll-free lines in 4-3-4 ("1800 425 1133" for communities in Karnataka, fresh85, 2026-12-05).
  IN: /^1[68]00[ -]\d{3}[ -]\d{4}$/,
};
/**
 * A number handed to someone as a person's own line ("phone her at", "his mobile is", "appelle-le au", "son portable") is
 * read in the national formats of every country below, not only those of the language and the policy: an English post
 * gives a Belgian mobile as readily as a British one (fresh15, 2026-12-03). A company's lines ("call us on") are not cued.
 */
const PERSONAL_LINE_BEFORE = /(?<![^\P{L}])(?:(?:call|phone|ring|text|whatsapp|reach|contact|try)[ \t]+(?:me|him|her|them)[ \t]+(?:at|on)|(?:my|his|her|their)[ \t]+(?:(?:direct|own|personal|private|work)[ \t]+)?(?:mobile|cell|phone|number|line)(?:[ \t]+(?:number|is|was))*|appel(?:le|lez|er)[ -](?:moi|le|la)(?:[ \t]+(?:au|sur))?|joignable[ \t]+(?:au|sur)|(?:mon|son|ton|leur)[ \t]+(?:portable|num[ée]ro|t[ée]l[ée]phone|mobile|gsm|06|07)(?:[ \t]+(?:perso|personnel|priv[ée]))?(?:[ \t]*(?:est|c['’]est|:))?)[ \t:,]*$/iu;
const PERSONAL_LINE_REGIONS: readonly CountryCode[] = ['FR', 'BE', 'CH', 'GB', 'IE', 'AU', 'DE', 'NL', 'AT', 'MA', 'DZ', 'IN', 'SE', 'FI'];
/**
 * Numbers the draft calls fictional ("Ofcom reserves 07700 900000 to 07700 900999 for drama", "a fake number in our
 * training video"): no one's line. Three blind authors agree (fresh13, fresh14, fresh16, 2026-12-03). Narrower than the
 * other rules' example words: "test" or "docs" next to a real number is no sign it is invented.
 */
// Not fake people or pages ("Tired of fake agents? Report them on WhatsApp: +254 …", fresh100, 2026-12-05).
const FICTIONAL_AROUND = /(?<![^\P{L}])(?:fake(?![ \t]+(?:agents?|accounts?|profiles?|sellers?|recruiters?|callers?|reviews?|news|websites?|sites?|pages?|apps?|calls?|messages?|sms|emails?))|fictional|fictitious|fictifs?|fictives?|factices?|dummy|placeholders?|sp[ée]cimens?|for drama|for tv drama|r[ée]serv[ée]s? (?:à|aux|pour) (?:la )?fiction)(?![^\P{L}])/iu;
const FICTIONAL_REACH = 80;
const FICTIONAL_AROUND_AT = new RegExp(FICTIONAL_AROUND.source, 'iuy');
// FICTIONAL_AROUND's first words, folded ("spécimen" is "specimen", "réservés" is "reserves"): its look at the whole draft
// tries them only (19 µs of a dense 3,000-character draft at every character, 2026-12-04).
const FICTIONAL_FIRST_WORDS: ReadonlySet<string> = new Set([
  'fake', 'fictional', 'fictitious', 'fictif', 'fictifs', 'fictive', 'fictives', 'factice', 'factices', 'dummy', 'placeholder', 'placeholders',
  'specimen', 'specimens', 'for', 'reserve', 'reserves', 'reservee', 'reservees',
]);
/** Whether the draft calls anything fictional (FICTIONAL_AROUND anywhere). */
function callsAnythingFictional(text: string): boolean {
  const starts = wordStartsOf(text, FICTIONAL_FIRST_WORDS);
  return starts ? matchesAt(FICTIONAL_AROUND_AT, text, starts).length > 0 : FICTIONAL_AROUND.test(text);
}
const NO_BREAK_SPACE = /\u00A0/g;
// "06 - 61 - 23 - 48 - 95": a dash with a space on each side is one separator.
const SPACED_DASH = / - /g;
// A number named as an identifier just before ("SIN is 046 454 286", "IMEI 35 …") is not a phone number.
// A tax or VAT number too, maybe after its country prefix ("our VAT number (EL 094 281 377)", "TAJ: 115 482 070", fresh58, 2026-12-04).
const IDENTIFIER_NAMED_BEFORE = /(?<![^\P{L}])(?:SIN|NAS|SSN|BSN|AVS|AHV|NIR|NISS|IMEI|SIRET|SIREN|TAJ|CHI|VAT|TVA|USt-IdNr\.?|passport|passeport)(?![^\P{L}])[^0-9\n]{0,15}$/u;
/** Digit runs beyond which the context words are first looked for in the whole draft. */
const FEW_RUNS = 64;
/** What IDENTIFIER_NAMED_BEFORE and IDENTIFIER_NAMED_AFTER each need somewhere in the draft (a superset, any case). */
const IDENTIFIER_GATE = /SIN|NAS|SSN|BSN|AVS|AHV|NIR|NISS|IMEI|SIRET|SIREN|TAJ|CHI|VAT|TVA|USt|passport|passeport|number|num[ée]ro/i;
/** Characters after a run of digits where IDENTIFIER_NAMED_AFTER may name it. */
const IDENTIFIER_AFTER_REACH = 80;
// The same named right after the number: "046 454 286 is the sample social insurance number you'll find in validator docs"
// (fresh21, 2026-12-03): up to two words between the verb and the name. Bounded words apart, so linear.
// Or said to pass or fail a checksum ("Also, 046 491 271 fails the Luhn check", a SIN in a KYC post, fresh108, 2026-12-05): an
// identifier's digits, which no phone number has.
const IDENTIFIER_NAMED_AFTER = /^[ \t]*(?:,[ \t]*)?(?:is|was|est|c['’]est|=|:|as|comme)[ \t]+(?:(?:the|a|an|their|its|your|le|la|l['’]|un|une|son|sa|votre)[ \t]*)?(?:[\p{L}-]{1,20}[ \t]+){0,2}(?:social insurance number|social security number|national insurance number|national id(?:entity)? number|insurance number|passport number|SIN|NAS|SSN|BSN|AVS|AHV|NIR|NISS|IMEI|SIRET|SIREN|num[ée]ro de s[ée]curit[ée] sociale|num[ée]ro d['’]assurance sociale|num[ée]ro de passeport|num[ée]ro fiscal)(?![^\P{L}])|^[ \t]*(?:fails|passes|fail|pass|[ée]choue|passe|r[ée]ussit)[ \t]+(?:(?:the|a|its|le|la|son)[ \t]+)?(?:Luhn|mod(?:ulo)?[ -]?(?:10|11|97)|checksum|check digit|contr[ôo]le|cl[ée] de contr[ôo]le)(?![^\P{L}])/iu;
// A number introduced as an order, invoice, ticket or parcel number ("Commande n° 0612458973", "their order number,
// 0744 192 8830", "numéro de suivi : …", "réf. 06 …") is a reference, however phone-like its digits. The things
// numbered need a number word ("commande n°", "order #", "numéro de dossier"): bare, "commandes : 01 …" is the line to
// call for them. References by name ("réf.", "tracking:") need none. People ("client", "member") only directly before
// a number word or after one ("client n°", "numéro client"): "le numéro du client" is their phone.
const NUMBERED = String.raw`commandes?|orders?|factures?|invoices?|tickets?|dossiers?|suivi|colis|parcels?|packages?|shipments?|exp[ée]ditions?|envois?|livraisons?|deliver(?:y|ies)|contrats?|contracts?|comptes?|accounts?|r[ée]servations?|bookings?|confirmations?|cases?|incidents?|transactions?|lots?|batch(?:es)?|s[ée]ries?|serial|devis|quotes?|sinistres?|claims?|bordereaux?|articles?|items?|produits?|products?|demandes?|requests?|tracking|adh[ée]rents?|abonn[ée]s?|membres?|members?|subscribers?`;
const PERSON = String.raw`clients?|customers?|adh[ée]rents?|abonn[ée]s?|membres?|members?|subscribers?`;
const NUMBER_WORD = String.raw`n°|nº|no\.?|nos\.?|num\.?|num[ée]ros?|numbers?|nr\.?|#|id`;
// "de ", "d'", "of ", then maybe a determiner: "numéro de ta commande", "n° de suivi du colis", "number of the order".
const OF_THE = String.raw`(?:de[ \t]+|d['’]|of[ \t]+)(?:(?:la|le|l['’]|ta|sa|votre|ma|ton|son|your|their|his|her|my|the)[ \t]*)?`;
const REFERENCE_NAMED_BEFORE = new RegExp(
  String.raw`(?<![^\P{L}])(?:(?:${NUMBERED}|${PERSON})[ \t]*(?:${NUMBER_WORD})|(?:${NUMBER_WORD})[ \t]+(?:(?:${OF_THE})(?:${NUMBERED})(?:[ \t]+(?:du|des)[ \t]+(?:${NUMBERED})|[ \t]+(?:${OF_THE})(?:${NUMBERED}))?|${PERSON})|r[ée]f(?:[ée]rence)?s?|references?|tracking|PO|SKU)(?![^\P{L}])\.?[ \t]*(?:[:,#-][ \t]*)?$`,
  'iu',
);
// What every REFERENCE_NAMED_BEFORE match holds (a number word or a reference word): tested first, as most runs have no
// such word before them, and a pasted list of thousands of numbers met the long pattern at each (2026-12-02).
const RANGE_BETWEEN = /^[ \t]*(?:to|through|thru|[àa]|au|jusqu['’]au|-|–|—)[ \t]*$/iu;
const REFERENCE_HINT = /n[°ºor]|num|#|id|r[ée]f|tracking|po|sku/i;
/** Regions whose national numbers have no trunk "0": a number starting with one is not theirs. */
const WITHOUT_TRUNK_PREFIX = new Set<CountryCode>(['LU']);
/** How people group a national number in each region read; a number grouped otherwise is a reference or a table. */
const GROUPING: Partial<Record<CountryCode, RegExp>> = {
  FR: FRENCH_GROUPING, MC: FRENCH_GROUPING, GB: UK_GROUPING, CH: SWISS_GROUPING, BE: BELGIAN_GROUPING, IE: IRISH_GROUPING, AU: AUSTRALIAN_GROUPING,
  // Morocco and Algeria write their numbers in pairs as France does ("06 62 71 84 05"), or the operator
  // prefix in four then pairs or six ("0661 23 45 67", "0550-123456").
  MA: MAGHREB_GROUPING,
  DZ: MAGHREB_GROUPING,
};
// A run followed by what it counts ("621 184 337 vues", "77 634 18 52 times") is a quantity, not a number to call.
const COUNTED_AFTER = /^ ?(?:(?:page|pages)[ -])?(?:fois|times|vues|views|visits|visites|impressions|downloads|t[ée]l[ée]chargements|streams|[ée]coutes|likes|visiteurs|visitors|utilisateurs|users|abonnés|followers|clients|customers|exemplaires|copies|personnes|people|habitants|unités|units|euros?|dollars?|francs?|dirhams?)(?![^\P{L}])/iu;
/** COUNTED_AFTER's words anywhere in the draft (a superset: not anchored, any case). */
const COUNTED_GATE = new RegExp(COUNTED_AFTER.source.replace(/^\^ \?/, ''), 'iu');
const TRUNK_ZERO = /^0\d/;
const SEPARATOR = /[\s.-]/;
const NON_DIGIT = /\D/g;
const DIGIT = /\d/;
// What may touch a number: not letters, digits or currency (part of a reference, an IBAN, a price).
const GLUED_BEFORE = /[\p{L}\p{N}€$£%,]/u;
const GLUED_AFTER = /[\p{L}\p{N}€$£%]/u;

/** Regions read in every draft: our people post from France and in English. */
const BASE_REGIONS: readonly CountryCode[] = ['FR', 'GB', 'US'];
/** Countries where people writing each language are likely to give a national number. */
const LANGUAGE_REGIONS: Record<string, readonly CountryCode[]> = {
  fr: ['FR', 'BE', 'CH', 'LU', 'MC', 'CA', 'MA', 'SN'],
  en: ['GB', 'US', 'IE', 'CA', 'AU'],
};
const TLD_REGION: Record<string, string> = { uk: 'GB' };

// The policy and locale are stable between keystrokes: derive the regions once per combination (a pure memo).
const regionMemo = new Map<string, readonly CountryCode[]>();

/**
 * Regions whose national formats are read: the context's own list when given, else the base regions,
 * those of the person's language and those of the country-code TLDs of the policy's internal domains.
 */
export function phoneRegions(context: Pick<CheckContext, 'locale' | 'policy' | 'phoneRegions'>): readonly CountryCode[] {
  const key = `${context.locale ?? 'en'}|${context.policy.internalDomains.join(',')}|${context.phoneRegions?.join(',') ?? ''}`;
  let regions = regionMemo.get(key);
  if (!regions) {
    const wanted = context.phoneRegions ?? [
      ...BASE_REGIONS,
      ...(LANGUAGE_REGIONS[context.locale ?? 'en'] ?? []),
      ...context.policy.internalDomains.map((domain) => {
        const tld = domain.toLowerCase().replace(/[/:].*$/, '').split('.').pop() ?? '';
        return TLD_REGION[tld] ?? tld.toUpperCase();
      }),
    ];
    regions = [...new Set(wanted.map((region) => region.toUpperCase()))].filter((region): region is CountryCode => isSupportedCountry(region));
    if (regionMemo.size > 50) regionMemo.clear();
    regionMemo.set(key, regions);
  }
  return regions;
}

// Drafts are re-checked on every keystroke with the same numbers in them: remember recent verdicts
// (bounded; a pure memo, libphonenumber-js's parse being the costly part of this rule).
const VERDICT_LIMIT = 2000;
// By the regions' list (its key, joined once), then by the run as written: no key string is built per run of digits (a
// dense draft asks about tens of runs per check; building one was 4 µs of it, 2026-12-05).
const verdicts = new Map<string, Map<string, boolean>>();
let verdictCount = 0;

// Each list of regions joined once, not once per run of digits.
const regionKeys = new WeakMap<readonly CountryCode[], string>();

function isPhoneMemo(raw: string, regions: readonly CountryCode[], named = false): boolean {
  let regionKey = regionKeys.get(regions);
  if (regionKey === undefined) {
    regionKey = regions.join(',');
    regionKeys.set(regions, regionKey);
  }
  // Named-only groupings count for a named list: its verdicts apart (a rare call, its key built).
  const listKey = named ? regionKey + '\u0001' : regionKey;
  let byRun = verdicts.get(listKey);
  if (byRun === undefined) verdicts.set(listKey, (byRun = new Map()));
  let verdict = byRun.get(raw);
  if (verdict === undefined) {
    verdict = isPhone(raw, regions, named);
    if (verdictCount >= VERDICT_LIMIT) {
      verdicts.clear();
      verdicts.set(listKey, (byRun = new Map()));
      verdictCount = 0;
    }
    byRun.set(raw, verdict);
    verdictCount += 1;
  }
  return verdict;
}

/**
 * Whether `raw` (one run, trimmed) is one phone number: international from any country, national from
 * `regions` (`named`: regions the draft names, whose NAMED_ONLY_GROUPING also counts).
 */
function isPhone(written: string, regions: readonly CountryCode[], named = false): boolean {
  // French typography (and some editors) put no-break spaces between the pairs; libphonenumber-js reads plain ones.
  const raw = written.replace(NO_BREAK_SPACE, ' ').replace(SPACED_DASH, '-');
  const digits = raw.replace(NON_DIGIT, '');
  if (digits.length < 8 || digits.length > 15 || DOTTED_QUAD.test(raw)) return false;
  if (INTERNATIONAL.test(raw)) {
    const national = raw.replace(NATIONAL_PREFIX_IN_INTERNATIONAL, '').replace(NON_DIGIT, '');
    const parsed = parsePhoneNumberFromString('+' + (raw.startsWith('00') ? national.slice(2) : national));
    // Written with its country code, a number of a possible length is read as a phone number.
    return parsed !== undefined && parsed.isPossible();
  }
  const namedShort = named && digits.length === 8 && regions.some((region) => NAMED_ONLY_GROUPING[region]?.test(raw) === true);
  if (digits.length < 9 && !namedShort) return false;
  if (raw.includes('/') && !AREA_SLASH.test(raw)) return false;
  // National numbers start with a trunk "0", or are NANP-shaped: anything else is not worth a parse.
  const trunk = TRUNK_ZERO.test(raw) || TRUNK_AREA.test(raw) || LONE_TRUNK_SPECIAL.test(raw);
  const trunkless = (region: CountryCode) => WITHOUT_TRUNK_GROUPING[region]?.test(raw) === true || (named && NAMED_ONLY_GROUPING[region]?.test(raw) === true);
  if (!trunk && regions.some((region) => trunkless(region) && parsePhoneNumberFromString(raw, region)?.isValid() === true)) return true;
  if (!trunk && !US_FORMAT.test(raw)) return false;
  for (const region of regions) {
    const parsed = parsePhoneNumberFromString(raw, region);
    // The UK's numbering plan also serves the Crown Dependencies ("07911 …" is a Guernsey mobile).
    if (!parsed || (parsed.country !== region && !(region === 'GB' && parsed.countryCallingCode === '44'))) continue;
    if (parsed.countryCallingCode === '1') {
      if (US_FORMAT.test(raw) && parsed.isValid()) return true;
      continue;
    }
    if (!trunk || WITHOUT_TRUNK_PREFIX.has(region)) continue;
    if (GROUPING[region]?.test(raw) === false) continue;
    if (SEPARATOR.test(raw)) {
      // Grouped as people write numbers: valid in the region ("02 555 12 34" in Belgium), or ten digits
      // or more of a possible length (reserved ranges such as "07700 900461" still read as phones).
      if (parsed.isValid() || (digits.length >= 10 && parsed.isPossible())) return true;
    } else if (region === 'FR' && digits.length === 10 && parsed.isValid()) return true;
  }
  return false;
}

const NATIONAL_SHAPES = [TRUNK_ZERO, TRUNK_AREA, LONE_TRUNK_SPECIAL, ...Object.values(WITHOUT_TRUNK_GROUPING), ...Object.values(NAMED_ONLY_GROUPING)];
/** Shaped like a national number of some country (a trunk "0", or a grouping without one): worth asking which countries the draft names. */
function couldBeNational(raw: string): boolean {
  return NATIONAL_SHAPES.some((shape) => shape.test(raw));
}

// Several numbers in one run ("06 12 34 56 78 07 98 76 54 32"): split it at a separator where the part
// before is a number, then read the rest the same way. A few parses per run (libphonenumber-js's text
// matcher did the same job at about a millisecond a run, and is quadratic on long runs).
const MAX_SPLITS = 3;
function numbersInRun(run: { start: number; text: string }, regions: readonly CountryCode[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (let split = 0; split < MAX_SPLITS && from < run.text.length; split += 1) {
    const rest = run.text.slice(from);
    if (isPhoneMemo(rest, regions)) {
      spans.push({ start: run.start + from, end: run.start + run.text.length });
      break;
    }
    let next = -1;
    for (let index = 1; index < rest.length - 1; index += 1) {
      if (!SEPARATOR.test(rest.charAt(index)) || !DIGIT.test(rest.charAt(index - 1))) continue;
      if (isPhoneMemo(rest.slice(0, index), regions)) {
        spans.push({ start: run.start + from, end: run.start + from + index });
        next = index;
        break;
      }
    }
    if (next < 0) break;
    from += next;
    while (from < run.text.length && !DIGIT.test(run.text.charAt(from)) && run.text.charAt(from) !== '+' && run.text.charAt(from) !== '(') from += 1;
  }
  return spans;
}

/** Not glued to letters, digits or currency signs: part of a longer figure (IBAN, card, reference) otherwise. */
function isolated(text: string, start: number, end: number): boolean {
  if (GLUED_BEFORE.test(text.charAt(start - 1)) || GLUED_AFTER.test(text.charAt(end))) return false;
  // A figure on the next line is the next item of a list ("… 06 61 48 27 93\n2. Youssef A.", fresh36), not more digits.
  // Compared by code, not sliced and matched: a pasted list asks this of thousands of numbers on a first call.
  const after = isBlank(text.charCodeAt(end)) ? end + 1 : end;
  const before = isBlank(text.charCodeAt(start - 1)) ? start - 2 : start - 1;
  return !isAsciiDigit(text.charCodeAt(after)) && !(before >= 0 && isAsciiDigit(text.charCodeAt(before)));
}

/** A space, a tab or a no-break space: what may sit between two figures of one longer number. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/**
 * Phone numbers: international ones ("+44 …", "0033 …", "(+33) 6 …") from any country, national ones in
 * the formats of the countries the person's language, the policy and the draft itself suggest, checked against
 * libphonenumber-js's min metadata (each country's lengths and ranges), so years, prices and order
 * numbers pass. (min, not max: 19 kB instead of 39 kB gzipped in each content script.)
 */
export const phoneNumber: CheckRule = {
  id: 'phone-number',
  category: 'phone',
  severity: 'medium',
  languages: ['fr', 'en'],
  patterns: [IDENTIFIER_GATE, COUNTED_GATE, DIGIT, HAS_DIGIT_RUN, PHONE_RUN, OPEN_BRACKET_TAIL, DOTTED_QUAD, NATIONAL_PREFIX_IN_INTERNATIONAL, INTERNATIONAL, US_FORMAT, TRUNK_ZERO, TRUNK_AREA, LONE_TRUNK_SPECIAL, AREA_SLASH, FRENCH_GROUPING, UK_GROUPING, SWISS_GROUPING, BELGIAN_GROUPING, IRISH_GROUPING, AUSTRALIAN_GROUPING, MAGHREB_GROUPING, ...Object.values(WITHOUT_TRUNK_GROUPING), ...Object.values(NAMED_ONLY_GROUPING), NO_BREAK_SPACE, SPACED_DASH, IDENTIFIER_NAMED_BEFORE, IDENTIFIER_NAMED_AFTER, REFERENCE_HINT, REFERENCE_NAMED_BEFORE, RANGE_BETWEEN, PERSONAL_LINE_BEFORE, FICTIONAL_AROUND, FICTIONAL_AROUND_AT, COUNTED_AFTER, SEPARATOR, NON_DIGIT, GLUED_BEFORE, GLUED_AFTER],
  check(text, context) {
    if (!HAS_DIGIT_RUN.test(text)) return [];
    const regions = phoneRegions(context);
    // Countries the draft names ("Munich folks", "numéro espagnol") whose formats the context does not
    // already read: looked up only for a run no read region accepts, as few drafts have one.
    let named: readonly CountryCode[] | undefined;
    const spans: { start: number; end: number }[] = [];
    // Words the per-number tests below look for, looked for once in the whole draft: a pasted list of thousands of
    // numbers names none of them, and each test was a slice and a match per number on a first call (2026-12-04).
    // Only for a list: with a few numbers, a look around each is cheaper than three looks at the whole draft.
    const runs = scan(PHONE_RUN, text);
    const list = runs.length > FEW_RUNS;
    const mayNameIdentifier = !list || IDENTIFIER_GATE.test(text);
    const mayNameReference = !list || REFERENCE_HINT.test(text);
    let lastReferenceEnd = -1;
    const mayCount = !list || COUNTED_GATE.test(text);
    for (const found of runs) {
      // "01 60 45 72 18 (9h-18h)": a bracket opening hours after the number is not one of its digits (fresh10).
      const tail = found.text.includes('(') ? OPEN_BRACKET_TAIL.exec(found.text) : null;
      const run = tail ? { start: found.start, end: found.start + tail.index, text: found.text.slice(0, tail.index) } : found;
      if (run.text.length > MAX_RUN || run.text.length < 9) continue;
      // Glued to letters or figures: part of an IBAN, a reference or a table, not a number of its own.
      if (!isolated(text, run.start, run.end)) continue;
      if (mayNameIdentifier && (IDENTIFIER_NAMED_BEFORE.test(text.slice(Math.max(0, run.start - 24), run.start)) ||
        IDENTIFIER_NAMED_AFTER.test(text.slice(run.end, run.end + IDENTIFIER_AFTER_REACH)))) continue;
      if (mayNameReference) {
        const before = text.slice(Math.max(0, run.start - 40), run.start);
        if (REFERENCE_HINT.test(before) && REFERENCE_NAMED_BEFORE.test(before)) {
          lastReferenceEnd = run.end;
          continue;
        }
      }
      // The end of a range of references ("lot numbers 041 227 883 to 041 228 010", fresh79, 2026-12-05).
      if (lastReferenceEnd >= 0 && RANGE_BETWEEN.test(text.slice(lastReferenceEnd, run.start))) continue;
      if (mayCount && COUNTED_AFTER.test(text.slice(run.end, run.end + 14))) continue;
      if (isPhoneMemo(run.text, regions)) {
        spans.push({ start: run.start, end: run.end });
        continue;
      }
      const digits = run.text.replace(NON_DIGIT, '').length;
      if (digits >= 16) spans.push(...numbersInRun(run, regions));
      else if (digits >= 8 && couldBeNational(run.text)) {
        // Regions already read are asked again here for their named-only groupings.
        named ??= regionsNamedIn(text).filter((region) => isSupportedCountry(region));
        if ((named.length > 0 && isPhoneMemo(run.text, named, true)) ||
          (PERSONAL_LINE_BEFORE.test(text.slice(Math.max(0, run.start - 40), run.start)) && isPhoneMemo(run.text, PERSONAL_LINE_REGIONS))) {
          spans.push({ start: run.start, end: run.end });
        }
      }
    }
    // The digits of a bank account read as a national number ("NL91 ABNA 0417 1643 00"): the iban rule reports them.
    const ibans = spans.length > 0 ? findIbans(text) : [];
    // An identity number named and checked by the national-id rule ("CPR 050688-1427") is not a phone
    // number either: asked only when a phone span was found, which few drafts have.
    const ids = spans.length > 0 ? identityNumbers(text, context) : [];
    const outsideIbans = spans.filter(
      (span) => !ibans.some((iban) => iban.start <= span.start && span.end <= iban.end) && !ids.some((id) => id.start < span.end && span.start < id.end),
    );
    // Most drafts call nothing fictional: one look at the whole draft spares a look around each of a pasted list's numbers.
    const real = outsideIbans.length > 0 && callsAnythingFictional(text) ? outsideIbans.filter((span) => !saidToBeFictional(text, span)) : outsideIbans;
    return withoutOverlaps(real).map((span) => finding(this, context, span, 'check_phone_number'));
  },
};

/** Whether the words around a number (not the writer's own, see OWNED_BEFORE) call it invented. */
function saidToBeFictional(text: string, span: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, span.start - FICTIONAL_REACH), span.start);
  if (!FICTIONAL_AROUND.test(before) && !FICTIONAL_AROUND.test(text.slice(span.end, span.end + FICTIONAL_REACH))) return false;
  return !OWNED_BEFORE.test(before);
}
