/**
 * Our small feed extension: a company-suggested caption and a publishing window.
 * JSON Feed: `"_porte_voix": { "caption": "…", "embargo_until": "<date>", "expires": "<date>" }` on an item
 * (JSON Feed's "_" extension convention);
 * RSS/Atom: `<pv:caption>`, `<pv:embargo>`, `<pv:expires>` (xmlns:pv="https://porte-voix.app/ns/1.0") in an item/entry.
 * Dates are ISO 8601 or RFC 822, like the feed's own dates.
 */
export const PORTE_VOIX_NS = 'https://porte-voix.app/ns/1.0';
export const PORTE_VOIX_JSON_KEY = '_porte_voix';
