/**
 * Words saying a value is a documented example, a test value or a placeholder, in French and English: a
 * processor's published test card (payment-card), a vendor's example key (secret-token), the textbook example
 * IBAN (iban), an address at an example domain (email-address). Each rule asks only about a value it has
 * already recognised as such an example, so the words clear nothing else.
 */
export const EXAMPLE_WORDS =
  /(?<![\p{L}])(?:tests?|testing|sandbox|docs?|documentation|examples?|exemples?|samples?|placeholders?|dummy|fake|factices?|fictifs?|fictives?|tutori(?:al|el)s?|tutos?|int[ée]grations?|stripe|adyen|braintree|paypal|QA)(?![\p{L}])/iu;

/** How far before or after a value the words may sit (about a sentence). */
export const EXAMPLE_REACH = 80;

/** Whether the draft calls the value at `span` an example or a test value, in the words around it (not in it). */
export function saidToBeExample(text: string, span: { start: number; end: number }, reach = EXAMPLE_REACH): boolean {
  return EXAMPLE_WORDS.test(text.slice(Math.max(0, span.start - reach), span.start)) || EXAMPLE_WORDS.test(text.slice(span.end, span.end + reach));
}

/**
 * Words saying a value is published as documentation: a docs page, an example, a tutorial. Narrower than EXAMPLE_WORDS
 * ("test", "sandbox", "stripe"), which a test-mode key's own name or vendor brings along ("our sk_test key for staging").
 */
export const DOCUMENTED_WORDS =
  /(?<![\p{L}])(?:docs?|documentation|documented|document[ée]e?s?|examples?|exemples?|samples?|tutori(?:al|el)s?|tutos?|published|publi[ée]e?s?|placeholders?|dummy|fake|factices?)(?![\p{L}])/iu;

/** Whether the words around `span` (not in it) say the value is published as documentation or an example. */
export function saidToBeDocumented(text: string, span: { start: number; end: number }, reach = EXAMPLE_REACH): boolean {
  return DOCUMENTED_WORDS.test(text.slice(Math.max(0, span.start - reach), span.start)) || DOCUMENTED_WORDS.test(text.slice(span.end, span.end + reach));
}
