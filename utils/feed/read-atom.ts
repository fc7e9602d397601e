import type { CandidateItem } from './candidate-item';
import { firstImageSrc } from './first-image';
import { PORTE_VOIX_NS } from './porte-voix-namespace';
import { mediaImage } from './read-rss';
import { joinBase } from './safe-url';
import { NS, Namespaces, asArray, attrOf, isNode, textOf, type XmlNode } from './xml-node';

/** Feed-level facts and entries of an Atom 1.0 (<feed>) document. */
export function readAtom(feed: XmlNode, source: string): { title: string; entries: () => Iterable<CandidateItem>; count: number } {
  const ns = new Namespaces(feed);
  const entries = asArray(feed.entry).filter(isNode);
  const feedBase = joinBase(attrOf(feed, 'xml:base'), source);
  const feedLanguage = attrOf(feed, 'xml:lang');
  return {
    title: textOf(feed.title),
    count: entries.length,
    entries: function* () {
      for (const entry of entries) yield readEntry(entry, ns, feedBase, feedLanguage);
    },
  };
}

function readEntry(entry: XmlNode, ns: Namespaces, feedBase: string, feedLanguage: string | undefined): CandidateItem {
  const links = asArray(entry.link).filter(isNode);
  // rel defaults to "alternate"; prefer an HTML alternate when there are several.
  const alternates = links.filter((link) => (attrOf(link, 'rel') ?? 'alternate') === 'alternate');
  const link = alternates.find((candidate) => /html/i.test(attrOf(candidate, 'type') ?? 'text/html')) ?? alternates[0];
  const enclosureImage = links.find(
    (candidate) => attrOf(candidate, 'rel') === 'enclosure' && (attrOf(candidate, 'type') ?? '').startsWith('image/'),
  );
  const summary = textOf(entry.summary);
  const content = textOf(entry.content);
  const group = ns.first(entry, NS.media, 'group');
  const entryBase = joinBase(attrOf(entry, 'xml:base'), feedBase);
  return {
    id: textOf(entry.id) || undefined,
    titleHtml: textOf(entry.title),
    link: attrOf(link, 'href') ?? (links.length === 0 ? textOf(entry.link) : undefined),
    summaryHtml: summary || textOf(ns.first(group, NS.media, 'description')),
    contentHtml: content,
    image: mediaImage(entry, ns) ?? attrOf(enclosureImage, 'href') ?? firstImageSrc(content) ?? firstImageSrc(summary),
    date: textOf(entry.published) || textOf(entry.updated) || textOf(ns.first(entry, NS.dc, 'date')),
    tags: asArray(entry.category).map((category) => attrOf(category, 'label') ?? attrOf(category, 'term') ?? textOf(category)),
    language: attrOf(entry, 'xml:lang') ?? feedLanguage,
    caption: textOf(ns.first(entry, PORTE_VOIX_NS, 'caption')) || undefined,
    embargo: textOf(ns.first(entry, PORTE_VOIX_NS, 'embargo')) || undefined,
    expires: textOf(ns.first(entry, PORTE_VOIX_NS, 'expires')) || undefined,
    base: joinBase(attrOf(link, 'xml:base'), entryBase),
  };
}
