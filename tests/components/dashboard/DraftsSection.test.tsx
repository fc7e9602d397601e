import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DraftsSection } from '../../../components/dashboard';
import type { PorteVoixDb } from '../../../utils/db';
import { getDraft, saveDraft } from '../../../utils/db/drafts';
import { dropDb, freshDb, resetStoreBeforeEach } from './helpers';

resetStoreBeforeEach();
let database: PorteVoixDb;
beforeEach(async () => {
  database = freshDb();
  await saveDraft({ id: 'a', platform: 'linkedin', composerKind: 'post', url: 'https://www.linkedin.com/feed/?shareActive=true', text: 'Notre usine de Lyon ouvre ses portes', updatedAt: 1_000 }, database);
  await saveDraft({ id: 'b', platform: 'x', composerKind: 'reply', url: 'https://evil.example/phish', text: 'Great results this quarter', updatedAt: 2_000 }, database);
});
afterEach(async () => {
  await dropDb(database);
});

test('lists drafts newest first with working links', async () => {
  render(<DraftsSection db={database} />);
  expect(screen.getByRole('heading', { level: 2, name: 'Drafts' })).toBeInTheDocument();
  const list = await screen.findByRole('list', { name: 'Drafts (2)' });
  const items = within(list).getAllByRole('listitem');
  expect(items[0]).toHaveTextContent('Great results this quarter');
  // A link to another site (e.g. from an imported file) falls back to the platform home.
  expect(within(items[0]!).getByRole('link', { name: 'Open on X' })).toHaveAttribute('href', 'https://x.com/');
  expect(within(items[1]!).getByRole('link', { name: 'Open on LinkedIn' })).toHaveAttribute('href', 'https://www.linkedin.com/feed/?shareActive=true');
});

test('search filters ignoring accents and case', async () => {
  const user = userEvent.setup({ delay: null });
  render(<DraftsSection db={database} />);
  await screen.findByRole('list', { name: 'Drafts (2)' });
  await user.type(screen.getByRole('searchbox', { name: 'Search drafts' }), 'LYON');
  const list = await screen.findByRole('list', { name: 'Drafts (1)' });
  expect(list).toHaveTextContent('Notre usine de Lyon');
  await user.clear(screen.getByRole('searchbox', { name: 'Search drafts' }));
  await user.type(screen.getByRole('searchbox', { name: 'Search drafts' }), 'nothing like this');
  expect(await screen.findByText('No draft matches your search.')).toBeInTheDocument();
});

test('delete removes the draft and undo brings it back', async () => {
  const user = userEvent.setup({ delay: null });
  render(<DraftsSection db={database} />);
  await screen.findByRole('list', { name: 'Drafts (2)' });
  await user.click(screen.getByRole('button', { name: /Delete the draft “Great results/ }));
  expect(await screen.findByRole('list', { name: 'Drafts (1)' })).not.toHaveTextContent('Great results');
  expect(await getDraft('b', database)).toBeUndefined();
  expect(screen.getByRole('status')).toHaveTextContent('Draft deleted.');
  await user.click(screen.getByRole('button', { name: 'Undo' }));
  expect(await screen.findByRole('list', { name: 'Drafts (2)' })).toHaveTextContent('Great results');
  expect((await getDraft('b', database))?.text).toBe('Great results this quarter');
});

test('copy puts the text on the clipboard and says so', async () => {
  const user = userEvent.setup({ delay: null });
  render(<DraftsSection db={database} />);
  const list = await screen.findByRole('list', { name: 'Drafts (2)' });
  await user.click(within(list).getAllByRole('button', { name: 'Copy' })[1]!);
  expect(await navigator.clipboard.readText()).toBe('Notre usine de Lyon ouvre ses portes');
  expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
});

test('status filter and empty state', async () => {
  const user = userEvent.setup({ delay: null });
  const empty = freshDb();
  const { unmount } = render(<DraftsSection db={empty} />);
  expect(await screen.findByText(/No drafts yet/)).toBeInTheDocument();
  unmount();
  await dropDb(empty);

  render(<DraftsSection db={database} />);
  await screen.findByRole('list', { name: 'Drafts (2)' });
  await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'published');
  expect(await screen.findByText('No draft in this list.')).toBeInTheDocument();
});
