import { decodeFeedBytes, htmlToText, resolveHttpUrl } from '../../utils/feed';
import { toIsoDate } from '../../utils/feed/parse-date';

describe('htmlToText', () => {
  test.each([
    ['<p>Hello <b>world</b></p>', 'Hello world'],
    ['a &lt; b &amp;&amp; c &gt; d', 'a < b && c > d'],
    ['<script>alert(1)</script>Visible<style>p{color:red}</style>', 'Visible'],
    ['<img src=x onerror="alert(1)">Text', 'Text'],
    ['Line<br>break<br/>here', 'Line break here'],
    ['<!-- hidden -->shown', 'shown'],
    ['a < b and 3 > 2', 'a < b and 3 > 2'],
    ['I <3 Alpinéa', 'I <3 Alpinéa'],
    ['&eacute;t&eacute; &#233;&#x00E9; &unknown; &#0; &#xD800;', 'été éé &unknown;'],
    ['<a title="x > y" href="#">link</a>', 'link'],
    ['truncated <a href="', 'truncated'],
    ['  lots \n\n of \t space\u00a0here ', 'lots of space here'],
  ])('%j -> %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  test('caps at a word boundary with an ellipsis', () => {
    const text = htmlToText('mot '.repeat(200), 50);
    expect(text.length).toBeLessThanOrEqual(50);
    expect(text).toMatch(/mot…$/);
  });

  test('is linear on pathological input', () => {
    const started = performance.now();
    htmlToText('<a '.repeat(50_000) + '<'.repeat(50_000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('resolveHttpUrl', () => {
  test.each([
    ['https://a.example/x', undefined, 'https://a.example/x'],
    ['/x?y=1', 'https://a.example/feed', 'https://a.example/x?y=1'],
    ['javascript:alert(1)', 'https://a.example/', undefined],
    [' JaVaScRiPt:alert(1)', undefined, undefined],
    ['java\tscript:alert(1)', 'https://a.example/', undefined],
    ['data:text/html,hi', undefined, undefined],
    ['vbscript:msgbox', undefined, undefined],
    ['mailto:a@b.example', undefined, undefined],
    ['//cdn.example/i.png', 'https://a.example/', 'https://cdn.example/i.png'],
    ['relative', 'about:blank', undefined],
    ['', 'https://a.example/', undefined],
  ])('%j against %j', (href, base, expected) => {
    expect(resolveHttpUrl(href, base)).toBe(expected);
  });
});

describe('toIsoDate', () => {
  test.each([
    ['2026-03-04T09:30:00+01:00', '2026-03-04T08:30:00.000Z'],
    ['2026-03-04', '2026-03-04T00:00:00.000Z'],
    ['Wed, 04 Mar 2026 09:30:00 GMT', '2026-03-04T09:30:00.000Z'],
    ['Wed, 4 Mar 26 09:30 +0100', '2026-03-04T08:30:00.000Z'],
    ['mer., 4 mars 2026 09:30:00 CET', '2026-03-04T08:30:00.000Z'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['Wed, 03 Jan 2018 13:47:00 GMT\n      ', '2018-01-03T13:47:00.000Z'],
    ['yesterday', undefined],
    ['0000-00-00', undefined],
    ['', undefined],
  ])('%j', (value, expected) => {
    expect(toIsoDate(value)).toBe(expected);
  });
});

describe('decodeFeedBytes', () => {
  const bytes = (...parts: (string | number[])[]): Uint8Array =>
    Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

  test('UTF-8 with or without BOM', () => {
    expect(decodeFeedBytes(bytes([0xef, 0xbb, 0xbf], '<a>é</a>'))).toBe('<a>é</a>');
    expect(decodeFeedBytes(bytes('<a>é</a>'))).toBe('<a>é</a>');
  });

  test('undeclared Latin-1 falls back to windows-1252 (not U+FFFD)', () => {
    // Node's TextDecoder maps windows-1252 like latin1 (0x80 stays U+0080); browsers give "€". Test the common part.
    expect(decodeFeedBytes(bytes('<a>caf', [0xe9], ' cr', [0xe8], 'me</a>'))).toBe('<a>café crème</a>');
  });

  test('the header charset wins; a wrong "utf-8" header does not garble Latin-1', () => {
    expect(decodeFeedBytes(bytes('<a>', [0xe9], '</a>'), 'text/xml; charset=iso-8859-1')).toBe('<a>é</a>');
    expect(decodeFeedBytes(bytes('<a>', [0xe9], '</a>'), 'text/xml; charset=utf-8')).toBe('<a>é</a>');
  });

  test('an unknown declared encoding never throws', () => {
    expect(decodeFeedBytes(bytes('<?xml version="1.0" encoding="x-klingon"?><a>', [0xe9], '</a>'))).toContain('<a>é</a>');
  });
});
