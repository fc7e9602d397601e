import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildXlsx, linkedInAnalyticsSheets, type FixtureSheet } from '../../scripts/xlsx-fixture';
import { parseExportFile } from '../../utils/reach/detect-export';
import type { ParsedExport } from '../../utils/reach/exported-post';
import { parseLinkedInAnalytics } from '../../utils/reach/linkedin-analytics';
import { parseLinkedInShares } from '../../utils/reach/linkedin-shares';
import { parseXAnalytics } from '../../utils/reach/x-analytics';

const fixtures = join(__dirname, '../fixtures/exports');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
const text = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const localNoon = (year: number, month: number, day: number) => new Date(year, month - 1, day, 12).getTime();

function ok(result: ParsedExport) {
  if (!result.ok) throw new Error(`refused: ${result.errorKey}`);
  return result;
}

describe('LinkedIn creator analytics (.xlsx)', () => {
  test('the committed fixture is what the fixture script builds', () => {
    expect(fixture('linkedin-creator-analytics.xlsx')).toEqual(buildXlsx(linkedInAnalyticsSheets()));
  });

  test('merges the two side-by-side TOP POSTS tables by link and reads the summary sheets', () => {
    const result = ok(parseLinkedInAnalytics(fixture('linkedin-creator-analytics.xlsx')));
    expect(result.format).toBe('linkedin_analytics');
    expect(result.rejected).toEqual([]);
    expect(result.posts).toEqual([
      { platform: 'linkedin', line: 4, url: 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000001', publishedAt: localNoon(2026, 11, 10), dayOnly: true, counts: { engagements: 101, impressions: 3321 } },
      { platform: 'linkedin', line: 5, url: 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000002', publishedAt: localNoon(2026, 11, 3), dayOnly: true, counts: { engagements: 40, impressions: 1200 } },
      // Only in the impressions table: no engagements invented.
      { platform: 'linkedin', line: 6, url: 'https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000003', publishedAt: localNoon(2026, 11, 4), dayOnly: true, counts: { impressions: 800 } },
    ]);
    expect(result.summary).toEqual({ period: '11/1/2026 - 11/30/2026', impressions: 5321, membersReached: 2100, days: 3, dailyImpressions: 5321, dailyEngagements: 153 });
  });

  test('sheet names in any case', () => {
    const result = ok(parseLinkedInAnalytics(buildXlsx(linkedInAnalyticsSheets({ upperCase: false }))));
    expect(result.posts).toHaveLength(3);
  });

  test('formula cells are never run: the row is refused with its own reason, the rest imported', () => {
    const sheets = linkedInAnalyticsSheets();
    const top = sheets.find((sheet) => sheet.name === 'TOP POSTS') as FixtureSheet;
    top.rows.push(
      [{ formula: 'HYPERLINK("https://evil.example","x")', cached: 'x' }, '11/12/2026', 5, null, null, null, null],
      ['https://www.linkedin.com/feed/update/urn:li:activity:7390000000000000009', '11/12/2026', { formula: 'SUM(1,2)', cached: 3 }, null, null, null, null],
    );
    const result = ok(parseLinkedInAnalytics(buildXlsx(sheets)));
    expect(result.posts).toHaveLength(3);
    expect(result.rejected).toEqual([
      { line: 7, reasonKey: 'reach_import_row_formula', detail: '=HYPERLINK("https://evil.example","x")' },
      { line: 8, reasonKey: 'reach_import_row_formula', detail: '=SUM(1,2)' },
    ]);
  });

  test('a workbook without TOP POSTS names the missing sheet', () => {
    const sheets = linkedInAnalyticsSheets().filter((sheet) => sheet.name !== 'TOP POSTS');
    expect(parseLinkedInAnalytics(buildXlsx(sheets))).toEqual({ ok: false, errorKey: 'reach_import_file_missing_sheet', detail: 'TOP POSTS' });
  });

  test('a workbook of something else is the wrong format', () => {
    expect(parseLinkedInAnalytics(buildXlsx([{ name: 'Budget', rows: [['Item', 'Cost']] }]))).toEqual({ ok: false, errorKey: 'reach_import_file_wrong_format' });
  });

  test('a cut file is truncated, not half-imported', () => {
    const bytes = fixture('linkedin-creator-analytics.xlsx');
    expect(parseLinkedInAnalytics(bytes.subarray(0, Math.floor(bytes.length / 2)))).toEqual({ ok: false, errorKey: 'reach_import_file_truncated' });
  });

  test('CSV bytes given to the xlsx reader are the wrong format', () => {
    expect(parseLinkedInAnalytics(fixture('Shares.csv'))).toEqual({ ok: false, errorKey: 'reach_import_file_wrong_format' });
  });
});

describe('LinkedIn archive Shares.csv', () => {
  test('reads multi-line, quote-escaped commentary and keeps formula-like text as plain text', () => {
    const result = ok(parseLinkedInShares(text('Shares.csv')));
    expect(result.format).toBe('linkedin_shares');
    expect(result.posts.map((post) => post.text)).toEqual([
      'Proud of what the team shipped this quarter.\r\n\r\nThree lessons, in my own words: "ship small", listen, measure. #engineering',
      'Our new report is out: https://example.com/report',
      '=HYPERLINK("https://evil.example","click") is how spreadsheets get tricked; this line stays plain text.',
    ]);
    expect(result.posts[0]).toMatchObject({ platform: 'linkedin', line: 2, publishedAt: Date.UTC(2026, 9, 2, 8, 15, 32), dayOnly: false, url: 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7380000000000000001' });
    expect(result.posts.every((post) => post.counts === undefined)).toBe(true);
    expect(result.rejected).toEqual([{ line: 5, reasonKey: 'reach_import_row_bad_date', detail: 'not a date' }]);
  });

  test("X's file given to the Shares.csv reader is the wrong format", () => {
    expect(parseLinkedInShares(text('x-account-analytics-content.csv'))).toEqual({ ok: false, errorKey: 'reach_import_file_wrong_format' });
  });

  test('an unclosed quote (a cut file) is refused whole', () => {
    const whole = text('Shares.csv');
    expect(parseLinkedInShares(whole.slice(0, whole.indexOf('Three lessons') + 5))).toEqual({ ok: false, errorKey: 'reach_import_file_truncated' });
    // Cut between two fields of the last row.
    expect(parseLinkedInShares(whole.slice(0, whole.indexOf('not a date,') + 11))).toEqual({ ok: false, errorKey: 'reach_import_file_truncated' });
  });
});

describe('X account analytics (.csv)', () => {
  test('current "Content" layout: likes, replies and reposts become reactions, comments and reposts', () => {
    const result = ok(parseXAnalytics(text('x-account-analytics-content.csv')));
    expect(result.format).toBe('x_analytics');
    expect(result.posts[0]).toEqual({
      platform: 'x',
      line: 2,
      url: 'https://x.com/ambassador/status/1990000000000000001',
      publishedAt: localNoon(2026, 11, 5),
      dayOnly: true,
      text: 'Shipping small beats shipping big. Here is why, in three posts 🧵',
      counts: { impressions: 1234, engagements: 77, reactions: 31, comments: 6, reposts: 5 },
    });
    expect(result.posts).toHaveLength(2);
    expect(result.rejected).toEqual([{ line: 4, reasonKey: 'reach_import_row_formula', detail: '=1+1' }]);
  });

  test('older tweet_activity_metrics layout, with its time zone', () => {
    const result = ok(parseXAnalytics(text('x-tweet-activity-metrics.csv')));
    expect(result.posts).toEqual([
      {
        platform: 'x',
        line: 2,
        url: 'https://twitter.com/ambassador/status/1590000000000000001',
        publishedAt: Date.UTC(2022, 10, 15, 9, 30),
        dayOnly: false,
        text: 'Older export, older layout',
        counts: { impressions: 900, engagements: 45, reactions: 20, comments: 2, reposts: 3 },
      },
    ]);
  });

  test('a link column missing: the id makes the link', () => {
    const result = ok(parseXAnalytics('Post id,Date,Post text,Impressions,Likes,Replies,Reposts\n42,2026-06-01,hello there friends,10,1,0,0\n'));
    expect(result.posts[0]?.url).toBe('https://x.com/i/status/42');
  });

  test('Shares.csv given to the X reader is the wrong format; the X overview file gets its own message', () => {
    expect(parseXAnalytics(text('Shares.csv'))).toEqual({ ok: false, errorKey: 'reach_import_file_wrong_format' });
    expect(parseXAnalytics('Date,Impressions,Likes,Engagements,Bookmarks,Shares,New follows,Unfollows\n"Fri, Apr 26, 2024",100,10,2,0,0,0,0\n')).toEqual({ ok: false, errorKey: 'reach_import_file_x_overview' });
  });

  test('wrong columns: no impressions column', () => {
    expect(parseXAnalytics('Post id,Date,Post text\n1,2026-06-01,hi\n')).toEqual({ ok: false, errorKey: 'reach_import_file_missing_columns', detail: 'Impressions' });
  });

  test('100,000 rows are read; one more is refused whole', () => {
    const header = 'Post id,Date,Post text,Impressions\n';
    const rows = (count: number) => Array.from({ length: count }, (_, index) => `${index + 1},2026-06-01,post ${index},${index}`).join('\n');
    const full = parseXAnalytics(header + rows(100_000));
    expect(full.ok && full.posts.length).toBe(100_000);
    expect(parseXAnalytics(header + rows(100_001))).toEqual({ ok: false, errorKey: 'reach_import_file_too_many_rows' });
  });

  test('duplicate post ids: the later row is refused', () => {
    const result = ok(parseXAnalytics('Post id,Date,Impressions\n7,2026-06-01,10\n7,2026-06-01,11\n'));
    expect(result.posts).toHaveLength(1);
    expect(result.rejected).toEqual([{ line: 3, reasonKey: 'reach_import_row_duplicate', detail: 'https://x.com/i/status/7' }]);
  });
});

describe('format detection', () => {
  test.each([
    ['linkedin-creator-analytics.xlsx', 'linkedin_analytics'],
    ['Shares.csv', 'linkedin_shares'],
    ['x-account-analytics-content.csv', 'x_analytics'],
    ['x-tweet-activity-metrics.csv', 'x_analytics'],
  ])('%s is read as %s', (name, format) => {
    expect(ok(parseExportFile(fixture(name))).format).toBe(format);
  });

  test('anything else is unknown; an empty file is empty', () => {
    expect(parseExportFile(new TextEncoder().encode('name,email\nA,a@example.com\n'))).toEqual({ ok: false, errorKey: 'reach_import_file_unknown' });
    expect(parseExportFile(new Uint8Array())).toEqual({ ok: false, errorKey: 'reach_import_file_empty' });
    expect(parseExportFile(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2]))).toEqual({ ok: false, errorKey: 'reach_import_file_unknown' });
  });
});
