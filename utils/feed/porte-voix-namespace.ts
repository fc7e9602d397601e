/**
 * Our small feed extension for a company-suggested caption:
 * JSON Feed: `"_porte_voix": { "caption": "…" }` on an item (JSON Feed's "_" extension convention);
 * RSS/Atom: `<pv:caption xmlns:pv="https://porte-voix.app/ns/1.0">…</pv:caption>` in an item/entry.
 */
export const PORTE_VOIX_NS = 'https://porte-voix.app/ns/1.0';
export const PORTE_VOIX_JSON_KEY = '_porte_voix';
