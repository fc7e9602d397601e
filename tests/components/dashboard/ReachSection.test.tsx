import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReachSection } from '../../../components/dashboard';
import type { PorteVoixDb } from '../../../utils/db';
import { getReachEntry, recordPublish, updateMetrics } from '../../../utils/db/reach-log';
import { dropDb, freshDb, resetStoreBeforeEach } from './helpers';

resetStoreBeforeEach();
let database: PorteVoixDb;
beforeEach(() => {
  database = freshDb();
});
afterEach(async () => {
  await dropDb(database);
});

const DAY = 86_400_000;

test('an empty log explains how it fills', async () => {
  render(<ReachSection db={database} />);
  expect(await screen.findByRole('heading', { name: 'Your log is empty for now' })).toBeInTheDocument();
  expect(screen.getByText(/publish from a LinkedIn or X composer/)).toBeInTheDocument();
  expect(screen.queryByRole('figure')).not.toBeInTheDocument();
});

test('reach numbers are validated, saved, and can be undone', async () => {
  const user = userEvent.setup({ delay: null });
  const id = await recordPublish({ platform: 'linkedin', publishedAt: Date.now() - DAY, text: 'Our #climate report', kind: 'own' }, database);
  render(<ReachSection db={database} />);

  const entry = await screen.findByRole('listitem', { name: /^LinkedIn post of/ });
  expect(within(entry).getByText('No reach numbers yet.')).toBeInTheDocument();
  await user.click(within(entry).getByRole('button', { name: 'Enter reach numbers' }));

  const impressions = within(entry).getByRole('textbox', { name: 'Impressions' });
  await user.type(impressions, '-3');
  await user.type(within(entry).getByRole('textbox', { name: 'Reactions' }), '1.5');
  await user.type(within(entry).getByRole('textbox', { name: 'Comments' }), '2');
  await user.type(within(entry).getByRole('textbox', { name: 'Reactions from colleagues (%)' }), '140');
  await user.click(within(entry).getByRole('button', { name: 'Save numbers' }));

  expect(impressions).toHaveAttribute('aria-invalid', 'true');
  expect(impressions).toHaveAccessibleDescription('Enter a whole number, 0 or more, without decimals.');
  expect(impressions).toHaveFocus();
  expect(within(entry).getByRole('textbox', { name: 'Reposts' })).toHaveAccessibleDescription('Enter a number (0 if none).');
  expect(within(entry).getByRole('textbox', { name: 'Reactions from colleagues (%)' })).toHaveAccessibleDescription(
    /Enter a percentage from 0 to 100/,
  );
  expect((await getReachEntry(id, database))?.metrics).toBeUndefined();

  await user.clear(impressions);
  await user.type(impressions, '1 200');
  await user.clear(within(entry).getByRole('textbox', { name: 'Reactions' }));
  await user.type(within(entry).getByRole('textbox', { name: 'Reactions' }), '40');
  await user.type(within(entry).getByRole('textbox', { name: 'Reposts' }), '0');
  await user.clear(within(entry).getByRole('textbox', { name: 'Reactions from colleagues (%)' }));
  await user.type(within(entry).getByRole('textbox', { name: 'Reactions from colleagues (%)' }), '25');
  await user.click(within(entry).getByRole('button', { name: 'Save numbers' }));

  expect(await within(entry).findByText('Reach numbers saved.')).toBeInTheDocument();
  expect(await within(entry).findByText(/1,200 impressions · 40 reactions · 2 comments · 0 reposts/)).toBeInTheDocument();
  expect(within(entry).getByText(/25% from colleagues/)).toBeInTheDocument();
  expect(within(entry).getByRole('button', { name: 'Edit reach numbers' })).toHaveFocus();
  expect((await getReachEntry(id, database))?.metrics).toEqual({ impressions: 1200, reactions: 40, comments: 2, reposts: 0, colleagueShare: 0.25 });

  await user.click(within(entry).getByRole('button', { name: 'Undo' }));
  expect(await within(entry).findByText('Previous numbers restored.')).toBeInTheDocument();
  expect(await within(entry).findByText('No reach numbers yet.')).toBeInTheDocument();
  expect((await getReachEntry(id, database))?.metrics).toBeUndefined();
}, 30_000);

test('charts have a name and a text alternative with the same numbers', async () => {
  const id = await recordPublish({ platform: 'x', publishedAt: Date.now() - 2 * 60_000, text: 'Hello #Energy', kind: 'company' }, database);
  await updateMetrics(id, { impressions: 4321, reactions: 1, comments: 0, reposts: 0 }, database);
  render(<ReachSection db={database} />);

  const figure = await screen.findByRole('figure', { name: 'Impressions per week' });
  const table = within(figure).getByRole('table', { name: 'Impressions per week' });
  expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Week of', 'LinkedIn', 'X']);
  const rows = within(table).getAllByRole('row');
  expect(rows).toHaveLength(27);
  expect(rows.at(-1)).toHaveTextContent(/no numbers\s*4,321/);
  expect(screen.getByRole('figure', { name: 'Posts per week' })).toBeInTheDocument();
  expect(screen.getByRole('figure', { name: 'Editorial mix per week' })).toBeInTheDocument();
  const tags = screen.getByRole('table', { name: 'Hashtags per month' });
  expect(within(tags).getByRole('columnheader', { name: '#energy' })).toBeInTheDocument();
});

test('the two indicators show as calm advice when their conditions hold', async () => {
  const now = Date.now();
  for (let index = 0; index < 10; index++) {
    const id = await recordPublish({ platform: 'linkedin', publishedAt: now - (index + 1) * DAY, text: `Company news ${index}`, kind: 'company' }, database);
    await updateMetrics(id, { impressions: 100, reactions: 10, comments: 1, reposts: 0, colleagueShare: 0.8 }, database);
  }
  render(<ReachSection db={database} />);
  const advice = await screen.findByRole('region', { name: 'Something to try' });
  expect(advice).toHaveTextContent('Most of your reactions come from colleagues: try a topic or a hashtag your outside network follows.');
  expect(advice).toHaveTextContent('On average 80% of the reactions to your last 10 posts with numbers came from colleagues.');
  expect(advice).toHaveTextContent('Your last 10 posts were all company news: share something from your own field.');
});

test('no advice when the conditions do not hold', async () => {
  await recordPublish({ platform: 'linkedin', publishedAt: Date.now() - DAY, text: 'Mine', kind: 'own' }, database);
  render(<ReachSection db={database} />);
  await screen.findByRole('listitem', { name: /^LinkedIn post of/ });
  expect(screen.queryByRole('region', { name: 'Something to try' })).not.toBeInTheDocument();
});
