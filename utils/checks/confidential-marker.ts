import { firstAtOrAfter } from '../text/sorted-spans';
import { wordAt, wordList, type Word, type WordList } from '../text/words';
import { finding, spanTextSubstitutions } from './lib/finding';
import { matchMarkerPhrases } from './lib/marker-phrases';
import type { PhraseMatch } from './lib/phrase-matcher';
import { DisjointSpans, scan } from './lib/scan';
import type { CheckRule } from './types';

// "Your data stays confidential": a promise about confidentiality, not a label on the post.
const PROMISE_BEFORE = new Set([
  'keep', 'keeps', 'kept', 'keeping', 'stay', 'stays', 'stayed', 'remain', 'remains', 'remained', 'treated', 'handled',
  'treat', 'reste', 'restent', 'restera', 'resteront', 'rester', 'demeure', 'demeurent', 'gardees', 'garder', 'gardons',
  'traitees', 'traites', 'traitee', 'traite', 'strictly', 'strictement', 'totalement', 'fully', 'entirely', 'as', 'comme',
  'et', 'and', 'securisees', 'secure', 'chiffrees', 'encrypted', 'private', 'privees', 'anonymes', 'anonymous',
  // The same promise in German, Italian, Spanish and Dutch ("Ihre Daten bleiben vertraulich").
  'bleiben', 'bleibt', 'behandelt', 'restano', 'resta', 'rimangono', 'rimane', 'trattati', 'trattate', 'permanecen', 'permanece',
  'tratados', 'tratadas', 'blijven', 'blijft', 'behandeld',
]);
/** Verbs of a promise that take an object before the word ("keep customer data confidential"). */
const PROMISE_VERBS = new Set(['keep', 'keeps', 'kept', 'keeping', 'treat', 'treats', 'treated', 'handle', 'handles', 'handled', 'hold', 'holds', 'held', 'garder', 'gardons', 'garde', 'gardent', 'traiter', 'traitons', 'traite', 'traitent', 'conserver', 'conservons']);
/** Words that point at the post or its content: "keep this confidential" is a request, not a promise. */
const POINTING = new Set(['this', 'that', 'these', 'those', 'it', 'them', 'ca', 'cela', 'ceci', 'le', 'la', 'les', 'l', 'ce', 'cet', 'cette', 'ces']);
// "Every embargoed release", "any confidential document", "chaque document confidentiel": a kind of document in
// general (a practice, advice), not a label on this post.
// An embargo on documents in general (see isEmbargoPractice), unless it runs to a date.
const EMBARGO_TERMS = new Set(['embargoed', 'sous embargo', 'under embargo']);
/** The embargo's words with their "until", for telling an embargo that was. */
const EMBARGO_UNTIL_TERMS = new Set([...EMBARGO_TERMS, 'embargoed until', 'embargo until']);
const EMBARGO_UNTIL = new Set(['until', 'till', 'jusqu', 'jusqu a', 'to', 'au']);
/**
 * An embargo that was, not one that is ("Our late-breaking abstract was under embargo until 7 a.m. this morning. Now that it's
 * out", "sent the news to journalists under embargo last week. It's public now", fresh59, fresh60, 2026-12-04): a word of its
 * end right after. Not "was" alone: "the figures were embargoed until Thursday" still holds.
 */
