import { csvCell, REACH_CSV_COLUMNS, reachLogToCsv } from '../../utils/db/csv';
import type { ReachEntry } from '../../utils/db/records';

const entry: ReachEntry = {
  id: 7,
  platform: 'x',
  publishedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
  text: 'He said "wow", then\nleft',
  hashtags: ['one', 'two'],
  personalVoice: true,
  length: 24,
  kind: 'own',
  metrics: { impressions: 10, reactions: 2, comments: 0, reposts: 1, colleagueShare: 0.5 },
  metricsUpdatedAt: Date.UTC(2026, 0, 3),
};

test.each([
  ['plain', 'plain'],
  ['a,b', '"a,b"'],
  ['say "hi"', '"say ""hi"""'],
  ['two\r\nlines', '"two\r\nlines"'],
  ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
  ['+33 6 12', "'+33 6 12"],
  ['-1+1', "'-1+1"],
  ['@cmd', "'@cmd"],
  ['\tx', "'\tx"],
  ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
])('csvCell(%j) is %j', (input, expected) => {
  expect(csvCell(input)).toBe(expected);
});

test('numbers, booleans and missing values are written plainly', () => {
  expect([csvCell(0), csvCell(-1), csvCell(false), csvCell(null), csvCell(undefined)]).toEqual(['0', '-1', 'false', '', '']);
});

test('reachLogToCsv writes a header and one CRLF-terminated record per entry', () => {
  const csv = reachLogToCsv([entry, { ...entry, id: 8, metrics: undefined, metricsUpdatedAt: undefined, text: '-dash', hashtags: [] }]);
  const records = csv.split('\r\n');
  expect(records[0]).toBe(REACH_CSV_COLUMNS.join(','));
  expect(csv).toContain(
    '7,x,2026-01-02T03:04:05.000Z,own,"He said ""wow"", then\nleft",#one #two,true,24,10,2,0,1,0.5,2026-01-03T00:00:00.000Z,,\r\n',
  );
  expect(csv).toContain("8,x,2026-01-02T03:04:05.000Z,own,'-dash,,true,24,,,,,,,,\r\n");
  expect(csv.endsWith('\r\n')).toBe(true);
});
