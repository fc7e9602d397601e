import { render, screen, waitFor, within } from '@testing-library/react';
import { DataSection } from '../../../components/dashboard';
import { resetStoreBeforeEach, seedDataBeforeEach } from './helpers';

resetStoreBeforeEach();
const seeded = seedDataBeforeEach();

test('shows what is stored and that nothing leaves the device', async () => {
  render(<DataSection db={seeded.db} />);
  expect(screen.getByText(/Nothing is sent to Porte-Voix, your company or anyone else/)).toBeInTheDocument();
  const table = screen.getByRole('table', { name: 'What Porte-Voix stores' });
  await waitFor(() => expect(within(table).getByRole('row', { name: /^Drafts/ })).toHaveTextContent(/1$/), { timeout: 5000 });
  expect(within(table).getByRole('row', { name: /^Published posts/ })).toHaveTextContent(/1$/);
  expect(within(table).getByRole('row', { name: /^Company news/ })).toHaveTextContent(/0$/);
});
