import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataSection } from '../../../components/dashboard';
import { storageCounts } from '../../../utils/db/data';
import { listDrafts } from '../../../utils/db/drafts';
import { listReachLog } from '../../../utils/db/reach-log';
import { defaultSettings } from '../../../utils/settings';
import { fileOf, resetStoreBeforeEach, seedDataBeforeEach } from './helpers';

resetStoreBeforeEach();
const seeded = seedDataBeforeEach();

test('export → delete all → import restores the same data and settings', async () => {
  const user = userEvent.setup({ delay: null });
  const applySettings = vi.fn(async () => {});
  const deleteSettings = vi.fn(async () => {});
  const mine = { ...defaultSettings(), language: 'fr' as const };
  render(<DataSection db={seeded.db} getSettings={async () => mine} applySettings={applySettings} deleteSettings={deleteSettings} />);
  const drafts = await listDrafts({}, seeded.db);
  const log = await listReachLog(seeded.db);

  await user.click(screen.getByRole('button', { name: 'Export everything (JSON)' }));
  expect(await screen.findByText('Export saved to your downloads.')).toBeInTheDocument();
  expect(seeded.downloads).toHaveLength(1);
  const exported = seeded.downloads[0]!;

  // Delete everything, through the confirmation dialog; Cancel has the focus first.
  await user.click(screen.getByRole('button', { name: 'Delete all my data…' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Delete everything Porte-Voix keeps?' });
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await user.click(within(dialog).getByRole('button', { name: 'Delete everything' }));
  expect(await screen.findByText('All your Porte-Voix data was deleted from this browser.')).toBeInTheDocument();
  expect(deleteSettings).toHaveBeenCalledOnce();
  expect(await storageCounts(seeded.db)).toEqual({ drafts: 0, reachLog: 0, feedItems: 0, feedState: 0 });

  await user.upload(screen.getByLabelText('Porte-Voix export file (.json)'), await fileOf(exported, 'backup.json'));
  const review = await screen.findByRole('group', { name: 'Review “backup.json”' });
  expect(review).toHaveTextContent('1 drafts and 1 published posts');
  expect(review).toHaveTextContent('Drafts: 1 new, 0 updated, 0 already here.');
  expect(review).toHaveTextContent('Settings: included in the file, applied on import.');
  // Nothing is written before the person confirms.
  expect((await storageCounts(seeded.db)).drafts).toBe(0);

  await user.click(within(review).getByRole('button', { name: 'Import and merge' }));
  expect(await screen.findByText('Import finished.')).toBeInTheDocument();
  expect(applySettings).toHaveBeenCalledWith(mine);
  expect(await listDrafts({}, seeded.db)).toEqual(drafts);
  expect(await listReachLog(seeded.db)).toEqual(log);
});
