/**
 * Feed HTML is never rendered: it is turned into plain text here.
 * Linear-time string passes only (no backtracking regexes), so hostile input cannot stall the worker.
 */

/** Named entities worth knowing in FR/EN newsrooms; anything unknown is left as written. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', middot: '·', euro: '€', pound: '£', yen: '¥', cent: '¢',
  copy: '©', reg: '®', trade: '™', deg: '°', times: '×', divide: '÷', para: '¶', sect: '§', shy: '',
  thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', iexcl: '¡', iquest: '¿', ordf: 'ª', ordm: 'º',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø', oelig: 'œ',
  ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ', szlig: 'ß',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï',
  Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø', OElig: 'Œ',
  Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý',
};

/** Decodes numeric and known named character references. Unknown or malformed ones stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      // Control characters, surrogates and out-of-range code points are dropped rather than trusted.
      if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return '';
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/** Elements whose content is never text a reader sees. */
const INVISIBLE_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'head']);
/** Elements that end a line or a block: replaced by a space so words do not stick together. */
const BREAKING = /^(br|p|div|li|ul|ol|h[1-6]|tr|td|th|blockquote|section|article|figure|figcaption|hr|img|table|pre)$/;

/** Removes tags, comments and invisible elements' content; keeps text. One left-to-right pass. */
export function stripTags(html: string): string {
  let out = '';
  let i = 0;
  const lower = html.toLowerCase();
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += html.slice(i);
      break;
    }
    out += html.slice(i, lt);
    if (lower.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (lower.startsWith('<![cdata[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      out += html.slice(lt + 9, end === -1 ? html.length : end);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const match = /^<\/?([a-zA-Z][a-zA-Z0-9:-]*)/.exec(html.slice(lt, lt + 64));
    const isDeclaration = html[lt + 1] === '!' || html[lt + 1] === '?';
    if (!match && !isDeclaration) {
      // A lone "<" as in "a < b": text, not a tag.
      out += '<';
      i = lt + 1;
      continue;
    }
    const close = findTagEnd(html, lt + 1);
    if (close === -1) {
      // Truncated tag at the end: drop it, never show half a tag.
      break;
    }
    const name = (match?.[1] ?? '').toLowerCase();
    const isClosing = html[lt + 1] === '/';
    if (!isClosing && INVISIBLE_ELEMENTS.has(name) && html[close - 1] !== '/') {
      const end = lower.indexOf(`</${name}`, close + 1);
      const after = end === -1 ? -1 : html.indexOf('>', end);
      i = after === -1 ? html.length : after + 1;
      out += ' ';
      continue;
    }
    if (BREAKING.test(name)) out += ' ';
    i = close + 1;
  }
  return out;
}

/** Index of the ">" ending the tag that starts before `from`, skipping quoted attribute values. */
function findTagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i += 1) {
    const char = html[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i;
    }
  }
  return -1;
}

/** Collapses every run of whitespace (including NBSP and line breaks) into one space, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2028\u2029]+/g, ' ').trim();
}

/** Cuts at a word boundary and appends "…" when the text is longer than `max` characters. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const base = lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Longest summary kept, in characters. */
export const SUMMARY_MAX_LENGTH = 500;

/**
 * HTML (or text with HTML in it) to one line of plain text: tags stripped, entities decoded,
 * whitespace collapsed, capped to `max` characters. A decoded "&lt;script&gt;" stays visible text:
 * the result is only ever used as text, never as markup.
 */
export function htmlToText(html: string, max = Number.POSITIVE_INFINITY): string {
  const text = collapseWhitespace(decodeEntities(stripTags(html)));
  return Number.isFinite(max) ? truncateText(text, max) : text;
}
