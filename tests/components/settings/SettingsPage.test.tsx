import { screen, waitFor, within } from '@testing-library/react';
import { getSettings, updateSettings } from '../../../utils/browser/storage';
import { en, renderPage, save } from './render-settings';

// The whole settings form renders on every keystroke; jsdom is slow at that on small CI machines.
vi.setConfig({ testTimeout: 20_000 });

test('quiet hours and days are saved', async () => {
  const user = await renderPage();
  await user.click(screen.getByLabelText(en('set_quiet_enabled')));
  const end = screen.getByLabelText(en('set_quiet_end'));
  await user.clear(end);
  await user.type(end, '17:30');
  const days = screen.getByRole('group', { name: en('set_quiet_days') });
  await user.click(within(days).getByLabelText('Saturday'));
  await user.click(save());
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(en('set_saved')));
  expect((await getSettings()).quietHours).toMatchObject({ enabled: true, start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5, 6] });
});

test('the language choice persists', async () => {
  const user = await renderPage();
  const language = screen.getByLabelText(en('set_language'), { selector: 'select' });
  expect(language).toHaveValue('auto');
  await user.selectOptions(language, 'fr');
  await user.click(save());
  await waitFor(async () => expect((await getSettings()).language).toBe('fr'));
});

test('checks can be turned off and given a severity', async () => {
  const user = await renderPage();
  await user.click(screen.getByLabelText(en('set_cat_caps')));
  await user.selectOptions(screen.getByLabelText(en('set_severity_label', [en('set_cat_email')])), 'low');
  await user.click(save());
  await waitFor(async () => {
    const { checks } = await getSettings();
    expect(checks.caps.enabled).toBe(false);
    expect(checks.email).toEqual({ enabled: true, severity: 'low' });
  });
});

test('pause applies at once, without saving the form, and follows changes made elsewhere', async () => {
  const user = await renderPage();
  const pause = screen.getByLabelText(en('set_pause'));
  await user.click(pause);
  await waitFor(async () => expect((await getSettings()).paused).toBe(true));
  await updateSettings({ paused: false }); // e.g. resumed from the popup
  await waitFor(() => expect(pause).not.toBeChecked());
});

test('the introduction can be reopened', async () => {
  const onReopenOnboarding = vi.fn();
  const user = await renderPage({ onReopenOnboarding });
  await user.click(screen.getByText(en('set_reopen_onboarding')));
  expect(onReopenOnboarding).toHaveBeenCalledTimes(1);
});
