import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReachSection } from '../../../components/dashboard';
import type { PorteVoixDb } from '../../../utils/db';
import { listReachLog, recordPublish } from '../../../utils/db/reach-log';
import { resetReachImportStore } from '../../../utils/stores/reach-import-store';
import { buildXlsx, linkedInAnalyticsSheets } from '../../../scripts/xlsx-fixture';
import { dropDb, freshDb, resetStoreBeforeEach } from './helpers';

resetStoreBeforeEach();
let database: PorteVoixDb;
beforeEach(() => {
  resetReachImportStore();
  database = freshDb();
});
afterEach(async () => {
  await dropDb(database);
});

const fixtureFile = (name: string, type = 'text/csv') => new File([readFileSync(join(__dirname, '../../fixtures/exports', name))], name, { type });

test('an X export is previewed, applied into the log, and undone', async () => {
  const user = userEvent.setup({ delay: null });
  await recordPublish({ platform: 'x', publishedAt: new Date(2026, 10, 5, 9, 14).getTime(), text: 'Shipping small beats shipping big. Here is why, in three posts', kind: 'own' }, database);
  render(<ReachSection db={database} />);

  await user.upload(await screen.findByLabelText('Export file (.xlsx or .csv)'), fixtureFile('x-account-analytics-content.csv'));
  const preview = await screen.findByRole('group', { name: 'Review before importing: x-account-analytics-content.csv (X analytics, posts)' });
  expect(within(preview).getByText('Logged posts that get numbers: 1 · New posts: 1 · Unchanged: 0 · Rows refused: 1')).toBeInTheDocument();
  expect(within(preview).getByText(/Line 4: a spreadsheet formula, not a value/)).toBeInTheDocument();
  expect(await listReachLog(database)).toHaveLength(1); // nothing written by the preview

  await user.click(within(preview).getByRole('button', { name: 'Import' }));
  expect(await screen.findByText('Imported. New posts: 1 · Posts updated: 1.')).toBeInTheDocument();
  expect(await screen.findByText(/Impressions: 1,234 · Reactions: 31 · Comments: 6 · Reposts: 5 · Engagements: 77/)).toBeInTheDocument();
  expect(await listReachLog(database)).toHaveLength(2);
  const links = screen.getAllByRole('link', { name: 'Open the post on X' }).map((link) => link.getAttribute('href'));
  expect(links.sort()).toEqual(['https://x.com/ambassador/status/1990000000000000001', 'https://x.com/ambassador/status/1990000000000000002']);

  await user.click(screen.getByRole('button', { name: 'Undo' }));
  expect(await screen.findByText('The import of x-account-analytics-content.csv was undone; the log is as it was.')).toBeInTheDocument();
  const rows = await listReachLog(database);
  expect(rows).toHaveLength(1);
  expect(rows[0]?.metrics).toBeUndefined();
});

test('a zip bomb in an xlsx gets a clear message and changes nothing', async () => {
  const user = userEvent.setup({ delay: null });
  const xlsx = buildXlsx(linkedInAnalyticsSheets());
  const view = new DataView(xlsx.buffer);
  for (let at = 0; at + 4 <= xlsx.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 1_900_000_000, true);
  render(<ReachSection db={database} />);
  await user.upload(await screen.findByLabelText('Export file (.xlsx or .csv)'), new File([xlsx.slice().buffer as ArrayBuffer], 'analytics.xlsx'));
  expect(await screen.findByRole('alert')).toHaveTextContent('This workbook would unpack to far more data than an export holds');
  expect(await listReachLog(database)).toEqual([]);
});

test('Cancel leaves the log untouched', async () => {
  const user = userEvent.setup({ delay: null });
  render(<ReachSection db={database} />);
  await user.upload(await screen.findByLabelText('Export file (.xlsx or .csv)'), fixtureFile('Shares.csv'));
  const preview = await screen.findByRole('group', { name: /Review before importing: Shares\.csv/ });
  expect(within(preview).getByText('Logged posts that get numbers: 0 · New posts: 3 · Unchanged: 0 · Rows refused: 1')).toBeInTheDocument();
  await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('group', { name: /Review before importing/ })).not.toBeInTheDocument();
  expect(await listReachLog(database)).toEqual([]);
});
