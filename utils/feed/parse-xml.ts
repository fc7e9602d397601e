import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FeedError } from './feed-error';
import type { XmlNode } from './xml-node';

/**
 * XML text to fast-xml-parser's object tree, with errors that say where.
 *
 * Why fast-xml-parser: it is pure JS with no DOM (the MV3 service worker has no DOMParser),
 * validates with line/column positions, and lets us switch entity expansion off entirely.
 * With `processEntities: false`, DOCTYPE-declared entities are never expanded (billion laughs and
 * external entities are inert); predefined and numeric references are decoded by our own code
 * (xml-node.ts) with no recursion. Text-bearing elements are stop nodes: we get their raw inner
 * markup (CDATA, escaped or inline XHTML alike) and turn it into plain text ourselves.
 */
const TEXT_ELEMENTS = ['title', 'description', 'summary', 'content', 'content:encoded', 'subtitle', 'caption'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: false,
  stopNodes: TEXT_ELEMENTS.map((name) => `*.${name}`),
});

/** Names that show the document is a web page, not a feed. */
const HTML_ROOTS = new Set(['html', 'head', 'body']);

export function parseXmlDocument(source: string): { root: string; node: XmlNode } {
  const rootName = firstElementName(source);
  if (rootName && HTML_ROOTS.has(rootName.name.toLowerCase())) {
    throw notAFeed(`found an HTML page (<${rootName.name}>)`, rootName.line);
  }
  // Feeds have no use for a DTD. Blanking it (newlines kept, so positions stay right) means declared
  // entities, internal or external (XXE), stay unexpanded "&name;" text whatever the parser does.
  const text = blankDoctype(source);
  const validation = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    throw new FeedError('invalid-xml', `Invalid XML at line ${line}, column ${col}: ${msg}`, {
      position: { line, column: col },
    });
  }
  let tree: XmlNode;
  try {
    tree = parser.parse(text) as XmlNode;
  } catch (error) {
    throw new FeedError('invalid-xml', `Invalid XML: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const root = Object.keys(tree).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  const node = root === undefined ? undefined : tree[root];
  if (root === undefined) throw notAFeed('the document has no root element', 1);
  return { root, node: typeof node === 'object' && node !== null ? (node as XmlNode) : {} };
}

/** Replaces the DOCTYPE declaration (with its internal subset) by spaces, keeping line breaks. */
export function blankDoctype(text: string): string {
  const head = text.slice(0, 4096).search(/<!DOCTYPE/i);
  if (head === -1) return text;
  const close = text.indexOf('>', head);
  const bracket = text.indexOf('[', head);
  let end: number;
  if (bracket !== -1 && bracket < close) {
    const subsetEnd = text.indexOf(']', bracket);
    end = subsetEnd === -1 ? -1 : text.indexOf('>', subsetEnd);
  } else {
    end = close;
  }
  if (end === -1) end = text.length - 1;
  return text.slice(0, head) + text.slice(head, end + 1).replace(/[^\n]/g, ' ') + text.slice(end + 1);
}

export function notAFeed(found: string, line: number): FeedError {
  return new FeedError('not-a-feed', `Not a feed: expected <rss>, <feed> or a JSON Feed at line ${line}, ${found}`, {
    position: { line },
  });
}

/** Name and line of the first element, skipping the prolog, comments and DOCTYPE. */
export function firstElementName(text: string): { name: string; line: number } | undefined {
  let i = 0;
  for (let guard = 0; guard < 1000; guard += 1) {
    const lt = text.indexOf('<', i);
    if (lt === -1) return undefined;
    const next = text[lt + 1];
    if (next === '?' || next === '!') {
      const close = text.indexOf('>', lt);
      const bracket = text.indexOf('[', lt);
      const hasInternalSubset = /^<!doctype/i.test(text.slice(lt, lt + 9)) && bracket !== -1 && bracket < close;
      const terminator = text.startsWith('<!--', lt) ? '-->' : hasInternalSubset ? ']>' : '>';
      const end = text.indexOf(terminator, lt + 2);
      if (end === -1) return undefined;
      i = end + terminator.length;
      continue;
    }
    const match = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(lt, lt + 100));
    if (!match?.[1]) return undefined;
    return { name: match[1], line: lineAt(text, lt) };
  }
  return undefined;
}

export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}
