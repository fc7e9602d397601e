import { screen, waitFor } from '@testing-library/react';
import { getSettings } from '../../../utils/browser/storage';
import { en, renderPage, save } from './render-settings';

// The whole settings form renders on every keystroke; jsdom is slow at that on small CI machines.
vi.setConfig({ testTimeout: 20_000 });

describe('the disclosure line (issue 13)', () => {
  const input = () => screen.getByLabelText<HTMLInputElement>(en('set_disclosure_label'));

  test('the person sets their own line when the company sets none; it is saved', async () => {
    const user = await renderPage();
    expect(input()).toHaveAccessibleDescription(en('set_disclosure_hint'));
    await user.click(input());
    await user.paste('I work at Alpinéa.');
    await user.click(save());
    await waitFor(async () => expect((await getSettings()).disclosure).toBe('I work at Alpinéa.'));
  });

  test('a company line wins, and the page says which line applies', async () => {
    await renderPage({ readManaged: async () => ({ disclosure: 'Employee of Alpinéa.' }) });
    await waitFor(() => expect(input()).toHaveAccessibleDescription(en('set_disclosure_company', ['Employee of Alpinéa.'])));
  });
});