const EMBARGO_OVER_AFTER = /^[^!?\n]{0,60}?(?:now that it['’]s out|now that it['’]s public|it['’]s public now|it['’]s out now|c['’]est public|maintenant que c['’]est public)/iu;
// An embargo told in the past that ran until a moment already gone ("The whole thing was embargoed until this morning",
// "c'était sous embargo jusqu'à hier", fresh71, 2026-12-04); "were embargoed until Thursday" may still run.
const PAST_BEFORE_EMBARGO = /(?<![^\P{L}])(?:was|were|had been|has been|[ée]tait|[ée]taient|a [ée]t[ée]|ont [ée]t[ée])[ \t]+$/iu;
const UNTIL_GONE_AFTER = /^(?:[ \t]*(?:until|till|jusqu['’][àa]|jusqu['’]au))?[ \t]+(?:this morning|earlier today|yesterday|last night|ce matin|hier|cette nuit|tout [àa] l['’]heure)(?![^\P{L}])/iu;
function embargoPast(match: PhraseMatch, text: string): boolean {
  if (!EMBARGO_UNTIL_TERMS.has(match.term) || inCapitals(text, match)) return false;
  if (EMBARGO_OVER_AFTER.test(text.slice(match.end, match.end + 80))) return true;
  // The match may end with its "until" ("embargoed until") or not ("under embargo").
  return PAST_BEFORE_EMBARGO.test(text.slice(Math.max(0, match.start - 16), match.start)) && UNTIL_GONE_AFTER.test(text.slice(match.end, match.end + 40));
}
// Words of frequency: documents sent so as a rule, not this one (see isEmbargoPractice).
const FREQUENCY = /(?<![^\P{L}])(?:parfois|souvent|g[ée]n[ée]ralement|en g[ée]n[ée]ral|habituellement|sometimes|often|usually|typically|generally|always|toujours)(?![^\P{L}])/iu;
const EMBARGO_TOPIC = /(?<![^\P{L}])(?:embargoes|embargos|how we handle|how we manage|comment (?:on g[èe]re|nous g[ée]rons))(?![^\P{L}])/iu;
const PLURAL_DOCUMENTS = new Set([
  // Polls held back before a vote ("Pourquoi les sondages sont-ils sous embargo la veille d'un scrutin ?", fresh92, 2026-12-05).
  'sondages', 'polls',
  'releases', 'communiques', 'announcements', 'annonces', 'stories', 'articles', 'news', 'infos', 'informations', 'papers', 'results',
  'resultats', 'figures', 'chiffres', 'studies', 'etudes', 'documents', 'dossiers', 'reports', 'rapports', 'embargoes', 'embargos',
]);
const ANY_BEFORE = new Set(['every', 'each', 'any', 'chaque', 'aucun', 'aucune', 'n importe', 'respecting', 'respecter', 'respectent', 'respect']);
// "When everything is confidential, nothing is": a saying about labelling, not a label.
const EVERYTHING = new Set(['everything', 'nothing', 'anything', 'tout', 'rien']);
/** "si", "whether": a question about confidentiality, see isPromise. */
const WHETHER = new Set(['si', 'whether']);
const REQUEST_BEFORE = new Set(['please', 'pls', 'kindly', 'de', 'd', 'svp', 'stp', 'to']);
const NOT_A_LABEL_AFTER = new Set(['computing', 'informatique', 'information', 'informations', 'data', 'donnees', 'treatment', 'traitement', 'way', 'maniere', 'facon', 'basis',
  // Confidential computing's machines ('AMD SEV-SNP confidential VMs', fresh48, 2026-12-04).
  'vm', 'vms', 'containers', 'enclave', 'enclaves', 'instances', 'nodes', 'gpus', 'ledger',
  // A mail client's feature ("Gmail's confidential mode").
  'mode',
  // A service that is confidential by design ("a confidential helpline", fresh15, 2026-12-03): what it offers, not a label.
  'tip', 'tips', 'astuce', 'helpline', 'hotline', 'counselling', 'counseling', 'listening', 'support', 'service', 'advice', 'reporting', 'whistleblowing', 'ecoute',
  // Shredding services and a regulator's term ("41 bags of confidential waste", "confidential supervisory information", fresh62, fresh64).
  'waste', 'shredding', 'destruction', 'bins', 'bin', 'sacks', 'dechets', 'supervisory']);
/** The same service, named before the word as French does ("une ligne d'écoute confidentielle", "un entretien confidentiel"). */
const SERVICE_BEFORE = new Set([
  'ecoute', 'entretien', 'entretiens', 'accompagnement', 'soutien', 'signalement', 'signalements', 'consultation', 'consultations',
  'dispositif', 'cellule', 'helpline', 'hotline', 'anonyme', 'gratuit', 'gratuite', 'gratuits', 'gratuites',
]);
const SINGLE_WORD_LABELS = new Set([
  'confidential', 'confidentiel', 'confidentielle', 'confidentiels', 'confidentielles', 'vertraulich', 'riservato', 'riservata',
  'confidenziale', 'confidencial', 'vertrouwelijk',
]);
// "No NDA required", "sans NDA", "Niet vertrouwelijk", "not confidential": the label denied, not applied (fresh13, 2026-12-03).
// Folded; an article may stand between ("without an NDA", "pas de NDA", "pas besoin d'un NDA").
const DENIED_BEFORE = new Set(['no', 'not', 'non', 'niet', 'nicht', 'kein', 'keine', 'geen', 'sans', 'without', 'pas', 'aucun', 'aucune', 'never', 'jamais', 'besoin']);
const DENIED_ARTICLES = new Set(['a', 'an', 'any', 'de', 'd', 'un', 'une', 'need', 'for', 'of']);
// "Riservato ai clienti": reserved for someone, not a label.
const RESERVED = new Set(['riservato', 'riservata']);
const RESERVED_FOR = new Set(['a', 'ai', 'al', 'alla', 'alle', 'agli', 'allo', 'ad']);
// A request in the flow of a sentence, informal ("please don't share the links outside", "just between us until the town
// hall"), asks a reader; it is no marking stamped on a document. Eight blind authors in a row (fresh9 to fresh25,
// 2026-12-04) left it unlabelled where no label stood beside it: 2 marker posts of 29 held-out ones with the phrase
// had no other label, 15 had none at all. In capitals it is written as a label ("DON'T FORWARD"). Financial-figure reads
// these requests as signs of its own.
// The formal wording ("Do NOT forward before the investor letter goes out", fresh31, 2026-12-04) only in the flow of a
// sentence: after a line start or a separator ("Internal – do not share externally", fresh6, fresh8, fresh18), or heading
// what follows ("Please do not forward:"), it is part of a label.
// "Between you and me, we've already decided to raise the spot price…" (fresh102, 2026-12-05).
const INFORMAL_REQUESTS = new Set(['don t share', 'please don t share', 'don t forward', 'don t distribute', 'just between us', 'ne pas relayer', 'between you and me']);
const REQUESTS_IN_SENTENCES = new Set(['do not share', 'please do not share', 'do not forward', 'please do not forward', 'do not distribute', 'do not circulate', 'do not repost',
  // "On m'a demandé de ne pas partager les slides de la conf" (fresh34, 2026-12-04).
  'ne pas partager', 'ne pas diffuser', 'ne pas transferer', 'ne pas faire circuler',
  // A press release's heading "EMBARGO: NOT FOR RELEASE BEFORE 07:00" (fresh39, 2026-12-04); in a sentence, a plan.
  'not for release', 'not for release before',
  // "(not for circulation)" in brackets after what it covers: 9 of 9 held-out posts left it unlabelled (fresh104, 2026-12-05).
  'not for circulation', 'not for wider circulation', 'not for external circulation']);
// Words that only label a document when written as a label: capitalised, standing alone between brackets or separators
// ("(Proprietary, Internal Use)"), not in a sentence ("an internal use case", "proprietary software").
// "[INTERNE] Objet : réorganisation" (fresh32, 2026-12-04): the bare word too, not "an internal memo" nor "la mobilité interne".
const BARE_INTERNAL = new Set(['internal', 'interne']);
const LABEL_FORM_ONLY = new Set(['internal use', 'proprietary', 'company proprietary', ...BARE_INTERNAL, 'protected a', 'protected b', 'protected c', 'protege a', 'protege b', 'protege c']);
/** Words that are a label only shouted as a heading ("RESTRICTED —", "PROTECTED" alone on its line); "a restricted area" is none. */
// "Interne, externe, freelance : notre équipe compte 34 personnes" (fresh104, 2026-12-05): inside set against outside.
const STATE_BEFORE = /(?<![^\P{L}])(?:encore|still|toujours|restent|reste|remain|remains)[ \t]+$/iu;
const AGAINST_EXTERNAL_AFTER = /^[ \t]*(?:,|\/|ou|or|et|and|vs\.?)[ \t]*(?:externes?|external|extern)(?![^\P{L}])/iu;
const SHOUTED_HEADINGS = new Set(['restricted', 'protected', 'in confidence', 'export controlled', 'itar controlled', 'ear controlled']);
const HEADING_AFTER = /^[ \t]*[:\]|)–—]/u;
const LINE_START_BEFORE = /(?:^|\n)[ \t]*$/u;
// A quoted label weighed against another word ('"Interne" ou "externe" ? Le débat du jour', fresh96, 2026-12-05).
const QUOTED_ALTERNATIVE_AFTER = /^\]?[ \t\u00a0]*["”»'’][ \t\u00a0]*(?:ou|or|vs\.?|versus)[ \t]+["“«'‘]/iu;
// A level's history ("l'histoire du classement « Confidentiel Défense », remplacé en 2021", fresh96, 2026-12-05).
const LABEL_HISTORY = /(?<![^\P{L}])(?:histoire|history|remplac[ée]e?s?[ \t]+(?:en|par)|replaced[ \t]+(?:in|by)|abolished|aboli(?:e|s|es)?)(?![^\P{L}])/iu;
// A label asked about ("pourquoi certaines cuvées portent la mention « Confidentielle »", "why does everyone say we're under
// NDA", fresh94, fresh96, fresh97, 2026-12-05): "why" earlier in its sentence.
const WHY_BEFORE = /(?<![^\P{L}])(?:pourquoi|why)(?![^\P{L}])[^.!?\n]{0,100}$/iu;
const WHY_GATE = /why|pourquoi/i;
const HISTORY_GATE = /histoir|history|remplac|replaced|aboli/i;
const DEFAULT_GATE = /default|d[ée]faut/i;
// Translating a label ("What does "embargoed until" become in French press releases? "Sous embargo jusqu'au" is the most common",
// "comment rendez-vous « For internal use only » ?", fresh105, 2026-12-05): the words, not a document's label.
const TERMINOLOGY_GATE = /terminolog|glossa|translat|tradu|render|rendez|become in|devient en|en fran|in french|in english|en anglais/i;
const TERMINOLOGY = /(?<![^\P{L}])(?:terminologie|terminology|glossaire|glossary|translate[sd]?|tradui(?:re|t|sez|sons)|render(?:ed|s)?|rendez-vous|rendre|become in|devient en|en fran[çc]ais|in french|in english|en anglais|h[ée]site entre)(?![^\P{L}])/iu;
// A word quoted then its language's code ("vertraulich" (DE), fresh105, 2026-12-05): a glossary.
const QUOTED_LANGUAGE_AFTER = /^\]?[ \t\u00a0]*["”»'’][ \t\u00a0]*\((?:DE|NL|IT|ES|EN|FR|PT|PL|SV|DA|FI)\)/u;
const OLD_TIMES_GATE = /old days|back in the day|those days|[ée]poque|dans le temps|ce temps/i;
const OLD_TIMES = /(?<![^\P{L}])(?:in the old days|back in the day|in those days|[àa] l['’][ée]poque|dans le temps|en ce temps-l[àa])(?![^\P{L}])/iu;
const DEFAULT_BEFORE_QUOTE = /(?<![^\P{L}])(?:default(?: level| value| setting)?|par d[ée]faut)[ \t]*(?:is|est|:|=)?[ \t]*["“«'‘][^"”»’\n]{0,30}$/iu;
const QUOTED_BEFORE_PLURAL = /^["”»'’][ \t]+(?:reports|documents|docs|e-?mails|mails|files|briefings|rapports|fichiers|notes|alerts|alertes)(?![^\P{L}])/iu;
const A_BEFORE = /(?<![^\P{L}])(?:a|an|un|une)[ \t]+$/iu;
const EVENT_AFTER = /^[ \t]+(?:briefings?|meetings?|sessions?|calls?|r[ée]unions?|s[ée]ances?|workshops?|ateliers?|conf[ée]rences?|talks?|webinars?)(?![^\P{L}])/iu;
// A label with a blank to fill in ('put "EMBARGO until [date and time]" at the very top of the release', fresh94, 2026-12-05):
// a template shown, no document's label.
const PLACEHOLDER_AFTER = /^[ \t\u00a0]*(?:(?:until|till|jusqu['’]?(?:au|à|a)?)[ \t\u00a0]*)?[[<{](?:date|time|heure|jour|day|dd|jj|hh|xx|\.\.\.|…)/iu;
/** A level capitalised at a line's start and heading what follows ("Restricted — programme team only", fresh96, 2026-12-05). */
function headsLine(text: string, span: { start: number; end: number }): boolean {
  return LINE_START_BEFORE.test(text.slice(Math.max(0, span.start - 3), span.start)) && HEADING_AFTER.test(text.slice(span.end, span.end + 3));
}
// "(please do not repost)": a bracket, perhaps a word of politeness (fresh88, 2026-12-05).
const PAREN_BEFORE = /\([ \t]*(?:(?:please|pls|merci de|svp)[ \t]+)?$/iu;
const LISTED_WITH = /^["”»'’]?[ \t]*(?:,|or|and|ou|et|\/)[ \t]*["“«'‘]?$/iu;
/** Whether two matches sit on one line. */
function sameLine(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return !text.slice(Math.min(a.start, b.start), Math.max(a.end, b.end)).includes('\n');
}
// Where a lower-case label stands apart from a sentence (isProseAdjective).
const APART_BEFORE = /(?:^|[\n([{|/«"“'‘&]|[–—-][ \t])[ \t\u00a0]*$/u;
const APART_AFTER = /^[ \t\u00a0]*(?:[)\]}|/»"”'’]|[–—-](?:[ \t]|$)|$|\n)/u;
const UNTIL_AFTER = /^[ \t\u00a0]+(?:until|till|jusqu|tot|bis|fino|hasta|at[ée])(?![^\P{L}])/iu;
const KEPT_BEFORE = /(?<![^\P{L}])(?:keep|keeping|garder|gardez|gardons|garde|houd|houden|halten|behalten|tenere|tenete|mantener|mantengan)(?![^\P{L}])[^.!?\n]{0,40}$/iu;
const LEVEL_CODE_BEFORE = /(?<![\p{L}\p{N}])C[0-4][ \t\u00a0]*[–—-]?[ \t\u00a0]*$/u;
const NOUN_AFTER_QUOTE = /^["”»'’][ \t\u00a0]+\p{Ll}/u;
const LABEL_BEFORE = /(?:^|[([{|/,:;–—\-«"“'‘\n])[ \t]*$/u;
const LABEL_AFTER = /^[ \t]*(?:$|[)\]}|/,:;–—\-»"”'’\n.])/u;
// Playful secrecy about food, recipes, gifts or surprises ("Top secret : la recette des cookies"): a joke, not a classification.
const PLAYFUL = new Set([
  'top secret', 'tres secret', 'secret defense', 'streng geheim', 'strictly between us', 'just between us', 'between you and me', 'strictement entre nous',
  'for your eyes only', 'eyes only',
]);
const TREAT = /(?<![^\P{L}])(?:recettes?|recipes?|cookies?|g[âa]teaux?|cakes?|tartes?|pies?|cuisine|cooking|ingr[ée]dients?|sauces?|chocolats?|chocolate|cr[êe]pes?|pancakes?|lasagnes?|lasagna|pizzas?|biscuits?|brownies?|muffins?|desserts?|caf[ée]s?|coffee|croissants?|tiramisu|pastry|pastries|viennoiseries|snacks?|lunch|d[ée]jeuner|barbecue|bbq|burgers?|potluck|ap[ée]ro|pot de d[ée]part|yaourts?|yogh?o?urts?|sandwich(?:s|es)?|tupperwares?|leftovers|restes|fromages?|cheese|fruits?|bananes?|bananas?|compotes?|soupes?|soups?|bonbons?|candy|sweets|surprises?|cadeaux?|gifts?|birthday|anniversaire|party|f[êe]te|mamie|grandma|grand-m[èe]re|nonna)(?![^\P{L}])/iu;
// Home and family: a label stuck on the fridge by the kids is a joke ("'For internal use only' is what my kids wrote on
// the snacks"). With a treat word, even an unquoted label ("my kids labelled the cookie jar top secret").
// A game, a show or a setting where a secrecy stamp is decor ("an escape room themed on a Cold War spy agency, 'STRENG
// GEHEIM' stamps everywhere", fresh24, 2026-12-04): with a playful label, a joke.
const GAME = /(?<![^\P{L}])(?:escape[ -]?(?:rooms?|games?)|short films?|films?|courts?-m[ée]trages?|screenings?|projections?|festivals?|spectacles?|com[ée]dies?|comedy|picnic|pique-nique|themed|theme|props|d[ée]cors?|costumes?|d[ée]guisements?|murder mystery|role[ -]?play|jeux? de r[ôo]les?|board ?games?|jeux? de soci[ée]t[ée]|film set|tournage|spy|spies|espions?|espionnage|cold war|guerre froide|museum|mus[ée]e|exhibition|exposition)(?![^\P{L}])/iu;
const HOME = /(?<![^\P{L}])(?:kids?|children|child|toddlers?|my (?:son|daughter|wife|husband|partner|mum|mom|dad)|sons?|daughters?|family|famille|fridge|frigo|r[ée]frig[ée]rateur|enfants?|gamins?|fils|fille|mon mari|ma femme|maman|papa|go[ûu]ter|cat|dog|chat|chien|home|maison|lunchbox|cookie jar)(?![^\P{L}])/iu;
// A quoted label, then a colon and the words it is ("« Ne pas publier » : trois mots qu'on …", fresh92, 2026-12-05).
const QUOTED_WORDS_AFTER = /^[ \t\u00a0]*["”»'’][ \t\u00a0]*:[ \t]*(?:[^\P{L}]+[ \t]+){0,2}(?:mots?|words?|mentions?|phrases?|expressions?)(?![^\P{L}])/iu;
// If you label a file so ("If you label a file Confidential it will be watermarked", fresh90, 2026-12-05): the rule.
const LABEL_IN_CONDITION_BEFORE = /(?<![^\P{L}])(?:if|when|si|quand)[ \t]+(?:you|we|they|on|vous|nous)[ \t]+(?:label|mark|stamp|tag|classify|marquez|marquons|tamponnez|classez|[ée]tiquetez)[ \t]+(?:a|an|the|any|un|une|le|la|les|your|vos|votre)[ \t]+[^\P{L}]{2,20}[ \t]+(?:as[ \t]+)?["“«']?$/iu;
// A quoted label followed by the word for a label ("ask which need a 'Confidential' label", fresh86, 2026-12-05): the kind.
const LABEL_NOUN_AFTER_QUOTE = /^\]?[ \t\u00a0]*["”»'’][ \t\u00a0]+(?:labels?|stamps?|tags?|stickers?|markings?|mentions?|[ée]tiquettes?|tampons?|watermarks?|banners?|footers?)(?![^\P{L}])/iu;
// Labels in the plural, quoted: the kind talked about ("Pourquoi les mentions « confidentiel » sur nos rapports ne protègent
// rien", fresh85, 2026-12-05), not one document's.
const PLURAL_LABELS_BEFORE = /(?<![^\P{L}])(?:les|des|nos|vos|ces|these|those|our|your)[ \t]+(?:mentions|labels|tampons|stamps)[ \t]+["“«'‘][ \t\u00a0]*$/iu;
// A quoted label as the subject of a sentence about the word ("'Confidential' is the most overused word", "« Confidentiel »
// n'est qu'un tampon"): the word is talked about, not applied.
// Or written somewhere ('"Confidentiel" écrit en gros sur le carton', fresh82, 2026-12-05).
const QUOTED_SUBJECT = /^\]?[ \t\u00a0]*["”»'’][ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:[ée]crit|[ée]crite|written|scrawled|printed|imprim[ée]|c['’]est|it['’]s|that['’]s|is|was|isn['’]t|wasn['’]t|has|means|meant|sounds|became|becomes|remains|est|[ée]tait|n['’]est|n['’][ée]tait|veut dire|signifie|devient|reste|sonne)(?![^\P{L}])/iu;
// A label quoted to talk about it: in the past, as a policy, its meaning or a rule about it ("'Internal only' used to be our
// default", "que signifie « Diffusion restreinte » ?", "never forward a document marked 'Confidential'"): a mention, not a label.
// A bracketed label may sit inside the quotes ('what "[INTERNAL]" means', fresh82, 2026-12-05).
const QUOTE_OPEN = /["“«'‘][ \t\u00a0]*\[?$/u;
const QUOTE_CLOSE = /^\]?[ \t\u00a0]*["”»'’]/u;
const FORMER_USE = /(?<![^\P{L}])(?:traduction|translation|translates? (?:as|to)|se dit|se traduit|in english|en anglais|en fran[çc]ais|in french|used to|no longer|not anymore|anymore|any more|no more|stopped|by default|our default|formerly|previously|remember when|back when|is gone|are gone|got rid of|good riddance|par d[ée]faut|autrefois|jadis|n['’]est plus|ne sont plus|n['’][ée]tait plus|fini les?|termin[ée]s? les?|what does|what is|means?|meaning|signifie|veut dire|never|jamais|tips?|astuces?|rappel|reminder|conseils?|policy|politique|training|formation|quiz|sensibilisation|awareness|(?:stop|quit|arr[êe]te[zr]? de|cessez de|cesser de) (?:stamping|putting|adding|labell?ing|marking|tamponner|mettre|coller|ajouter)|footers?|banners?|bandeaux?|pieds? de (?:mail|page|courriel)|overus(?:e|ed|ing)|labell?ing|(?:if|when|quand|si|lorsque) (?:everything|tout)|nothing is|rien ne l['’]est|every (?:e-?mails?|documents?|docs?|slides?|files?|pages?)|chaque (?:e-?mail|mail|courriel|document|slide|fichier|page)|tous (?:les|nos|vos) (?:e-?mails|mails|courriels|documents|fichiers))(?![^\P{L}])/iu;
/**
 * A label someone writes, says or stamps, talked about ("when every call sheet says CONFIDENTIAL in 40-point red", "why we
 * stopped putting TLP:AMBER on everything", 'phishing emails say "URGENT: confidential invoice attached"', fresh37,
 * 2026-12-04): a mention. Right after the verb, or inside the quotation it opens.
 */
// A phishing mail "titled" so too ('a phishing email titled "URGENT CONFIDENTIAL invoice"', fresh57, 2026-12-04).
const SAID_OR_STAMPED_BEFORE = /(?<![^\P{L}])(?:titled|entitled|intitul[ée]e?|says|say|saying|said|read|reads|putting|put|stamping|stamp|stamps|writing|write|writes|wrote|[ée]crire|[ée]crivent|mettre|mettent|tamponner|tamponnent)[ \t]+(?:["“«][^"“”«»\n]{0,30}|(?:a|an|the|un|une|le|la|les)[ \t]+)?$/iu;
/**
 * The label named as a word to put on in general ("quand faut-il apposer la mention CONFIDENTIEL ?", "add the word
 * CONFIDENTIAL", fresh38, 2026-12-04): a mention. A document that "porte la mention « Confidentiel »" is labelled.
 */
// Or the word itself, named ("on a supprimé le mot « CONFIDENTIEL » de nos modèles", "Attackers love the word confidential",
// fresh50, fresh53, 2026-12-04), or the label taken off ("On a retiré la mention « confidentiel » de nos grilles", fresh55).
// Or the word as a noun, quoted after an article ("je tombe sur un « confidentiel » mal placé", "Vous écrivez « CONFIDENTIEL » en
// rouge en haut de vos devis ?", fresh112, 2026-12-05).
const NAMED_AS_WORD_BEFORE = /(?<![^\P{L}])(?:(?:apposer|ajouter|mettre|utiliser|use|add|put|apply)[ \t]+(?:la mention|les mentions|le mot|le terme|the word|the words|the term|the label|the marking|le marquage)|le mot|the word|ce mot|that word|this word|(?:retir[ée]|enlev[ée]|supprim[ée]|removed|dropped)[ \t]+(?:la mention|the label|the marking|the word)|on [ée]crit|we write|they write|people write|you write|ils [ée]crivent|vous [ée]crivez|tu [ée]cris|nous [ée]crivons)[ \t]*(?:["“«][ \t]*)?$|(?<![^\P{L}])(?:un|une|an)[ \t]+["“«'‘][ \t]*$/iu;
/** Who says it is anyone's: every document, most decks, phishing emails (a specific deck that says it is labelled). */
// Further from the verb only in a condition ('if every slide in your deck says CONFIDENTIAL, nothing in it is', fresh49, 2026-12-04;
// 'when every page of a clinical study report says CONFIDENTIAL', fresh59);
// 'Every PDF we receive says …, here's today's one' shares one (fresh13).
const GENERIC_SAYER = /(?<![^\P{L}])(?:(?:if|when|si|quand|lorsque)[ \t]+(?:every|each|all|chaque|tous les|toutes les)[ \t]+(?:[\p{L}-]+[ \t]+){3,6}|(?:every|each|all|most|chaque|tous les|toutes les|la plupart des)[ \t]+(?:[\p{L}-]+[ \t]+){0,2})(?:says|say|said|puts?|putting|stamps?|stamping|writes?|[ée]crit|[ée]crivent|met|mettent)(?![^\P{L}])|(?<![^\P{L}])(?:phishing|scams?|spam|arnaques?|hame[çc]onnage)(?![^\P{L}])/iu;
function saidInGeneral(text: string, match: PhraseMatch): boolean {
  if (!SAID_OR_STAMPED_BEFORE.test(text.slice(Math.max(0, match.start - 48), match.start))) return false;
  const sentence = sentenceAround(text, match);
  return GENERIC_SAYER.test(sentence);
}
// Marking talked about, not done (fresh42, fresh44, fresh45, 2026-12-04): any document so marked ("un document marqué
// CONFIDENTIEL ne se transfère jamais"), an instruction to mark ("Mark the report TLP:AMBER before you send it"), the stamp
// or watermark itself ("an optional "CONFIDENTIAL" watermark", "bans the stamp "for internal use only"").
// Documents in the indefinite plural too ("arrêtez de m'envoyer des docs marqués « sous NDA »", fresh99, 2026-12-05).
const ANY_DOCUMENT_MARKED_BEFORE = /(?<![^\P{L}])(?:(any|anything|everything|whatever|tout|toute|tout ce qui est|n['’]importe quel(?:le)?|des)|a|an|every|each|un|une|chaque)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:marked|stamped|labell?ed|tagged|watermarked|marqu[ée]e?s?|tamponn[ée]e?s?|estampill[ée]e?s?|[ée]tiquet[ée]e?s?)[ \t\u00a0]*(?::[ \t\u00a0]*)?["“«'‘]?[ \t\u00a0]*$/iu;
// Marking talked about (fresh74, 2026-12-04): 'why airlines stamp some documents "INTERNAL"', 'should we ever put
// "CONFIDENTIAL" in an email subject?', 'notre cafétéria s'appelle "Le Confidentiel"', 'Ma présentation : "Pourquoi
// 'CONFIDENTIEL' en rouge ne protège rien"'.
const STAMP_DOCUMENTS_BEFORE = /(?<![^\P{L}])(?:stamps?|stamping|stamped|marks?|marking|labels?|labell?ing|tamponner|tamponnent|marquer|marquent)[ \t]+(?:[\p{L}'’-]{1,20}[ \t]+){0,2}(?:documents?|files?|e-?mails?|fiches?|slides?|decks?|pages?|notes?)[ \t]+(?:(?:as|with|en|comme|avec)[ \t]+)?["“«'‘]$/iu;
const PUT_IN_SUBJECT_AFTER = /^["”»'’]?[ \t]+(?:in|into|dans)[ \t]+(?:l['’]|(?:an?|the|every|each|all|their|your|les|chaque|un|une)[ \t]+)?(?:e-?mail[ \t]+)?(?:subjects?|subject lines?|objets?|titres?)(?![^\P{L}])/iu;
const PUT_BEFORE_QUOTE = /(?<![^\P{L}])(?:put|puts|putting|write|writes|writing|add|adds|adding|mettre|mettent|mettez|[ée]crire|ajouter)[ \t]+["“«'‘][ \t]*\[?$/iu;
// Also a slide or a document titled so, and releases that start so ("a slide titled 'Confidential does not mean secret'", "press
// releases start with 'Not for release to US wire services'", fresh79, 2026-12-05).
const CALLED_QUOTE_BEFORE = /(?<![^\P{L}])(?:s['’]appelle|s['’]appelait|called|named|nomm[ée]e?|baptis[ée]e?|(titled|entitled|intitul[ée]e?)|starts? with|begins? with|commencent par|commence par)[ \t]+["“«'‘][ \t\u00a0]*(?:(?:le|la|les|l['’]|the)[ \t]*)?$/iu;
// What anyone says, in general ('when a brand says "we're under NDA", it means…', fresh78, 2026-12-05).
const GENERAL_SAYING_BEFORE = /(?<![^\P{L}])(?:when|whenever|if|quand|lorsqu['’]?|si)[ \t]+(?:[^.!?\n"“«]{0,40}[ \t])?(?:says?|said|dit|disent|writes?|[ée]crit)[ \t]*:?[ \t]*["“«'‘][^"”»\n]{0,30}$/iu;
const TALK_TITLE_BEFORE = /(?<![^\P{L}])(?:pr[ée]sentation|talk|keynote|conf[ée]rence|webinar|webinaire|session|atelier|workshop|article|billet|titre|title)(?:[ \t]+[\p{L}'’]{1,12}){0,3}(?:[ \t]*:)?[ \t]*["“«][^"”»\n]{0,80}$/iu;
const DOCUMENTS_CARRYING_BEFORE = /(?<![^\P{L}])(?:documents|files|fichiers|e-?mails|mails|slides|decks|pages|messages|tickets) (?:carrying|bearing|with|showing|portant|avec) (?:(?:the|a|la|le) )?(?:label|marking|mention|stamp|tag|[ée]tiquette|tampon)[ \t\u00a0]{0,3}(?::[ \t\u00a0]{0,3})?(?:["“«'‘][ \t\u00a0]{0,3})?$/iu;
const MARK_INSTRUCTION_BEFORE = /(?:^|[.!?:\n"“«][ \t]*|(?<![^\P{L}])(?:please|always|never|toujours|veuillez|pensez [àa])[ \t]+)(?:mark|label|stamp|classify|tag|marquez|marquer|[ée]tiquetez|classez|tamponnez)[ \t]+(?:[^\s.!?]+[ \t]+){1,5}["“«'‘]?$/iu;
const STAMP_BEFORE = /(?<![^\P{L}])(?:stamps?|tampons?|watermarks?|filigranes?|stickers?|banners?|bandeaux|bandeau)[ \t]+["“«'‘][ \t\u00a0]*$/iu;
// Stamping as a habit, the label unquoted ('Why do Japanese companies stamp 社外秘 on everything', fresh54, 2026-12-04).
// Quoted too ('Combien d'entre vous tamponnent "CONFIDENTIEL" sur chaque PowerPoint ?', fresh100, 2026-12-05).
const STAMPING_BEFORE = /(?<![^\P{L}])(?:stamp|stamping|tamponner|tamponnent|tamponnez)[ \t]+(?:["“«'‘][ \t\u00a0]?)?$/iu;
// Or a tool's setting of that name ("Outlook's \"Sensitivity: Confidential\" setting", fresh51).
// Unquoted too for a physical sticker ("we print a tiny CONFIDENTIAL sticker on the dashboard", fresh81, 2026-12-05).
const STAMP_AFTER = /^(?:[ \t\u00a0]+(?:stickers?|autocollants?)|[ \t\u00a0]*["”»'’][ \t\u00a0]*(?:stamps?|tampons?|watermarks?|filigranes?|stickers?|banners?|bandeaux|bandeau|settings?|options?|param[èe]tres?|r[ée]glages?))(?![^\P{L}])/iu;
// Writing a label talked about as an act ("écrire « confidentiel » en haut d'un post ne le rend pas confidentiel", fresh47,
// 2026-12-04): an infinitive or a gerund, then the quoted label.
const WRITING_QUOTE_BEFORE = /(?<![^\P{L}])(?:[ée]crire|mettre|coller|tamponner|write|writing|putting|stamping|typing|taper)[ \t]+["“«'‘][ \t\u00a0]*$/iu;
// A label as the meaning of a word ("'vertrouwelijk' … it means confidential", fresh50): a translation.
const MEANS_BEFORE = /(?<![^\P{L}])(?:means|meant|signifie|veut dire|translates? (?:as|to)|se traduit par)[ \t]+["“«]?$/iu;
const MARKING_REACH = 60;
// Its meaning asked ('What does "Classification: restricted" actually mean', « ce que voulait dire « Classification : Secret » »,
// fresh47, fresh50, 2026-12-04); a quoted footer stays the document's label ('footer "C2 – Restricted"', fresh4).
const MEANING_ASKED_BEFORE = /(?<![^\P{L}])(?:what does|what do|what is|que veut dire|que signifie|ce que (?:veut|voulait) dire|ce que signifie)(?![^\P{L}])[^.!?\n]{0,20}$/iu;
// "A document marked X" is any document only in a rule ("ne se transfère jamais", "must never leave"); otherwise it is the
// one at hand ("found a memo marked « NE PAS DIFFUSER »", "every sheet stamped CONFIDENTIAL", fresh4, fresh13).
const GENERIC_RULE = /(?<![^\P{L}])(?:never|always|must|should|jamais|toujours|doit|doivent|devrait|ne se|rule|r[èe]gle|policy|politique)(?![^\P{L}])/iu;
/** Whether the label's meaning is asked right before it. */
function meaningAsked(text: string, span: { start: number }): boolean {
  return MEANING_ASKED_BEFORE.test(text.slice(Math.max(0, span.start - MARKING_REACH), span.start));
}

/** Whether a label at `span` is marking talked about: a document in general, an instruction, the stamp itself. */
// The same, the label bare and where the document carries it after it ("if a drawing says CONFIDENTIAL in the title block,
// it stays off social media", fresh84, 2026-12-05).
const SAYS_BEFORE = /(?<![^\P{L}])(?:says?|reads?|shows?|dit|porte|indique)[ \t]+$/iu;
const CONDITION = /(?<![^\P{L}])(?:when|whenever|if|quand|lorsqu['’]?|si)[ \t]/iu;
const PLACE_ON_DOCUMENT_AFTER = /^[ \t]+(?:in|on|at|dans|sur|en)[ \t]/iu;
/** Whether `before` ends with "if … says " in one sentence (a condition, then a verb of saying, 45 characters apart at most). */
function saidInConditionBefore(before: string): boolean {
  const says = SAYS_BEFORE.exec(before);
  if (says === null) return false;
  const condition = before.slice(Math.max(0, says.index - 45), says.index);
  const found = CONDITION.exec(condition);
  return found !== null && !/[.!?\n"“«]/.test(condition.slice(found.index));
}
function isMarkingTalk(text: string, span: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, span.start - MARKING_REACH), span.start);
  if (STAMP_AFTER.test(text.slice(span.end, span.end + 16)) || STAMP_BEFORE.test(before) || STAMPING_BEFORE.test(before) || MARK_INSTRUCTION_BEFORE.test(before) || WRITING_QUOTE_BEFORE.test(before) || MEANS_BEFORE.test(before)) return true;
  // Documents in the plural carrying the label ("flags documents carrying the label "CONFIDENTIAL"", fresh73, 2026-12-04).
  if (DOCUMENTS_CARRYING_BEFORE.test(before)) return true;
  // A title that is the label and a heading ('a slide titled "CONFIDENTIAL — Board pre-read — Q4"', fresh5) labels that slide.
  const called = CALLED_QUOTE_BEFORE.exec(before);
  const titleLabel = called !== null && called[1] !== undefined && HEADING_AFTER.test(text.slice(span.end, span.end + 3));
  if (STAMP_DOCUMENTS_BEFORE.test(before) || (called !== null && !titleLabel) || GENERAL_SAYING_BEFORE.test(text.slice(Math.max(0, span.start - 90), span.start)) ||
    (saidInConditionBefore(text.slice(Math.max(0, span.start - 90), span.start)) && PLACE_ON_DOCUMENT_AFTER.test(text.slice(span.end, span.end + 12))) ||
    LABEL_IN_CONDITION_BEFORE.test(text.slice(Math.max(0, span.start - 60), span.start)) || TALK_TITLE_BEFORE.test(text.slice(Math.max(0, span.start - 100), span.start))) return true;
  if (PUT_BEFORE_QUOTE.test(before) && PUT_IN_SUBJECT_AFTER.test(text.slice(span.end, span.end + 40).replace(/^\]/, ''))) return true;
  const anyDocument = ANY_DOCUMENT_MARKED_BEFORE.exec(before);
  return anyDocument !== null && (anyDocument[1] !== undefined || GENERIC_RULE.test(sentenceAround(text, span)));
}
// A level listed with others of a classification scale ("Public, Internal, Confidential, Secret"): the scale, not a label.
const SCALE_LEVELS = ['public', 'internal', 'interne', 'confidential', 'confidentiel', 'confidentielle', 'restricted', 'restreint', 'restreinte', 'secret', 'c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'open'];
// The words of levels of several words ("Strictly Confidential", "TOP SECRET", "OFFICIAL-SENSITIVE", "Usage interne", "Diffusion
// restreinte") and of other schemes' levels (UK, Australia: "OFFICIAL", "PROTECTED", "UNCLASSIFIED"; fresh43, fresh44, 2026-12-04).
const SCALE_WORDS: ReadonlySet<string> = new Set([
  ...SCALE_LEVELS, 'strictly', 'strictement', 'highly', 'tres', 'top', 'official', 'sensitive', 'protected', 'unclassified', 'classified',
  // "« Confidentiel », « secret », « réservé » : nos patients confondent souvent" (fresh101, 2026-12-05).
  'reserve', 'reservee', 'reserves', 'reservees',
  'usage', 'use', 'only', 'diffusion', 'limitee', 'limited', 'general', 'ue', 'eu', 'company', 'private', 'prive', 'privee',
]);
/** What joins the words of one level: blanks or a hyphen. */
const LEVEL_JOIN = /^[ \t\u00a0]*-?[ \t\u00a0]*$/u;
// "vs" too ('Public vs Internal vs Confidential vs Restricted', fresh64, 2026-12-04).
// Quoted levels too ('"Internal", "Confidential", "Restricted" — most companies need three', fresh95, 2026-12-05).
const LIST_SEPARATOR = /^[ \t\u00a0]*(?:["”»'’][ \t\u00a0]*)?(?:[,/>|→][ \t\u00a0]*(?:(?:and|et|or|ou)[ \t]+)?|(?:and|et|or|ou|vs\.?|versus)[ \t]+)(?:["“«'‘][ \t\u00a0]*)?$/iu;
const LEVEL_CODE = /^c[0-5]$/;
// A label stuck or written on something ("collé sur la boîte de bonbons", "a sticker on my lunch"): with a treat, a joke.
const STUCK_ON = /(?<![^\P{L}])(?:coll[ée]e?s?|collent|colle|scotch[ée]e?s?|[ée]tiquettes?|stickers?|post-?its?|stuck|taped|labell?ed|written on|[ée]crit sur|marqu[ée]e?s? sur)(?![^\P{L}])/iu;
// The quotation a title's word sits in: an opening quote with no closing one after it, and a closing quote ahead.
const TITLE_QUOTE_REACH = 40;
const TITLE_QUOTE_OPEN = /["“«‘][^"“”«»‘’\n]*$/u;
const TITLE_QUOTE_CLOSE = /["”»’]/u;
// A title in straight single quotes, a blank before the opening one and after the closing one ("Binge-watched 'Confidential
// Assignment' this weekend", fresh91, 2026-12-05): an apostrophe inside a word is none.
const SINGLE_QUOTED_TITLE = /(?<=^|[ \t(])'(\p{Lu}[^'\n]{2,60})'(?=[ \t.,!?)]|$)/gu;
const LABEL_HEADS = /^[ \t\u00a0]*[:–—-]/u;
// A quotation said to be marked on a document ("the board pack (marked "Vertrouwelijk – niet verspreiden") shows…", "the
// slide says « Usage interne »"): the label applied, whatever words about shows or films follow (fresh12, 2026-12-03).
const MARKED_BEFORE = /(?<![^\P{L}])(?:marked|stamped|labell?ed|tagged|flagged|watermarked|says|reads|marqu[ée]e?s?|tamponn[ée]e?s?|estampill[ée]e?s?|[ée]tiquet[ée]e?s?|porte la mention|avec la mention|mention)[ \t\u00a0]*(?::[ \t\u00a0]*)?$/iu;
// "It's marked 'Strictly Private & Confidential'": a document said to carry the label now, whatever training or tips the
// sentence mentions (fresh18, 2026-12-03); not "never forward a document marked 'Confidential'", a rule about any document.
// The past ("the deck was stamped") or a pointer ("it's marked", "c'est marqué"), not a present in general ("if everything
// is stamped 'confidential', nothing is", fresh7).
const IS_BEFORE_MARKED = /(?<![^\P{L}])(?:it['’]s|it is|this is|that is|which is|was|were|c['’]est|il est|elle est|il [ée]tait|elle [ée]tait|[ée]tait)[ \t]+(?:still[ \t]+|clearly[ \t]+|bien[ \t]+)?$/iu;
const QUOTE_AT_END = /["“«'‘][ \t\u00a0]*$/u;
// A legend that maps a colour or code to a level ("rouge = confidentiel", "red → Confidential" in a colour code): the
// level defined, not applied to the post.
const DEFINED_BEFORE = /[=→][ \t]*$/u;
// "TLP:RED means named recipients only": a level being defined, quoted or not (fresh16, 2026-12-03).
// Or said to be a kind of thing ("CONFIDENTIAL is not a magic word", fresh97, 2026-12-05).
const DEFINED_AFTER = /^[ \t\u00a0]*(?:(?:means|meant|stands for|indicates|signifie|veut dire|indique)(?![^\P{L}])|(?:is|isn['’]t|is not|n['’]est|est)[ \t]+(?:(?:not|pas|just|only|juste|qu['’])[ \t]*)?(?:a|an|un|une)[ \t])/iu;
const LEGEND = /(?<![^\P{L}])(?:colou?r[- ]cod(?:e|es|ed|ing)|codes? couleurs?|l[ée]gendes?|legends?|rouges?|red|verts?|vertes?|green|orange|jaunes?|yellow|bleus?|bleues?|blue|noirs?|black|pastilles?|chemises?|folders?|stickers?|gommettes?)(?![^\P{L}])/iu;
// "TLP:CLEAR means anyone can see it, TLP:GREEN the community, TLP:AMBER limited, TLP:RED only the people in the room"
// (fresh27, 2026-12-04): three colours or more, the scale explained, no label applied.
// Two levels compared are the scale talked about too ("when to use TLP:CLEAR vs TLP:AMBER", "entre TLP:AMBER et
// TLP:AMBER+STRICT", "TLP:CLEAR reports are the ones you can share freely; TLP:AMBER and RED are not", fresh98, fresh99,
// fresh100, 2026-12-05): a post labelled so carries one level.
const TLP_COLOUR = /TLP ?: ?(CLEAR|WHITE|GREEN|AMBER(?:\+STRICT)?|RED)/giu;
const TLP_SCALE = 2;
// "what TLP:RED, AMBER, GREEN and CLEAR mean" (fresh49, 2026-12-04): the colours listed after one prefix, a scale too.
const TLP_LISTED = /TLP ?: ?(?:CLEAR|WHITE|GREEN|AMBER|RED)(?:[ \t]*(?:,|\/|and|et|or|ou)[ \t]*(?:(?:and|et|or|ou)[ \t]+)?(?:TLP ?: ?)?(?:CLEAR|WHITE|GREEN|AMBER|RED)){2}/iu;
/** Characters looked at around a marker, for a joke or a mention. */
const AROUND = 160;
// "Ne pas diffuser de fausses informations", "do not share your password": advice with its own object, not a label.
const INSTRUCTIONS = /^(?:ne pas|do not|don t|please don t) /;
const ADVICE_OBJECT = new Set(['de', 'd', 'des', 'vos', 'votre', 'ses', 'son', 'sa', 'leurs', 'leur', 'your', 'any', 'personal', 'their', 'his', 'her', 'passwords', 'password']);
// An NDA as a thing one writes or signs in general ("our NDA template"), not a post under one.
// "NDA tip for founders" (fresh30, 2026-12-04): advice about NDAs too.
const NDA_NOT_A_LABEL_AFTER = new Set(['template', 'templates', 'modele', 'modeles', 'generator', 'clause', 'clauses', 'checklist', 'guide', 'tip', 'tips', 'advice', 'conseil', 'conseils', 'astuce', 'astuces']);
// "Modèle d'accord de confidentialité (NDA)", "a sample NDA", "NDA template": a blank form to fill in, not a post under one
// (fresh12, 2026-12-03). Folded words before the NDA (or its name spelt out), skipping the links between them.
const NDA_TEMPLATE_BEFORE = new Set(['modele', 'modeles', 'template', 'templates', 'exemple', 'exemples', 'sample', 'samples', 'model', 'generator', 'generateur', 'formulaire', 'form', 'blank', 'vierge']);
const NDA_TEMPLATE_LINKS = new Set(['d', 'de', 'du', 'of', 'for', 'an', 'a', 'un', 'une', 'free', 'gratuit', 'standard', 'type']);
// "Always read an NDA before signing it": advice about NDAs in general (an indefinite NDA, with advice wording around).
/** Kinds of NDA, between the article and the word: "a mutual NDA", "un NDA unilatéral" reads the same as "an NDA". */
const NDA_KINDS = new Set(['mutual', 'mutuel', 'mutuelle', 'unilateral', 'bilateral', 'bilateraux', 'way', 'standard', 'basic', 'simple', 'typical', 'classic', 'classique', 'new', 'nouveau']);
// "est-ce que vous signez des NDA avec vos éditeurs ?" (fresh93, 2026-12-05): NDAs in the plural, in general.
const ANY_NDA_BEFORE = new Set(['a', 'an', 'any', 'every', 'each', 'your', 'un', 'une', 'votre', 'ton', 'chaque', 'tout', 'vos', 'tes', 'des']);
// "Read the NDA before you sign it" in advice: the generic definite article, with advice wording that is about any NDA.
const THE_NDA_BEFORE = new Set(['the', 'le', 'l']);
const NDA_GENERIC_ADVICE = /(?<![^\P{L}])(?:before (?:you )?sign(?:ing)?|avant de (?:le |la |l['’])?signer|advice|tips?|conseils?|astuces?|nobody (?:told|gave)|no one (?:told|gave)|personne ne m['’]a)(?![^\P{L}])/iu;
// A quotation open before the word, and words for a saying (see isSaying).
const SAYING_REACH = 80;
const SAYING_QUOTE_OPEN = /["“«][^"“”«»\n]*$/u;
const SAYING = /(?<![^\P{L}])(?:citations?|dictons?|proverbes?|proverbs?|adages?|maximes?|maxims?|aphorismes?|aphorisms?|sayings?|mottos?)(?![^\P{L}])/iu;
// An NDA's name spelt out right before its acronym in brackets.
const NDA_SPELT_OUT = /(?:accords? de (?:confidentialit[ée]|non[- ]divulgation)|(?:non[- ]disclosure|confidentiality) agreements?)[ \t\u00a0]*\([ \t\u00a0]*$/iu;
// An NDA as a practice asked or explained ('faut-il faire signer un NDA aux candidats ? Vos pratiques ?', 'a VC won't sign
// your NDA', fresh55, fresh56, 2026-12-04).
const NDA_ADVICE = /(?<![^\P{L}])(?:won['’]t sign|will not sign|wouldn['’]t sign|faut[- ]il|should (?:you|we|i)|faire signer|pratiques?|practices?|always|never|before (?:you )?sign(?:ing)?|how to|what to (?:look|check)|checklist|tips?|advice|freelancers?|founders?|reminder|make sure|read|review|negotiate|check|toujours|jamais|avant de (?:le |la )?signer|comment|conseils?|astuces?|rappel|ind[ée]pendants?|freelances?|lisez|relisez|lire|relire|v[ée]rifiez|n[ée]gociez|n[ée]gocier|negotiating|every|standard|chaque|prot[èe]ge|protects|bien [ée]crit|well[- ]written|actually covers|covers|in plain english|explained|explainer|signer un|sign an|la plupart|most vcs|refusent|refuse|est-ce que|signez|do you sign|on signe|signons|signent|si on signe|do we sign)(?![^\P{L}])/iu;
// A title or a place named with the word ("L.A. Confidential", "au restaurant Le Confidentiel"): capitalised after a
// capitalised word or an article, with a work or an establishment, or watching, reading, eating around it.
const TITLE_AROUND = 80;
// What a label's company name follows: a line start, a separator, a sentence end ("Board deck. Acme Confidential.").
const LABEL_START = /(?:^|[\n:;([|–—,.!?-])[ \t]*$/u;
const BY_AUTHOR = /^[ \t]+by[ \t]+\p{Lu}/u;
const TITLE_ARTICLES = new Set(['le', 'la', 'les', 'the', 'l', 'el', 'il', 'der', 'die', 'das']);
/** A first name and a name in the possessive before a quoted title: an author's work. */
const AUTHOR_POSSESSIVE_BEFORE = /\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+['’]s[ \t]*$/u;
// A festival screening a short ("Notre court « Confidentiel » (réal. Sarah Blin) sera projeté au festival", fresh104, 2026-12-05).
const TITLE_CONTEXT = /(?<![^\P{L}])(?:festivals?|projet[ée]e?s?|court-m[ée]trage|courts-m[ée]trages|r[ée]al\.|screened|screening|premi[èe]re|binge[- ]?watch(?:ed|ing)?|watched|watching|regard[ée]|films?|movies?|cin[ée]ma|cinema|cin[ée]|s[ée]ances?|projections?|VO|VOST(?:FR)?|bande-son|series|s[ée]ries?|shows?|episodes?|[ée]pisodes?|seasons?|saisons?|books?|audiobooks?|e-?books?|livres? audio|livres?|documentaires?|documentar(?:y|ies)|docus?|novels?|romans?|polars?|thrillers?|bouquinistes?|librair(?:ie|ies|es?)|bookshops?|bookstores?|lectures?|comics?|mangas?|albums?|songs?|chansons?|podcasts?|play|pi[èe]ce|th[ée][âa]tre|theat(?:er|re)|restaurants?|restos?|bistrot?s?|brasseries?|bars?|caf[ée]s?|h[ôo]tels?|clubs?|spas?|boutiques?|shops?|netflix|prime video|repasse|spectacles?|com[ée]dies?|comedy|musical|rediffus(?:e|é|ée|ion)|watch(?:ing|ed)?|re-?watch(?:ing|ed)?|binge(?:d|ing)?|regard(?:er|[ée]|ais|e)|revoir|revu|reading|re-?reading|relu|relire|lisais|dinner|d[îi]ner|lunch|d[ée]jeuner|brunch|eating|ate|mang[ée]r?|cocktails?|drinks?|verres?|menu|chef|r[ée]servation|booked|table|director|r[ée]alisateur|r[ée]alis[ée]|actors?|acteurs?|actrices?|cast|oscars?|soundtrack|rue|street|avenue)(?![^\P{L}])/iu;

// Labels need a C2-C4 level, a TLP colour or a word that names a classification ("Classification : Interne – Restreint",
// fresh22: the gate had left that pattern out); skip their patterns when none can be there.
const LABEL_GATE = /C[2-4]|TLP|classif|sensibilit|confidentialit|marquage|label|tiquette/i;
const LEVEL = String.raw`(?:C[2-4]|interne|internal(?: use)?|restricted(?: use)?|(?:usage |diffusion )?restreinte?|usage interne|confidenti[a-z]{0,6}|secret)`;
const LABELS: readonly RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}\p{N}])(?:classification|classif\.?|sensibilit[eé]|niveau de confidentialit[eé]|marquage|label|[ée]tiquette)[ \t]?:?[ \t]?${LEVEL}(?![\p{L}\p{N}])`, 'giu'),
  /[[(]C[2-4][\])]/g,
  new RegExp(String.raw`(?<![\p{L}\p{N}])C[2-4][ \t]?[-–—:][ \t]?${LEVEL}(?![\p{L}\p{N}])`, 'giu'),
  /(?<![\p{L}\p{N}])TLP ?: ?(?:RED|AMBER(?:\+STRICT)?)(?![\p{L}\p{N}])/giu,
];


/** Confidentiality labels ("Confidentiel", "internal only", "ne pas diffuser", "C3 – Restricted", NDA…). */
export const confidentialMarker: CheckRule = {
  id: 'confidential-marker',
  category: 'confidential_marker',
  severity: 'high',
  languages: ['fr', 'en'],
  patterns: [SINGLE_QUOTED_TITLE, QUOTED_WORDS_AFTER, LABEL_IN_CONDITION_BEFORE, FREQUENCY, LABEL_NOUN_AFTER_QUOTE, PLURAL_LABELS_BEFORE, SAYS_BEFORE, CONDITION, PLACE_ON_DOCUMENT_AFTER, EMBARGO_OVER_AFTER, ANY_DOCUMENT_MARKED_BEFORE, DOCUMENTS_CARRYING_BEFORE, STAMP_DOCUMENTS_BEFORE, PUT_IN_SUBJECT_AFTER, PUT_BEFORE_QUOTE, CALLED_QUOTE_BEFORE, GENERAL_SAYING_BEFORE, TALK_TITLE_BEFORE, PAREN_BEFORE, LISTED_WITH, MARK_INSTRUCTION_BEFORE, STAMP_BEFORE, STAMPING_BEFORE, STAMP_AFTER, AUTHOR_POSSESSIVE_BEFORE, SAID_OR_STAMPED_BEFORE, GENERIC_SAYER, NAMED_AS_WORD_BEFORE, ...LABELS, LABEL_GATE, NDA_SPELT_OUT, SAYING_QUOTE_OPEN, SAYING, LABEL_BEFORE, LABEL_AFTER, TREAT, HOME, GAME, QUOTED_SUBJECT, QUOTE_OPEN, QUOTE_CLOSE, FORMER_USE, LIST_SEPARATOR, NDA_ADVICE, NDA_GENERIC_ADVICE, TITLE_CONTEXT, LABEL_START, LEVEL_CODE, TITLE_QUOTE_OPEN, TITLE_QUOTE_CLOSE, LABEL_HEADS, MARKED_BEFORE, IS_BEFORE_MARKED, QUOTE_AT_END, STUCK_ON, DEFINED_BEFORE, DEFINED_AFTER, LEGEND, TLP_COLOUR, TLP_LISTED, WRITING_QUOTE_BEFORE, MEANS_BEFORE, MEANING_ASKED_BEFORE, QUOTED_ALTERNATIVE_AFTER, WHY_BEFORE, PLACEHOLDER_AFTER, LINE_START_BEFORE, LABEL_HISTORY, WHY_GATE, HISTORY_GATE, DEFAULT_GATE, TERMINOLOGY_GATE, TERMINOLOGY, QUOTED_LANGUAGE_AFTER, STATE_BEFORE, AGAINST_EXTERNAL_AFTER, OLD_TIMES_GATE, OLD_TIMES, DEFAULT_BEFORE_QUOTE, QUOTED_BEFORE_PLURAL, A_BEFORE, EVENT_AFTER, EMBARGO_TOPIC],
  check(text, context) {
    const tokens = wordList(text);
    const findings = [];
    const named = spanTextSubstitutions(text);
    for (const match of markerLabels(text, tokens)) {
      findings.push(finding(this, context, match, 'check_confidential_marker', named(match)));
    }
    if (LABEL_GATE.test(text)) {
      // Phrase matches do not overlap, nor do the label spans kept: an index answers "overlaps a finding?".
      const taken = new DisjointSpans();
      for (const found of findings) taken.add(found);
      for (const pattern of LABELS) {
        // One pattern's matches do not overlap each other: test them all, then add the ones kept.
        const kept = scan(pattern, text).filter((span) => !taken.overlaps(span) && !isDefined(text, span) && !isMarkingTalk(text, span) && !meaningAsked(text, span));
        for (const span of kept) {
          taken.add(span);
          findings.push(finding(this, context, span, 'check_confidential_marker', [span.text]));
        }
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

let lastText: string | undefined;
let lastTokens: WordList | undefined;
let lastLabels: readonly PhraseMatch[] = [];
let lastMentions: readonly PhraseMatch[] = [];

/**
 * The marker phrases of a draft that label it (not a promise, advice, a joke or a mention). Shared with
 * financial-figure (a labelled post's figures are not public): the last result is kept (a pure memo).
 */
export function markerLabels(text: string, tokens: WordList = wordList(text)): readonly PhraseMatch[] {
  if (text === lastText && tokens === lastTokens) return lastLabels;
  const labels: PhraseMatch[] = [];
  const mentions: PhraseMatch[] = [];
  const phrases = matchMarkerPhrases(tokens);
  // A draft that lists a scale in full ("Public, Internal, Confidential, Restricted") then quotes or names one of its levels
  // ("Engineers mostly deal with "Internal"", "it's at least Confidential", fresh48, fresh53, 2026-12-04) talks about the scale
  // there too; a level shouted as a heading stays a label.
  let listsScale: boolean | undefined;
  const quotesLevelOfScale = (match: PhraseMatch) => (isQuoted(text, match) || !inCapitals(text, match)) &&
    isLevelName(tokens, tokenAt(tokens, match.start), firstAtOrAfter(tokens.starts, match.end) - 1) &&
    (listsScale ??= phrases.some((phrase) => isListedLevel(tokens, phrase, text)));
  for (const match of phrases) {
    if (match.term && SINGLE_WORD_LABELS.has(match.term) && isPromise(tokens, tokenAt(tokens, match.start), text)) continue;
    if ((SINGLE_WORD_LABELS.has(match.term) || match.term === 'nda') && isDenied(tokens, tokenAt(tokens, match.start), text)) continue;
    if (RESERVED.has(match.term)) {
      const next = wordAt(tokens, firstAtOrAfter(tokens.starts, match.end));
      if (next && RESERVED_FOR.has(next.folded) && !/[:;.!?\n]/.test(text.slice(match.end, next.start))) continue;
    }
    if (LABEL_FORM_ONLY.has(match.term) && (!standsAsLabel(text, match) || AGAINST_EXTERNAL_AFTER.test(text.slice(match.end, match.end + 16)))) continue;
    if (SHOUTED_HEADINGS.has(match.term) && !((inCapitals(text, match) || headsLine(text, match)) && standsAsLabel(text, match))) continue;
    // A title or a place ("L.A. Confidential", « Classé confidentiel », un polar) is a mention too: its word says nothing
    // of the figures next to it (financial-figure).
    const title = (SINGLE_WORD_LABELS.has(match.term) && isTitleOrPlace(tokens, tokenAt(tokens, match.start), text)) || isQuotedTitle(text, match);
    const mention = title || embargoPast(match, text) || isJoke(text, match) || isQuotedMention(text, match) || isSaying(text, match) || (match.term === 'nda' && (isNdaAdvice(tokens, match, text) || isNdaTemplate(tokens, match, text) || ndaSigned(text, match))) ||
      // "s'ils peuvent parler de leurs projets sous NDA sur LinkedIn" (fresh84, 2026-12-05): projects under NDA talked about.
      (UNDER_NDA.has(match.term) && !inCapitals(text, match) && NDA_TALK_BEFORE.test(text.slice(Math.max(0, match.start - 40), match.start))) ||
      isListedLevel(tokens, match, text) || quotesLevelOfScale(match) || isGeneral(tokens, match, text) || isMarkingTalk(text, match) || meaningAsked(text, match) ||
      isLegend(text, match) || isDefined(text, match) || saidInGeneral(text, match) || askedWhy(text, match) || hasPlaceholder(text, match) || NAMED_AS_WORD_BEFORE.test(text.slice(Math.max(0, match.start - 24), match.start));
    // A label listed right after one talked about ('stamp some documents "INTERNAL" or "RESTRICTED"', fresh74) is talked about too.
    const listedAfterMention = mentions.length > 0 && LISTED_WITH.test(text.slice((mentions[mentions.length - 1] as PhraseMatch).end, match.start));
    if (mention || listedAfterMention) {
      mentions.push(match);
      continue;
    }
    if (SINGLE_WORD_LABELS.has(match.term) && isProseAdjective(text, match)) continue;
    if (INFORMAL_REQUESTS.has(match.term) && !inCapitals(text, match)) continue;
    if (informalEmbargo(text, match)) continue;
    if (REQUESTS_IN_SENTENCES.has(match.term) && !inCapitals(text, match) && !LABEL_BEFORE.test(text.slice(Math.max(0, match.start - 3), match.start)) &&
      !HEADING_AFTER.test(text.slice(match.end, match.end + 3))) continue;
    // A request in brackets, in lower case, with no label on its line ("Pour le comité de direction (ne pas diffuser) :", "(do not
    // share outside the leadership group until the trading statement)", fresh71, fresh77, 2026-12-04): an aside, not a label.
    if (REQUESTS_IN_SENTENCES.has(match.term) && !inCapitals(text, match) && PAREN_BEFORE.test(text.slice(Math.max(0, match.start - 12), match.start)) &&
      !phrases.some((other) => other !== match && !REQUESTS_IN_SENTENCES.has(other.term) && !INFORMAL_REQUESTS.has(other.term) && sameLine(text, other, match))) continue;
    if (INSTRUCTIONS.test(match.term) || match.term === 'nda') {
      const next = wordAt(tokens, firstAtOrAfter(tokens.starts, match.end));
      const between = next ? text.slice(match.end, next.start) : '';
      if (next && !/[:;.!?\n]/.test(between) && (match.term === 'nda' ? NDA_NOT_A_LABEL_AFTER : ADVICE_OBJECT).has(next.folded)) continue;
    }
    labels.push(match);
  }
  lastText = text;
  lastTokens = tokens;
  lastLabels = labels;
  lastMentions = mentions;
  return labels;
}

/** The marker phrases of a draft that only talk about a label (a joke, a former policy, a scale): see markerLabels. */
export function markerMentions(text: string, tokens: WordList = wordList(text)): readonly PhraseMatch[] {
  markerLabels(text, tokens);
  return lastMentions;
}

/**
 * The sentence around a span with the one before and the one after in the same paragraph (cut at . ! ? or a
 * line break; "Le cadeau de Marc ? Top secret"), at most AROUND characters either side.
 */
function sentenceAround(text: string, span: { start: number; end: number }): string {
  let from = span.start;
  const low = Math.max(0, span.start - AROUND);
  for (let breaks = 0; from > low; from -= 1) {
    const char = text[from - 1] as string;
    if (char === '\n' || (/[.!?]/.test(char) && (breaks += 1) > 1)) break;
  }
  let to = span.end;
  const high = Math.min(text.length, span.end + AROUND);
  for (let breaks = 0; to < high; to += 1) {
    const char = text[to] as string;
    if (char === '\n' || (/[.!?]/.test(char) && (breaks += 1) > 1)) break;
  }
  return text.slice(from, to);
}

/** Capitalised and standing alone between brackets, separators or line ends: "(Proprietary, Internal Use)". */
/** Whether the span's letters are all capitals ("DON'T FORWARD"). */
function inCapitals(text: string, span: { start: number; end: number }): boolean {
  const written = text.slice(span.start, span.end);
  return written === written.toUpperCase();
}

/**
 * A label word written in lower case inside a sentence: an adjective ("une discussion confidentielle", "is your outage data
 * confidential?", "les PV restent confidentiels", a '"confidential" checkbox'), not a label put on the post (fresh70,
 * fresh73, 2026-12-04). A label in lower case stands apart: at a line's start, after an opening bracket, a quote, a dash,
 * "&" or a pipe ("(confidentiel, ne pas transférer)", "Privileged & confidential"), before a dash or a closing bracket
 * ("Rapport confidentiel – ne pas diffuser"), said to be marked ("marked confidential"), after its level's code ("Doc C3
 * confidentiel"), asked for ("keep the roadmap confidential", "garder ces chiffres confidentiels") or kept until a date
 * ("vertrouwelijk tot de lancering", an embargo). A quoted word with a noun
 * after it names a kind of thing.
 */
function isProseAdjective(text: string, span: { start: number; end: number }): boolean {
  const first = text[span.start] as string;
  if (first === first.toUpperCase()) return false;
  // A state said of something ("deux scénarios de prix, encore confidentiels —", fresh105, 2026-12-05): no label.
  if (STATE_BEFORE.test(text.slice(Math.max(0, span.start - 12), span.start))) return true;
  const after = text.slice(span.end, span.end + 4);
  if (APART_BEFORE.test(text.slice(Math.max(0, span.start - 3), span.start))) return isQuoted(text, span) && NOUN_AFTER_QUOTE.test(after);
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  return !APART_AFTER.test(after) && !UNTIL_AFTER.test(text.slice(span.end, span.end + 12)) && !MARKED_BEFORE.test(before) &&
    !KEPT_BEFORE.test(before) && !LEVEL_CODE_BEFORE.test(before);
}

function standsAsLabel(text: string, span: { start: number; end: number }): boolean {
  const first = text[span.start] as string;
  if (first === first.toLowerCase()) return false;
  return LABEL_BEFORE.test(text.slice(Math.max(0, span.start - 3), span.start)) && LABEL_AFTER.test(text.slice(span.end, span.end + 3));
}

/**
 * Whether the level at words `first` to `last` is listed with at least two other levels of a scale ("Public, Internal,
 * Confidential"; "Public, Internal, Confidential, Strictly Confidential"; "OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP SECRET"),
 * each maybe after its code ("C1 public, C2 interne, C3 confidentiel"). A level may be several words joined by blanks or a
 * hyphen; levels are parted by a comma, a slash, an arrow or "and"/"or".
 */
function isScaleLevel(list: WordList, first: number, last: number, text: string): boolean {
  let levels = 0;
  for (const step of [-1, 1]) {
    let edge = step < 0 ? first : last;
    for (let at = edge + step; levels < 2 && Math.abs(at - edge) <= 3; at += step) {
      const from = wordAt(list, edge) as Word;
      const other = wordAt(list, at);
      if (other && /^(?:and|et|or|ou|vs|versus)$/.test(other.folded)) continue; // the separator checked below spans it
      if (!other || !SCALE_WORDS.has(other.folded)) break;
      const gap = step < 0 ? text.slice(other.end, from.start) : text.slice(from.end, other.start);
      const coded = (LEVEL_CODE.test(other.folded) || LEVEL_CODE.test(from.folded)) && /^[ \t\u00a0]+$/u.test(gap);
      if (!coded && !LIST_SEPARATOR.test(gap)) break;
      // The other level's further words ("Strictly Confidential", "OFFICIAL-SENSITIVE").
      let far = at;
      for (let next = at + step; ; next += step) {
        const word = wordAt(list, next);
        const near = wordAt(list, far) as Word;
        if (!word || !SCALE_WORDS.has(word.folded) || !LEVEL_JOIN.test(step < 0 ? text.slice(word.end, near.start) : text.slice(near.end, word.start))) break;
        far = next;
      }
      levels += 1;
      edge = far;
      at = far;
    }
  }
  return levels >= 2;
}

/** A label that names a level of a scale listed in full: the scale described, not a label applied. */
function isListedLevel(list: WordList, match: PhraseMatch, text: string): boolean {
  const first = tokenAt(list, match.start);
  const last = firstAtOrAfter(list.starts, match.end) - 1;
  return isLevelName(list, first, last) && isScaleLevel(list, first, last, text);
}

/** Whether every word of a label is a word of a classification level ("Strictly Confidential", "TOP SECRET"). */
function isLevelName(list: WordList, first: number, last: number): boolean {
  for (let index = first; index <= last; index += 1) if (!SCALE_WORDS.has(wordAt(list, index)?.folded ?? '')) return false;
  return true;
}

function hasPlaceholder(text: string, span: { end: number }): boolean {
  return PLACEHOLDER_AFTER.test(text.slice(span.end, span.end + 24));
}

/** "TLP:RED means…", "Confidentiel signifie…": the level being defined, whether a phrase or a pattern found it. */
function isDefined(text: string, span: { start: number; end: number }): boolean {
  return DEFINED_AFTER.test(text.slice(span.end, span.end + 16)) || explainsTlpScale(text) || namesAKind(text, span);
}
// A level naming a kind of document or meeting: quoted before a plural ('half the "TLP:RED" reports I receive'), or after "a"
// ("A TLP:RED briefing I attended last week", fresh99, 2026-12-05): documents in general, or one not shown.
function namesAKind(text: string, span: { start: number; end: number }): boolean {
  return QUOTED_BEFORE_PLURAL.test(text.slice(span.end, span.end + 16)) ||
    (A_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start)) && EVENT_AFTER.test(text.slice(span.end, span.end + 14)));
}

function explainsTlpScale(text: string): boolean {
  if (!text.includes('TLP')) return false;
  if (TLP_LISTED.test(text)) return true;
  const colours = new Set(scan(TLP_COLOUR, text).map((span) => (span.groups[0] ?? '').toUpperCase()));
  return colours.size >= TLP_SCALE;
}

/** Whether the quoted label at `span` is said to be marked on a document in the present or past ("it's marked « … »"). */
function saidMarked(text: string, span: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start).replace(QUOTE_AT_END, '');
  const marked = MARKED_BEFORE.exec(before);
  return marked !== null && IS_BEFORE_MARKED.test(before.slice(0, marked.index));
}

/** "rouge = confidentiel" in a colour code: a level a legend defines. */
function isLegend(text: string, span: { start: number; end: number }): boolean {
  return DEFINED_BEFORE.test(text.slice(Math.max(0, span.start - 4), span.start)) && LEGEND.test(sentenceAround(text, span));
}

function isQuoted(text: string, span: { start: number; end: number }): boolean {
  return QUOTE_OPEN.test(text.slice(Math.max(0, span.start - 3), span.start)) && QUOTE_CLOSE.test(text.slice(span.end, span.end + 3));
}

// Whether the draft holds the words askedWhy and insideQuotationTalkedAbout look for: read once per draft, not per label.
let gatedText: string | undefined;
let gates = { why: false, history: false, settingDefault: false, oldTimes: false, terminology: false };
function draftGates(text: string): { why: boolean; history: boolean; settingDefault: boolean; oldTimes: boolean; terminology: boolean } {
  if (text !== gatedText) {
    gatedText = text;
    gates = { why: WHY_GATE.test(text), history: HISTORY_GATE.test(text), settingDefault: DEFAULT_GATE.test(text), oldTimes: OLD_TIMES_GATE.test(text), terminology: TERMINOLOGY_GATE.test(text) };
  }
  return gates;
}
/** Whether the label at `span` is asked about: "why" before it in its sentence, the label quoted or not written as a heading. */
function askedWhy(text: string, span: { start: number; end: number }): boolean {
  return draftGates(text).why && WHY_BEFORE.test(text.slice(Math.max(0, span.start - 110), span.start)) && (!inCapitals(text, span) || quotation(text, span) !== undefined);
}
/** Whether the label at `span` sits inside a quotation its sentence tells the history of. */
// A level chosen as a setting's default ('Default is "Client Confidential"', fresh99, 2026-12-05).
function insideQuotationTalkedAbout(text: string, span: { start: number; end: number }): boolean {
  const gates = draftGates(text);
  if (!gates.history && !gates.settingDefault && !gates.terminology) return false;
  if (quotation(text, span) === undefined || saidMarked(text, span)) return false;
  return (gates.history && LABEL_HISTORY.test(sentenceAround(text, span))) || (gates.terminology && TERMINOLOGY.test(sentenceAround(text, span))) || (gates.settingDefault && DEFAULT_BEFORE_QUOTE.test(text.slice(Math.max(0, span.start - 50), span.start)));
}

// A stamp of the old days ("In the old days the team sheet was stamped "CONFIDENTIAL" and faxed", fresh98, 2026-12-05):
// a document of then, talked about now.
function isQuotedMention(text: string, span: { start: number; end: number }): boolean {
  if (!isQuoted(text, span)) return insideQuotationTalkedAbout(text, span);
  if (saidMarked(text, span)) return draftGates(text).oldTimes && OLD_TIMES.test(sentenceAround(text, span));
  if (QUOTED_ALTERNATIVE_AFTER.test(text.slice(span.end, span.end + 16)) || QUOTED_LANGUAGE_AFTER.test(text.slice(span.end, span.end + 12))) return true;
  if (draftGates(text).terminology && TERMINOLOGY.test(sentenceAround(text, span))) return true;
  if (QUOTED_WORDS_AFTER.test(text.slice(span.end, span.end + 32))) return true;
  if (LABEL_NOUN_AFTER_QUOTE.test(text.slice(span.end, span.end + 16))) return true;
  if (PLURAL_LABELS_BEFORE.test(text.slice(Math.max(0, span.start - 24), span.start))) return true;
  return QUOTED_SUBJECT.test(text.slice(span.end, span.end + 16)) || FORMER_USE.test(sentenceAround(text, span));
}

/**
 * A saying quoted as one ("La citation du jour : « Ce qui est confidentiel, ce n'est pas le secret, c'est la
 * confiance. »", fresh8): the word inside an open quotation, with a word for a saying around it. Not "quote" (a price).
 */
function isSaying(text: string, match: PhraseMatch): boolean {
  const before = text.slice(Math.max(0, match.start - SAYING_REACH), match.start);
  if (!SAYING_QUOTE_OPEN.test(before)) return false;
  return SAYING.test(sentenceAround(text, match)) || SAYING.test(before);
}

/**
 * Playful secrecy (about a treat or at home), any label quoted or written among a home and a treat, or a quoted label
 * stuck on a treat ("« Usage interne » collé sur la boîte de bonbons"): a joke.
 */
function isJoke(text: string, match: PhraseMatch): boolean {
  const around = sentenceAround(text, match);
  if (PLAYFUL.has(match.term)) return TREAT.test(around) || HOME.test(around) || GAME.test(around);
  if (!HOME.test(around)) return TREAT.test(around) && STUCK_ON.test(around) && quotation(text, match) !== undefined;
  return isQuoted(text, match) || TREAT.test(around);
}

/** "Always read an NDA before signing it", "avant de signer un NDA": an NDA in general, in advice. */
/**
 * The word an NDA's article and qualifiers stand before: the NDA itself, or the start of its name spelt out right before
 * it in brackets ("un accord de confidentialité (NDA)", "a non-disclosure agreement (NDA)").
 */
function ndaHeadIndex(tokens: WordList, match: PhraseMatch, text: string): number {
  if (/\([ \t\u00a0]*$/u.test(text.slice(Math.max(0, match.start - 3), match.start))) {
    const spelt = NDA_SPELT_OUT.exec(text.slice(Math.max(0, match.start - 60), match.start));
    if (spelt) return firstAtOrAfter(tokens.starts, match.start - spelt[0].length);
  }
  return tokenAt(tokens, match.start);
}

// NDAs as a kind of document to talk about (fresh71, fresh72, 2026-12-04): "tout le monde parle de NDA", "un bon NDA tient sur
// trois pages", "my fourth NDA of the week"; not "signed an NDA with the hotel chain", a deal under one.
// Or an event about them ("Excellente masterclass hier sur les NDA entre producteurs et talents", fresh104, 2026-12-05).
const NDA_TALK_BEFORE = /(?<![^\P{L}])(?:(?:masterclass|formation|atelier|webinaire|webinar|session|conf[ée]rence|talk|workshop|panel|table ronde)(?:[ \t]+[\p{L}'’]{1,12}){0,2}[ \t]+(?:sur|about|on)(?:[ \t]+(?:les|the))?|(?:signature|gestion|mod[èe]les?|process(?:us)?)[ \t]+(?:[ée]lectronique[ \t]+)?(?:des|de nos|de vos)|(?:parle(?:nt|r|z|ons)?|talks?|talking|speak(?:s|ing)?)(?:[ \t]+(?:beaucoup|souvent|toujours|a lot|so much|often|always))?[ \t]+(?:de|d['’]|about|of)(?:[ \t]+(?:les|the))?|(?:parler|talk|talking|speak|discuss)[ \t]+(?:de|about)(?:[ \t]+[\p{L}'’-]{1,20}){1,3}[ \t]+|(?:un|une|a|an)[ \t]+(?:bon|good|vrai|real|typical|typique|long|short|court|standard|simple)|(?:mon|ma|my|our|notre)[ \t]+(?:premier|first|second|deuxi[èe]me|third|troisi[èe]me|fourth|quatri[èe]me|fifth|[0-9]+(?:st|nd|rd|th|e|[èe]me)))[ \t]*$/iu;
function isNdaAdvice(tokens: WordList, match: PhraseMatch, text: string): boolean {
  if (NDA_TALK_BEFORE.test(text.slice(Math.max(0, match.start - 40), match.start))) return true;
  const index = ndaHeadIndex(tokens, match, text);
  // "don't sign a mutual NDA that lasts forever" (fresh30): the article before the kind of NDA.
  const kind = wordAt(tokens, index - 1);
  const previous = wordAt(tokens, kind !== undefined && NDA_KINDS.has(kind.folded) ? index - 2 : index - 1);
  if (previous === undefined) return false;
  if (ANY_NDA_BEFORE.has(previous.folded)) return NDA_ADVICE.test(sentenceAround(text, match));
  return THE_NDA_BEFORE.has(previous.folded) && NDA_GENERIC_ADVICE.test(sentenceAround(text, match));
}

// An NDA someone signed, told ("J'ai signé un NDA, donc je montre le processus", "We signed an NDA with our automation partner
// last month", "un NDA signé quand le projet le justifie", fresh107, fresh112, 2026-12-05): a contract, not this post's label.
const SIGNED_AN_NDA_BEFORE = /(?<![^\P{L}])(?:sign[ée]|signed|signing|signons|signez|signent)[ \t]+(?:(?:a|an|our|un|une|notre|mutual|mutuel)[ \t]+){1,2}$/iu;
const AN_NDA_SIGNED = /(?<![^\P{L}])(?:a|an|un|une)[ \t]+$/iu;
const SIGNED_AFTER = /^[ \t]+sign[ée]e?s?(?![^\P{L}])/iu;
function ndaSigned(text: string, match: PhraseMatch): boolean {
  const before = text.slice(Math.max(0, match.start - 30), match.start);
  return SIGNED_AN_NDA_BEFORE.test(before) || (AN_NDA_SIGNED.test(before) && SIGNED_AFTER.test(text.slice(match.end, match.end + 12)));
}

/** "Modèle d'accord de confidentialité (NDA)", "our sample NDA": a blank form, named before the NDA or its spelt-out name. */
function isNdaTemplate(tokens: WordList, match: PhraseMatch, text: string): boolean {
  const index = ndaHeadIndex(tokens, match, text);
  for (let back = 1; back <= 3; back += 1) {
    const previous = wordAt(tokens, index - back);
    if (previous === undefined) return false;
    if (NDA_TEMPLATE_BEFORE.has(previous.folded)) return true;
    if (!NDA_TEMPLATE_LINKS.has(previous.folded)) return false;
  }
  return false;
}

/**
 * A kind of document rather than this one ("every embargoed release", "any confidential file", "chaque document
 * confidentiel"), or a saying about labelling ("when everything is confidential, nothing is").
 */
function isGeneral(tokens: WordList, match: PhraseMatch, text: string): boolean {
  const index = tokenAt(tokens, match.start);
  if (EMBARGO_TERMS.has(match.term) && !inCapitals(text, match) && isEmbargoPractice(tokens, match, index, text)) return true;
  const previous = wordAt(tokens, index - 1);
  if (!previous) return false;
  if (ANY_BEFORE.has(previous.folded)) return true;
  const before = wordAt(tokens, index - 2);
  return SINGLE_WORD_LABELS.has(match.term) && /^(?:is|are|est|sont)$/.test(previous.folded) && before !== undefined && EVERYTHING.has(before.folded);
}

/**
 * "Embargoed press releases are the bane of my existence", "les communiqués sous embargo, c'est pénible" (fresh30,
 * fresh31, 2026-12-04): documents in the plural, before or after the word, no date the embargo runs to, and not shouted.
 */
const UNDER_NDA = new Set(['sous nda', 'under nda']);
/**
 * "Sous embargo" or "under embargo" inside a sentence, in lower case, with no time it runs to or is lifted at: an informal
 * word or a practice told ("d'ici là c'est sous embargo côté communication", "Comment j'écris un communiqué sous embargo pour
 * mes clients", fresh106, fresh112, 2026-12-05), not a label; still a sign that what it speaks of is not out. Of the
 * nineteen such posts in the corpora, the one labelled a label said when its embargo lifts ("Info sous embargo presse (levée
 * mardi 9 h)").
 */
function informalEmbargo(text: string, match: PhraseMatch): boolean {
  return (match.term === 'sous embargo' || match.term === 'under embargo') && !inCapitals(text, match) &&
    LETTER_BEFORE_ON_LINE.test(text.slice(Math.max(0, match.start - 40), match.start)) && !EMBARGO_TIME_AFTER.test(text.slice(match.end, match.end + 60)) &&
    !HEADING_AFTER.test(text.slice(match.end, match.end + 3));
}
const LETTER_BEFORE_ON_LINE = /\p{L}[^\n]*$/u;
const EMBARGO_TIME_AFTER = /^[^.!?\n]{0,40}?(?<![^\P{L}])(?:jusqu|until|till|lev[ée]e?|lifted|lifts|lift|expires?)(?![^\P{L}])/iu;
const DETERMINERS = new Set(['the', 'an', 'this', 'that', 'our', 'their', 'your', 'its']);
function isEmbargoPractice(tokens: WordList, match: PhraseMatch, index: number, text: string): boolean {
  const last = firstAtOrAfter(tokens.starts, match.end) - 1;
  for (let ahead = 1; ahead <= 2; ahead += 1) {
    const next = wordAt(tokens, last + ahead);
    if (next && EMBARGO_UNTIL.has(next.folded)) return false;
  }
  // Not when the documents head what follows ("Embargoed figures: revenue …").
  const next = match.term === 'embargoed' ? wordAt(tokens, last + 1) : undefined;
  if (next !== undefined && HEADING_AFTER.test(text.slice(next.end, next.end + 3))) return false;
  const around = match.term === 'embargoed' ? [last + 1, last + 2] : [index - 1, index - 2, index - 3];
  if (around.some((at) => PLURAL_DOCUMENTS.has(wordAt(tokens, at)?.folded ?? ''))) return true;
  // How documents are sent in general, said so ("Nos communiqués de presse sont parfois diffusés sous embargo aux journalistes",
  // fresh87, 2026-12-05): the documents a few words back, a word of frequency in the sentence.
  if (match.term !== 'embargoed' && FREQUENCY.test(sentenceAround(text, match))) {
    for (let at = index - 3; at >= 0 && at >= index - 6; at -= 1) if (PLURAL_DOCUMENTS.has(wordAt(tokens, at)?.folded ?? '')) return true;
  }
  // "For press requests about the embargoed report, write to …" (fresh85, 2026-12-05): an adjective after a determiner.
  if (next !== undefined && match.term === 'embargoed' && DETERMINERS.has(wordAt(tokens, index - 1)?.folded ?? '')) return true;
  // Embargoes as the topic ("How we handle line-up embargoes with broadcasters: we share the team sheet under embargo 75 minutes
  // before kick-off", fresh98, 2026-12-05): the practice explained.
  if (EMBARGO_TOPIC.test(sentenceAround(text, match))) return true;
  // "embargoed ARCs (advance reader copies)" (fresh34): any plural right after.
  return next !== undefined && next.folded.length > 3 && next.folded.endsWith('s') && !next.folded.endsWith('ss');
}

/** The quotation a match sits in, without its quotes ("Classé confidentiel"), or undefined when it is not quoted. */
function quotation(text: string, match: { start: number; end: number }): string | undefined {
  const before = text.slice(Math.max(0, match.start - TITLE_QUOTE_REACH), match.start);
  const open = before.search(TITLE_QUOTE_OPEN);
  if (open < 0) return undefined;
  const after = text.slice(match.end, match.end + TITLE_QUOTE_REACH);
  const close = after.search(TITLE_QUOTE_CLOSE);
  if (close < 0) return undefined;
  return (before.slice(open) + text.slice(match.start, match.end) + after.slice(0, close)).replace(/^["“«‘'\s]+/u, '');
}

/**
 * « Classé confidentiel », un polar ; au « Confidentiel », le petit bistrot: the word inside a quoted title (opening with
 * a capital, not shouted) on a line about a work or a place. A quoted "CONFIDENTIEL" stays a label.
 */
/** Whether the match is inside a title in straight single quotes on a line that speaks of films or shows. */
function singleQuotedTitle(text: string, match: PhraseMatch): boolean {
  const lineStart = text.lastIndexOf('\n', match.start) + 1;
  const lineEnd = text.indexOf('\n', match.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  for (const title of scan(SINGLE_QUOTED_TITLE, line)) {
    if (lineStart + title.start < match.start && match.end < lineStart + title.end && !MARKED_BEFORE.test(line.slice(Math.max(0, title.start - 30), title.start))) return TITLE_CONTEXT.test(line);
  }
  return false;
}
function isQuotedTitle(text: string, match: PhraseMatch): boolean {
  if (text.includes("'") && singleQuotedTitle(text, match)) return true;
  const quoted = quotation(text, match);
  if (quoted === undefined || !/^\p{Lu}/u.test(quoted) || quoted === quoted.toUpperCase()) return false;
  const reach = Math.max(0, match.start - TITLE_QUOTE_REACH);
  const opening = reach + text.slice(reach, match.start).search(TITLE_QUOTE_OPEN);
  if (MARKED_BEFORE.test(text.slice(Math.max(0, opening - 30), opening))) return false;
  // A quote that heads what follows (« Ne pas diffuser » : la liste des restaurants partenaires) labels it.
  const after = text.slice(match.end, match.end + TITLE_QUOTE_REACH);
  const close = after.search(TITLE_QUOTE_CLOSE);
  if (LABEL_HEADS.test(after.slice(close + 1, close + 4))) return false;
  // An author's work: "Graham Greene's "The Confidential Agent"" (fresh39, 2026-12-04).
  if (quoted.includes(' ') && AUTHOR_POSSESSIVE_BEFORE.test(text.slice(Math.max(0, opening - 40), opening))) return true;
  const lineStart = text.lastIndexOf('\n', match.start) + 1;
  const lineEnd = text.indexOf('\n', match.end);
  return TITLE_CONTEXT.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}

/**
 * "L.A. Confidential", "Le Confidentiel": the word capitalised (not shouted) right after a capitalised word or an
 * article, in a sentence about a work or a place. "Acme Confidential" alone, "CONFIDENTIEL", "Confidential:" stay labels.
 */
function isTitleOrPlace(list: WordList, index: number, text: string): boolean {
  const word = wordAt(list, index);
  const previous = wordAt(list, index - 1);
  if (!word || !previous) return false;
  const written = text.slice(word.start, word.end);
  if (written[0] === written[0]?.toLowerCase() || written === written.toUpperCase()) return false;
  const before = text.slice(previous.start, previous.end);
  if (before[0] === before[0]?.toLowerCase() && !TITLE_ARTICLES.has(previous.folded)) return false;
  // Only a blank between (or the dot of an initial, "L.A. Confidential"; an apostrophe after "L").
  const between = text.slice(previous.end, word.start);
  if (!/^[ \u00a0]$|^[’']$/u.test(between) && !(before.length === 1 && /^\.[ \u00a0]$/u.test(between))) return false;
  // A label after a line start or a separator is not a title: "Acme Confidential" on its own line stays one.
  // "Kitchen Confidential by Bourdain is still the best book" (fresh31): a work's author after it, even at a line's start.
  if (!TITLE_ARTICLES.has(previous.folded) && LABEL_START.test(text.slice(Math.max(0, previous.start - 3), previous.start)) && !/\./.test(between) &&
    !BY_AUTHOR.test(text.slice(word.end, word.end + 8))) {
    return false;
  }
  // Its line, 80 characters either side: initials' dots ("L.A.") would cut a sentence short.
  const line = text.slice(Math.max(0, word.start - TITLE_AROUND), word.end + TITLE_AROUND);
  const at = word.start - Math.max(0, word.start - TITLE_AROUND);
  const from = line.lastIndexOf('\n', at) + 1;
  const to = line.indexOf('\n', at);
  return TITLE_CONTEXT.test(line.slice(from, to < 0 ? line.length : to));
}

/** "no NDA", "without an NDA", "pas besoin de NDA", "niet vertrouwelijk": a negation right before the word (an article between). */
function isDenied(list: WordList, index: number, text: string): boolean {
  if (!wordAt(list, index)) return false;
  for (let back = 1; back <= 3; back += 1) {
    const previous = wordAt(list, index - back);
    // A separator ends the look back: "NOT FOR DISTRIBUTION — CONFIDENTIAL" reads as two labels.
    if (!previous || /[.!?\n:;,–—]/.test(text.slice(previous.end, (wordAt(list, index - back + 1) as Word).start))) return false;
    if (DENIED_BEFORE.has(previous.folded)) return true;
    if (!DENIED_ARTICLES.has(previous.folded)) return false;
  }
  return false;
}

/** Index of the token starting at `start` (a match starts on a token), or -1. */
function tokenAt(tokens: WordList, start: number): number {
  const index = firstAtOrAfter(tokens.starts, start);
  return index < tokens.count && tokens.starts[index] === start ? index : -1;
}

function isPromise(list: WordList, index: number, text: string): boolean {
  const previous = wordAt(list, index - 1);
  const before = wordAt(list, index - 2);
  const next = wordAt(list, index + 1);
  const word = wordAt(list, index);
  // A label stands on its own or is shouted: "CONFIDENTIEL", "Confidential:" at a line start.
  if (word && text.slice(word.start, word.end) === text.slice(word.start, word.end).toUpperCase()) return false;
  if (previous && (PROMISE_BEFORE.has(previous.folded) || SERVICE_BEFORE.has(previous.folded))) return true;
  // "Nos clientes demandent si leur parcours est confidentiel": whether it is, asked or answered, not a label (fresh11).
  for (let back = 1; back <= 5; back += 1) {
    const asked = wordAt(list, index - back);
    if (!asked || /[.!?\n:;]/.test(text.slice(asked.end, word?.start ?? asked.end))) break;
    if (WHETHER.has(asked.folded)) return true;
  }
  // "we keep customer data confidential", "nous gardons vos données confidentielles": a verb, its object,
  // then the word. "Keep this confidential" asks the reader to, which is a label.
  for (let back = 2; back <= 4; back += 1) {
    const verb = wordAt(list, index - back);
    if (!verb || /[.!?\n]/.test(text.slice(verb.end, word?.start ?? verb.end))) break;
    if (!PROMISE_VERBS.has(verb.folded)) continue;
    // An imperative ("Keep the numbers confidential", "Merci de garder…") asks the reader: a label.
    const before = wordAt(list, index - back - 1);
    if (!before || /[.!?\n:,;]/.test(text.slice(before.end, verb.start)) || REQUEST_BEFORE.has(before.folded)) break;
    const object: Word[] = [];
    for (let at = index - back + 1; at < index; at += 1) object.push(wordAt(list, at) as Word);
    if (object.every((token) => !POINTING.has(token.folded))) return true;
    break;
  }
  if (before && PROMISE_BEFORE.has(before.folded) && previous && /^(?:is|are|be|sont|est|etre|soient|totally|always|toujours)$/.test(previous.folded)) return true;
  return Boolean(next && NOT_A_LABEL_AFTER.has(next.folded) && !(previous && /^(?:is|est)$/.test(previous.folded)));
}
