/**
 * Words saying a value is a documented example, a test value or a placeholder, in French and English: a
 * processor's published test card (payment-card), a vendor's example key (secret-token), the textbook example
 * IBAN (iban), an address at an example domain (email-address). Each rule asks only about a value it has
 * already recognised as such an example, so the words clear nothing else.
 */
const EXAMPLE_ALTERNATIVES = String.raw`tests?|testing|sandbox|docs?|documentation|examples?|exemples?|samples?|placeholders?|sp[ée]cimens?|dummy|fake|factices?|fictifs?|fictives?|illustrati(?:ve|fs?|ves?)|hypoth[ée]tiques?|hypothetical|isn['’]t anybody['’]s|isn['’]t anyone['’]s|is no one['’]s|n['’]est [àa] personne|(?:will|would|should) look like|ressemblera [àa]|tutori(?:al|el)s?|tutos?|int[ée]grations?|stripe|adyen|braintree|paypal|QA|ex\.[ \t]*:|ex\.[ \t]+officiel(?:le)?`;
// The lookahead on first letters lets the engine skip most positions at once (a dense draft asks this of ~40 values).
export const EXAMPLE_WORDS = new RegExp(String.raw`(?=[tTsSdDeEpPfFiIhHqQaAbBwWrR])(?<![^\P{L}])(?:${EXAMPLE_ALTERNATIVES})(?![^\P{L}])`, 'iu');
// The same words anywhere, word boundaries aside: a draft without any cannot call a value an example, whatever slice of it is
// read. Asked once per draft (remembered for the last one) rather than twice per value: the looks around each value were 3 %
// of a dense 3,000-character draft's checks (2026-12-05).
const EXAMPLE_STEMS = new RegExp(String.raw`(?=[tTsSdDeEpPfFiIhHqQaAbBwWrR])(?:${EXAMPLE_ALTERNATIVES})`, 'iu');
let lastDraft: string | undefined;
let lastMayCall = false;
/** Whether `text` holds EXAMPLE_WORDS' letters anywhere (so may call a value an example). */
function mayCallExample(text: string): boolean {
  if (text !== lastDraft) {
    lastMayCall = EXAMPLE_STEMS.test(text);
    lastDraft = text;
  }
  return lastMayCall;
}

/** How far before or after a value the words may sit (about a sentence). */
export const EXAMPLE_REACH = 80;

/** Whether the draft calls the value at `span` an example or a test value, in the words around it (not in it). */
export function saidToBeExample(text: string, span: { start: number; end: number }, reach = EXAMPLE_REACH): boolean {
  return mayCallExample(text) && exampleWordsAround(text, span, reach);
}

/** saidToBeExample without the draft's gate, for a slice of it. */
function exampleWordsAround(text: string, span: { start: number; end: number }, reach = EXAMPLE_REACH): boolean {
  return EXAMPLE_WORDS.test(text.slice(Math.max(0, span.start - reach), span.start)) || EXAMPLE_WORDS.test(text.slice(span.end, span.end + reach));
}

/**
 * Words saying a value is published as documentation: a docs page, an example, a tutorial. Narrower than EXAMPLE_WORDS
 * ("test", "sandbox", "stripe"), which a test-mode key's own name or vendor brings along ("our sk_test key for staging").
 */
export const DOCUMENTED_WORDS =
  /(?=[dDeEsStTpPfF])(?<![^\P{L}])(?:docs?|documentation|documented|document[ée]e?s?|examples?|exemples?|samples?|tutori(?:al|el)s?|tutos?|published|publi[ée]e?s?|placeholders?|sp[ée]cimens?|dummy|fake|factices?)(?![^\P{L}])/iu;

/** Whether the words around `span` (not in it) say the value is published as documentation or an example. */
export function saidToBeDocumented(text: string, span: { start: number; end: number }, reach = EXAMPLE_REACH): boolean {
  return DOCUMENTED_WORDS.test(text.slice(Math.max(0, span.start - reach), span.start)) || DOCUMENTED_WORDS.test(text.slice(span.end, span.end + reach));
}

