import type { CandidateItem } from './candidate-item';
import { firstImageSrc } from './first-image';
import { NS, Namespaces, asArray, attrOf, isNode, textOf, type XmlNode } from './xml-node';
import { PORTE_VOIX_NS } from './porte-voix-namespace';
import { joinBase } from './safe-url';

/** Feed-level facts and entries of an RSS 2.0 / 0.9x (<rss>) or RSS 1.0 (<rdf:RDF>) document. */
export function readRss(root: XmlNode, isRdf: boolean, source: string): { title: string; entries: () => Iterable<CandidateItem>; count: number } {
  const channel = asArray(root.channel).find(isNode) ?? {};
  const ns = new Namespaces(root, channel);
  // RSS 1.0 puts items beside the channel; a few RSS 2.0 generators do too.
  const items = [...asArray(channel.item), ...asArray(root.item)].filter(isNode);
  // Some RDF feeds use the rss: prefix for their elements.
  if (isRdf && items.length === 0) items.push(...asArray(root['rss:item']).filter(isNode));
  const channelLanguage = textOf(channel.language) || textOf(ns.first(channel, NS.dc, 'language')) || attrOf(root, 'xml:lang');
  const base = attrOf(root, 'xml:base') ?? attrOf(channel, 'xml:base');
  return {
    title: textOf(channel.title),
    count: items.length,
    entries: function* () {
      for (const item of items) yield readRssItem(item, ns, channelLanguage, joinBase(base, source));
    },
  };
}

function readRssItem(item: XmlNode, ns: Namespaces, channelLanguage: string | undefined, base: string): CandidateItem {
  const guid = asArray(item.guid)[0];
  const guidText = textOf(guid);
  const guidIsLink = attrOf(guid, 'isPermaLink') !== 'false' && /^https?:\/\//i.test(guidText);
  const link = textOf(item.link) || attrOf(item.link, 'href') || textOf(ns.first(item, NS.atom, 'link')) ||
    attrOf(ns.first(item, NS.atom, 'link'), 'href') || (guidIsLink ? guidText : '') || attrOf(item, 'rdf:about');
  const description = textOf(item.description);
  const content = textOf(ns.first(item, NS.content, 'encoded'));
  const tags = [
    ...asArray(item.category).map(textOf),
    ...ns.all(item, NS.dc, 'subject').map(textOf),
  ];
  const itemBase = attrOf(item, 'xml:base');
  return {
    id: guidText || undefined,
    titleHtml: textOf(item.title) || textOf(ns.first(item, NS.dc, 'title')),
    link,
    summaryHtml: description,
    contentHtml: content,
    image: mediaImage(item, ns) ?? firstImageSrc(description) ?? firstImageSrc(content),
    date: textOf(item.pubDate) || textOf(ns.first(item, NS.dc, 'date')) || textOf(ns.first(item, NS.atom, 'updated')),
    tags,
    language: textOf(ns.first(item, NS.dc, 'language')) || attrOf(item, 'xml:lang') || channelLanguage,
    caption: textOf(ns.first(item, PORTE_VOIX_NS, 'caption')) || undefined,
    embargo: textOf(ns.first(item, PORTE_VOIX_NS, 'embargo')) || undefined,
    expires: textOf(ns.first(item, PORTE_VOIX_NS, 'expires')) || undefined,
    base: joinBase(itemBase, base),
  };
}

/** media:content / media:thumbnail (also inside media:group), then an image enclosure. */
export function mediaImage(item: XmlNode, ns: Namespaces): string | undefined {
  const groups = [item, ...ns.all(item, NS.media, 'group')];
  for (const group of groups) {
    for (const content of ns.all(group, NS.media, 'content')) {
      const type = attrOf(content, 'type') ?? '';
      const medium = attrOf(content, 'medium') ?? '';
      const url = attrOf(content, 'url');
      if (url && (medium === 'image' || type.startsWith('image/') || (!medium && !type && /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(url)))) return url;
    }
    const thumbnail = attrOf(ns.first(group, NS.media, 'thumbnail'), 'url');
    if (thumbnail) return thumbnail;
  }
  for (const enclosure of asArray(item.enclosure)) {
    if ((attrOf(enclosure, 'type') ?? '').startsWith('image/')) return attrOf(enclosure, 'url');
  }
  const itunesImage = attrOf(item['itunes:image'], 'href');
  return itunesImage || undefined;
}
