import type { ExportedPost, ParsedExport } from '../../utils/reach/exported-post';
import { planImport, sameText, type LoggedPost } from '../../utils/reach/import-plan';
import { postKey } from '../../utils/reach/post-url';

const noon = (day: number) => new Date(2026, 10, day, 12).getTime();
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes).getTime();

function parsed(format: 'linkedin_analytics' | 'linkedin_shares' | 'x_analytics', posts: ExportedPost[]): Extract<ParsedExport, { ok: true }> {
  return { ok: true, format, posts, rejected: [{ line: 9, reasonKey: 'reach_import_row_bad_date', detail: 'x' }] };
}

describe('post links', () => {
  test.each([
    ['https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001/', 'linkedin:activity:7390000000000000001'],
    ['https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7380000000000000001', 'linkedin:share:7380000000000000001'],
    ['https://linkedin.com/feed/update/urn:li:ugcPost:7380000000000000003?utm_source=share', 'linkedin:ugcPost:7380000000000000003'],
    ['https://www.linkedin.com/posts/jane-doe_energy-activity-7390000000000000001-AbCd?utm_source=share', 'linkedin:activity:7390000000000000001'],
    ['https://x.com/ambassador/status/1990000000000000001?s=20', 'x:1990000000000000001'],
    ['https://twitter.com/ambassador/status/1990000000000000001/photo/1', 'x:1990000000000000001'],
    ['https://mobile.twitter.com/i/web/status/1990000000000000001', 'x:1990000000000000001'],
    ['https://x.com/i/status/42', 'x:42'],
  ])('%s is %s', (link, key) => {
    expect(postKey(link)).toBe(key);
  });

  test.each(['https://www.linkedin.com/in/jane-doe/', 'https://x.com/ambassador', 'javascript:alert(1)', 'https://evil.example/status/1', '=HYPERLINK("x")'])('%s names no post', (link) => {
    expect(postKey(link)).toBeUndefined();
  });
});

describe('text matching', () => {
  test('tolerates links, case, punctuation and an edit of a few words', () => {
    expect(sameText('Shipping small beats shipping big. Here is why https://t.co/abc', 'shipping small beats shipping BIG — here is why: https://example.com/long')).toBe(true);
    expect(sameText('Our report is out, read it and tell me what you think', 'Our report is out, read it and tell me what you think!! #energy')).toBe(true);
    expect(sameText('Our report is out', 'Hiring two engineers in Lyon')).toBe(false);
  });
});

describe('planImport', () => {
  const logged: LoggedPost[] = [
    { id: 1, platform: 'x', publishedAt: at(5, 9, 14), text: 'Shipping small beats shipping big. Here is why, in three posts' },
    { id: 2, platform: 'linkedin', publishedAt: at(10, 8), text: 'Our energy report', postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001' },
    { id: 3, platform: 'linkedin', publishedAt: at(3, 18), text: 'Hiring in Lyon', metrics: { impressions: 1200, engagements: 40 }, postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000002' },
    { id: 4, platform: 'linkedin', publishedAt: at(4, 10), text: 'Two posts that day, first' },
    { id: 5, platform: 'linkedin', publishedAt: at(4, 16), text: 'Two posts that day, second' },
  ];

  test('matches by link, else by day and text; unchanged when the file brings nothing new; the rest is new', () => {
    const posts: ExportedPost[] = [
      { platform: 'linkedin', line: 4, url: 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001', publishedAt: noon(10), dayOnly: true, counts: { impressions: 3321, engagements: 101 } },
      { platform: 'linkedin', line: 5, url: 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000002', publishedAt: noon(3), dayOnly: true, counts: { impressions: 1200, engagements: 40 } },
      // Two logged posts on the 4th and no text to tell them apart: not guessed, a new row.
      { platform: 'linkedin', line: 6, url: 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000003', publishedAt: noon(4), dayOnly: true, counts: { impressions: 800 } },
    ];
    const plan = planImport(parsed('linkedin_analytics', posts), logged);
    expect(plan.matched.map((row) => [row.entryId, row.basis, row.metrics])).toEqual([[2, 'url', { impressions: 3321, engagements: 101 }]]);
    expect(plan.unchanged.map((row) => [row.entryId, row.basis])).toEqual([[3, 'url']]);
    expect(plan.added.map((post) => post.line)).toEqual([6]);
    expect(plan.rejected).toEqual([{ line: 9, reasonKey: 'reach_import_row_bad_date', detail: 'x' }]);
  });

  test('an X row finds its post by day and text, and brings its link', () => {
    const post: ExportedPost = { platform: 'x', line: 2, url: 'https://x.com/ambassador/status/1990000000000000001', publishedAt: noon(5), dayOnly: true, text: 'Shipping small beats shipping big. Here is why, in three posts 🧵', counts: { impressions: 1234, reactions: 31 } };
    const plan = planImport(parsed('x_analytics', [post]), logged);
    expect(plan.matched).toEqual([{ post, entryId: 1, basis: 'date_text', metrics: { impressions: 1234, reactions: 31 }, postUrl: post.url }]);
  });

  test('a LinkedIn row with no text takes the only post of its day', () => {
    const post: ExportedPost = { platform: 'linkedin', line: 4, url: 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000077', publishedAt: noon(10), dayOnly: true, counts: { impressions: 5 } };
    // Row 2 has another activity link: the same kind of link with another id is another post.
    expect(planImport(parsed('linkedin_analytics', [post]), logged).added).toEqual([post]);
    const withoutLink = logged.map((entry) => (entry.id === 2 ? { ...entry, postUrl: undefined } : entry));
    expect(planImport(parsed('linkedin_analytics', [post]), withoutLink).matched.map((row) => [row.entryId, row.basis])).toEqual([[2, 'date']]);
  });

  test('the other platform, another day or another text is never matched', () => {
    const posts: ExportedPost[] = [
      { platform: 'x', line: 2, publishedAt: noon(10), dayOnly: true, text: 'Our energy report', url: 'https://x.com/a/status/9' },
      { platform: 'linkedin', line: 3, publishedAt: at(12, 9), dayOnly: false, text: 'Our energy report' },
      { platform: 'linkedin', line: 4, publishedAt: at(10, 8, 5), dayOnly: false, text: 'Something else entirely, about Lyon' },
    ];
    expect(planImport(parsed('linkedin_shares', posts), logged).added).toHaveLength(3);
  });

  test('two rows never take the same logged post', () => {
    const posts: ExportedPost[] = [
      { platform: 'linkedin', line: 2, publishedAt: at(10, 8, 1), dayOnly: false, text: 'Our energy report' },
      { platform: 'linkedin', line: 3, publishedAt: at(10, 8, 2), dayOnly: false, text: 'Our energy report' },
    ];
    const plan = planImport(parsed('linkedin_shares', posts), logged);
    expect(plan.unchanged.length + plan.matched.length).toBe(1);
    expect(plan.added).toHaveLength(1);
  });
});
