import { companyItemOf } from '../../utils/reach/company-link';

const items = [
  { id: 'report', url: 'https://www.example.com/report/?utm_source=feed#top' },
  { id: 'no-link', url: '' },
];

test.each([
  [['https://example.com/report'], '', 'report'],
  [[], 'Our new report is out: https://example.com/report/?utm_campaign=x.', 'report'],
  [['https://example.com/report?id=2'], 'no link here', undefined],
  [[], 'javascript:alert(1) https://evil.example/report', undefined],
])('links %j with text %j share %s', (links, text, id) => {
  expect(companyItemOf(links, text, items)).toBe(id);
});