// "Par exemple le mien, …", "for example mine", "j'ai mis le mien en exemple": the person gives their own number as an
// instance, which is no documented example. Blanked before asking whether the number is called an example.
// "pour l'exemple de ce qu'il ne faut pas faire" too (fresh101, 2026-12-05).
export const FOR_INSTANCE = /(?<![^\P{L}])(?:par|pour|en|for|as an?|pour l['’])[ \t]*(?:exemples?|examples?)(?![^\P{L}])|(?<![^\P{L}])for instance(?![^\P{L}])/giu;
// "Un spécimen de chèque", "a specimen cheque": the voided cheque Canadian payroll asks for, a document, not the id's
// specimen (fresh4, 2026-12-02).
export const CHEQUE_SPECIMEN = /(?<![^\P{L}])(?:sp[ée]cimens? de ch[èe]ques?|specimen (?:cheques?|checks?))(?![^\P{L}])/giu;
// The person's own or a colleague's number ("le mien", "mine", "celui de Giulia", "mon NAS"): an id, whatever the words around.
// Also "her own", "a real customer's", "d'un vrai client": a real person's number, a sample e-mail or a QA ticket around it
// notwithstanding (fresh9, 2026-12-03). Up to 50 characters before the number: "(c'est celui de Lucie, elle est d'accord 😅) :
// 756.…" (fresh14).
// Real data in a test file ("avec de vraies données", "une base de test non anonymisée", "our test account's own SIN", "le NIR
// du patient", fresh99, fresh101, 2026-12-05).
export const OWNED_BEFORE = /(?:account['’]s own|(?<![^\P{L}])(?:le mien|la mienne|mine|my|mon|ma|celui de|celle de|(?:her|his|their|your|our) own|real|vrai|vraie|vrais|vraies|r[ée]el(?:le)?s?|customer['’]s|client['’]s|d['’]une? (?:vrai(?:e)? )?client(?:e)?|non[ -]anonymis[ée]e?s?|not anonymi[sz]ed|unanonymi[sz]ed|(?:du|de la|d['’]une?|of (?:a|the|our)) (?:patient|patiente|coll[èe]gue|colleague|consultant|consultante|salari[ée]e?|employee|client|cliente|customer|candidat|candidate|[ée]l[èe]ve|student)))(?![^\P{L}])[^.!?\n]{0,50}$/iu;
// The person the number belongs to, named right after it ("le numéro national 78.02.09-210.08 du consultant qui avait servi
// de cobaye", "le numéro … d'une collègue", fresh99, 2026-12-05).
export const OWNED_AFTER = /^[ \t,]{0,3}(?:du|de la|d['’]une?|of (?:a|the|our|my)|belonging to (?:a|the|our))[ \t]+(?:patient|patiente|coll[èe]gue|colleague|consultant|consultante|salari[ée]e?|employee|client|cliente|customer|candidat|candidate|[ée]l[èe]ve|student|stagiaire|intern)(?![^\P{L}])/iu;

// "Exemple reçu ce matin", "the example HR filled in", "an example we got from a customer": a real case shown as an
// instance, someone's real number, not a documented specimen (fresh13, 2026-12-03). Blanked like FOR_INSTANCE.
export const REAL_CASE_EXAMPLE =
  /(?<![^\P{L}])(?:exemples?|examples?)[ \t]+(?:[\p{L}'’]{1,20}[ \t]+){0,3}(?:re[çc]us?|re[çc]ue?s?|received|got|filled(?: in| out)?|rempli(?:e|s|es)?|envoy[ée]e?s?|sent|bounced|rejet[ée]e?s?|rejected)(?![^\P{L}])/giu;

// "Noé rejoint l'équipe QA", "our QA lead", "the Milan test lab": people and places that test, not a test value (fresh22,
// fresh23, 2026-12-03). Blanked like FOR_INSTANCE.
// And a newcomer's onboarding, "intégration" in French ("Dossier d'intégration d'Ilinca … : CNP …", fresh95, 2026-12-05).
// And a car maker's or an airline's testing: test drivers, drives, loops, tracks, benches, pilots, flights (fresh81, 2026-12-05).
export const QA_PEOPLE =
  /(?<![^\P{L}])(?:(?:[ée]quipe|team|service|p[ôo]le|squad|cellule|labo(?:ratoire)?|lab)[ \t]+(?:de[ \t]+)?(?:QA|tests?|testing)|(?:dossiers?|parcours|journ[ée]es?|s[ée]minaires?|livrets?|semaines?|programmes?|kits?|p[ée]riodes?|entretiens?|r[ée]unions?|jours?)[ \t]+d['’]int[ée]gration|(?:QA|test|testing)[ \t]+(?:team|teams|lab|labs|laborator(?:y|ies)|cent(?:er|re)s?|lead|leads|engineers?|ing[ée]nieur(?:e|s|es)?|analysts?|managers?|testers?|testeurs?|testeuses?|drivers?|drives?|loops?|tracks?|benches?|pilots?|flights?|rigs?|sites?|fleets?))(?![^\P{L}])/giu;

// Documents' status in a tracker ("| 756.9081.5631.23 | 079 482 16 03 | docs OK |", "docs reçus", "missing docs", fresh108,
// 2026-12-05): papers received from a real person, not documentation. Blanked like FOR_INSTANCE.
export const DOCS_STATUS =
  /(?<![^\P{L}])docs?[ \t]+(?:ok|okay|re[çc]us?|received|pending|en attente|manquants?|missing|valid[ée]s?|validated|complets?|complete|checked|v[ée]rifi[ée]s?|sent|envoy[ée]s?)(?![^\P{L}])|(?<![^\P{L}])(?:missing|pending|manquants?)[ \t]+docs?(?![^\P{L}])/giu;

// A real one said so a sentence before ("HR system test went wrong: it exported a real row to the demo file. CNP …", fresh95,
// 2026-12-05): no test value, whatever test the line speaks of. Not "not a real one".
const REAL_ONE_BEFORE = /(?<![^\P{L}])(?<!(?:not|pas|never|jamais|isn['’]t|n['’]est)[ \t]+)(?:a|an|one|un|une)[ \t]+(?:real|vrai|vraie|r[ée]el|r[ée]elle)(?![^\P{L}])[^\n]{0,60}$/iu;

/**
 * A specimen an administration publishes, called so by the draft ("le NAS d'exemple qu'utilise Service Canada dans ses
 * guides (046 454 286)", "the sample SIN", "le spécimen officiel de carte Vitale"), and not said to be the writer's own:
 * asked only about a number already read as an id (national-id-number, french-nir).
 */
export function saidToBeSpecimen(text: string, span: { start: number; end: number }): boolean {
  if (!mayCallExample(text)) return false;
  const from = Math.max(0, span.start - 80);
  const around = text
    .slice(from, span.end + 80)
    .replace(FOR_INSTANCE, (phrase) => ' '.repeat(phrase.length))
    .replace(CHEQUE_SPECIMEN, (phrase) => ' '.repeat(phrase.length))
    .replace(REAL_CASE_EXAMPLE, (phrase) => ' '.repeat(phrase.length))
    .replace(QA_PEOPLE, (phrase) => ' '.repeat(phrase.length))
    .replace(DOCS_STATUS, (phrase) => ' '.repeat(phrase.length));
  const local = { start: span.start - from, end: span.end - from };
  if (!exampleWordsAround(around, local)) return false;
  return !OWNED_BEFORE.test(around.slice(0, local.start)) && !REAL_ONE_BEFORE.test(around.slice(0, local.start)) && !OWNED_AFTER.test(around.slice(local.end, local.end + 40));
}
