import { decodeEntities } from './html-to-text';
import { PORTE_VOIX_NS } from './porte-voix-namespace';

/**
 * Reading helpers over fast-xml-parser's object tree (attributes prefixed "@_", text in "#text").
 * Entity processing is off in the parser (see parse-xml.ts), so every string read here goes through
 * `decodeXmlText`, which expands only the predefined and numeric references: DOCTYPE entities never expand.
 */
export type XmlNode = Record<string, unknown>;

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Raw element content to an HTML-or-text string: CDATA sections are kept verbatim,
 * everything else has its XML references decoded (so escaped HTML becomes HTML again).
 */
export function decodeXmlText(raw: string): string {
  if (!raw.includes('<![CDATA[')) return decodeEntities(raw);
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const start = raw.indexOf('<![CDATA[', i);
    if (start === -1) {
      out += decodeEntities(raw.slice(i));
      break;
    }
    out += decodeEntities(raw.slice(i, start));
    const end = raw.indexOf(']]>', start + 9);
    out += raw.slice(start + 9, end === -1 ? raw.length : end);
    i = end === -1 ? raw.length : end + 3;
  }
  return out;
}

/** Text content of an element (string, or node with "#text"), decoded; '' when absent. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return decodeXmlText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  if (isNode(value)) return textOf(value['#text']);
  return '';
}

/** An attribute value, decoded; undefined when absent. */
export function attrOf(value: unknown, name: string): string | undefined {
  if (Array.isArray(value)) return attrOf(value[0], name);
  if (!isNode(value)) return undefined;
  const raw = value[`@_${name}`];
  return typeof raw === 'string' ? decodeEntities(raw) : undefined;
}

/** Well-known namespaces of feed extensions, by URI. */
export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  rss1: 'http://purl.org/rss/1.0/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
} as const;

/** Conventional prefixes, used when a feed forgets to declare them (several real feeds do). */
const CONVENTIONAL_PREFIXES: Record<string, string[]> = {
  [NS.atom]: ['atom', 'atom10'],
  [NS.content]: ['content'],
  [NS.dc]: ['dc'],
  [NS.media]: ['media'],
  [NS.rdf]: ['rdf'],
  [PORTE_VOIX_NS]: ['pv'],
};

/**
 * Maps namespace URIs to the prefixes the document actually uses, from xmlns:* attributes on
 * the root and on one level below (channel, feed). Feeds choose any prefix ("atom10:link").
 */
export class Namespaces {
  private readonly prefixes = new Map<string, Set<string>>();

  constructor(...scopes: unknown[]) {
    for (const [uri, names] of Object.entries(CONVENTIONAL_PREFIXES)) this.prefixes.set(uri, new Set(names));
    for (const scope of scopes) {
      if (!isNode(scope)) continue;
      for (const [key, value] of Object.entries(scope)) {
        if (key.startsWith('@_xmlns:') && typeof value === 'string') {
          const set = this.prefixes.get(value) ?? new Set<string>();
          set.add(key.slice('@_xmlns:'.length));
          this.prefixes.set(value, set);
        }
      }
    }
  }

  /** Every value of `<prefix:local>` children of `node`, for any prefix bound to `uri`. */
  all(node: unknown, uri: string, local: string): unknown[] {
    if (!isNode(node)) return [];
    const out: unknown[] = [];
    for (const prefix of this.prefixes.get(uri) ?? []) out.push(...asArray(node[`${prefix}:${local}`]));
    return out;
  }

  first(node: unknown, uri: string, local: string): unknown {
    return this.all(node, uri, local)[0];
  }
}
