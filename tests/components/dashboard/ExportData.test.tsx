import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataSection } from '../../../components/dashboard';
import { resetStoreBeforeEach, seedDataBeforeEach } from './helpers';

resetStoreBeforeEach();
const seeded = seedDataBeforeEach();

test('CSV export is formula-safe and readable by Excel', async () => {
  const user = userEvent.setup({ delay: null });
  render(<DataSection db={seeded.db} />);
  await user.click(screen.getByRole('button', { name: 'Export the log (CSV)' }));
  expect(await screen.findByText('CSV saved to your downloads.')).toBeInTheDocument();
  const bytes = new Uint8Array(await seeded.downloads[0]!.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = await seeded.downloads[0]!.text();
  expect(text).toContain(`"'=cmd| a formula, ""quoted"""`);
});
