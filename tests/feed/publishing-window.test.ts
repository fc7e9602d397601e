import { parseFeed } from '../../utils/feed';
import { liveItems, nextPublishingChange, publishingState } from '../../utils/feed/publishing-window';
import { anchorRelativeDates } from '../../utils/feed/relative-dates';

const SOURCE = 'https://newsroom.example.com/feed';

describe('embargo and expiry in feeds', () => {
  test('JSON Feed: _porte_voix.embargo_until and _porte_voix.expires', () => {
    const { items, warnings } = parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          { id: 'a', url: 'https://newsroom.example.com/a', title: 'A', _porte_voix: { embargo_until: '2026-12-03T09:00:00+01:00', expires: '2026-12-31T00:00:00Z' } },
          { id: 'b', url: 'https://newsroom.example.com/b', title: 'B' },
        ],
      }),
      SOURCE,
    );
    expect(warnings).toEqual([]);
    expect(items[0]).toMatchObject({ embargoUntil: '2026-12-03T08:00:00.000Z', expires: '2026-12-31T00:00:00.000Z' });
    expect(items[1]).not.toHaveProperty('embargoUntil');
  });

  test.each([
    ['RSS', `<rss version="2.0" xmlns:pv="https://porte-voix.app/ns/1.0"><channel><title>N</title><item><guid>a</guid><title>A</title><link>https://newsroom.example.com/a</link><pv:embargo>Thu, 03 Dec 2026 09:00:00 +0100</pv:embargo><pv:expires>2026-12-31T00:00:00Z</pv:expires></item></channel></rss>`],
    ['Atom', `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:porte-voix="https://porte-voix.app/ns/1.0"><title>N</title><entry><id>a</id><title>A</title><link href="https://newsroom.example.com/a"/><porte-voix:embargo>2026-12-03T08:00:00Z</porte-voix:embargo><porte-voix:expires>2026-12-31T00:00:00Z</porte-voix:expires></entry></feed>`],
  ])('%s: porte-voix:embargo and porte-voix:expires (any prefix bound to the namespace)', (_format, xml) => {
    const { items, warnings } = parseFeed(xml, SOURCE);
    expect(warnings).toEqual([]);
    expect(items[0]).toMatchObject({ embargoUntil: '2026-12-03T08:00:00.000Z', expires: '2026-12-31T00:00:00.000Z' });
  });

  test.each([['not a date'], [42], [{ at: 'tomorrow' }], ['2026-13-45T99:00:00Z']])('an invalid date (%j) is ignored with a feed warning, the item kept', (value) => {
    const { items, warnings } = parseFeed(
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'a', title: 'A', _porte_voix: { embargo_until: value, expires: value } }] }),
      SOURCE,
    );
    expect(items).toHaveLength(1);
    expect(items[0]).not.toHaveProperty('embargoUntil');
    expect(items[0]).not.toHaveProperty('expires');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^Item 1 ignored its embargo date/);
  });
});

describe('publishing window', () => {
  const item = { embargoUntil: '2026-12-03T08:00:00.000Z', expires: '2026-12-10T00:00:00.000Z' };
  test('embargoed, then live, then expired', () => {
    expect(publishingState(item, Date.parse('2026-12-03T07:59:59.999Z'))).toBe('embargoed');
    expect(publishingState(item, Date.parse('2026-12-03T08:00:00.000Z'))).toBe('live');
    expect(publishingState(item, Date.parse('2026-12-10T00:00:00.000Z'))).toBe('expired');
    expect(publishingState({}, 0)).toBe('live');
  });

  test('liveItems and the next change', () => {
    const now = Date.parse('2026-12-02T00:00:00Z');
    expect(liveItems([item, {}], now)).toEqual([{}]);
    expect(nextPublishingChange([item, {}], now)).toBe(Date.parse(item.embargoUntil));
    expect(nextPublishingChange([item], Date.parse(item.embargoUntil))).toBe(Date.parse(item.expires));
    expect(nextPublishingChange([item], Date.parse(item.expires))).toBeNull();
  });

  test('relative dates of the sample feed are anchored at load', () => {
    const now = Date.parse('2026-12-02T10:00:00Z');
    expect(anchorRelativeDates('{"a":"now+48h","b":"now-30d","c":"now"}', now)).toBe(
      '{"a":"2026-12-04T10:00:00.000Z","b":"2026-11-02T10:00:00.000Z","c":"now"}',
    );
  });
});
