import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataSection } from '../../../components/dashboard';
import { storageCounts } from '../../../utils/db/data';
import { setPendingShare } from '../../../utils/browser/pending-share';
import { importPolicyFile } from '../../../utils/browser/policy-source';
import { getSettings, importedPolicyItem, updateSettings } from '../../../utils/browser/storage';
import { resetStoreBeforeEach, seedDataBeforeEach } from './helpers';

resetStoreBeforeEach();
const seeded = seedDataBeforeEach();

test('Escape closes the delete dialog and gives the focus back', async () => {
  const user = userEvent.setup({ delay: null });
  render(<DataSection db={seeded.db} />);
  await user.click(screen.getByRole('button', { name: 'Delete all my data…' }));
  expect(screen.getByRole('alertdialog')).toBeInTheDocument();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Delete all my data…' })).toHaveFocus();
  expect(await storageCounts(seeded.db)).toMatchObject({ drafts: 1 });
});

test('Delete all also erases the settings and the imported policy, never the company-managed policy (issue 10)', async () => {
  await updateSettings({ paused: true, interests: ['climate'] });
  await importPolicyFile(JSON.stringify({ codenames: ['Orion'] }), 'mine.json');
  await setPendingShare({ kind: 'text', text: 'a share in progress' } as never);
  await fakeBrowser.storage.managed.set({ codenames: ['Atlas'] });

  const user = userEvent.setup();
  render(<DataSection db={seeded.db} />);
  await user.click(screen.getByRole('button', { name: 'Delete all my data…' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete everything' }));
  expect(await screen.findByText('All your Porte-Voix data was deleted from this browser.')).toBeInTheDocument();

  expect(await importedPolicyItem.getValue()).toBeNull();
  expect(await getSettings()).toMatchObject({ paused: false, interests: [] });
  expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  expect(await storageCounts(seeded.db)).toEqual({ drafts: 0, reachLog: 0, feedItems: 0, feedState: 0 });
  expect(await fakeBrowser.storage.managed.get(null)).toEqual({ codenames: ['Atlas'] });
});
