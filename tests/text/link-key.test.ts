import { isUnderDomain, linkKey, linksIn } from '../../utils/text/link-key';

// One key for the panel's embargo check and the dashboard's company-link matching: both ask "same page?".
test.each([
  ['https://www.Example.com/a/?utm_medium=x&b=1#f', 'example.com/a?b=1'],
  ['HTTPS://www.Example.com/a/?utm_source=x#top', 'example.com/a'],
  ['example.com/a/', 'example.com/a'],
  ['http://example.com/a?b=1&UTM_campaign=y', 'example.com/a?b=1'],
  ['ftp://example.com/a', undefined],
  ['javascript:alert(1)', undefined],
  ['', undefined],
])('linkKey(%j) is %j', (link, key) => {
  expect(linkKey(link)).toBe(key);
});

test('linksIn gives each link of a text its span, key and host', () => {
  const text = 'Read https://www.example.com/report/ now';
  expect(linksIn(text)).toEqual([{ start: 5, end: 36, key: 'example.com/report', host: 'example.com' }]);
});

test('isUnderDomain accepts the domain and its subdomains only', () => {
  expect(isUnderDomain('news.example.com', '*.example.com')).toBe(true);
  expect(isUnderDomain('example.com', 'www.example.com')).toBe(true);
  expect(isUnderDomain('badexample.com', 'example.com')).toBe(false);
});
