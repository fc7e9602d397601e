import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsPage, type SettingsPageProps } from '../../../components/settings/SettingsPage';
import { I18nProvider } from '../../../components/ui/i18n';
import { translate } from '../../../utils/i18n/translate';
import { importPolicyFile, loadPolicy } from '../../../utils/policy-source';
import { defaultSettings } from '../../../utils/settings';
import { getSettings, settingsItem, updateSettings } from '../../../utils/storage';

// TODO [2026-11-27]: remove when wxt/browser's test alias stops importing wxt/testing (which
// loads esbuild, broken under jsdom). Same object the plugin stubs as the global `browser`.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

// The whole settings form renders on every keystroke; jsdom is slow at that on small CI machines.
vi.setConfig({ testTimeout: 20_000 });

const en = (key: string, substitutions?: ReadonlyArray<string | number>) => translate('en', key, substitutions);

async function renderPage(props: SettingsPageProps = {}) {
  const user = userEvent.setup();
  render(
    <I18nProvider locale="en">
      <SettingsPage requestPermission={async () => true} {...props} />
    </I18nProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: en('set_title') });
  return user;
}

async function enterFeed(user: ReturnType<typeof userEvent.setup>, url: string) {
  await user.click(feedInput());
  await user.paste(url);
}

const save = () => screen.getByText(en('set_save'));
const feedInput = () => screen.getByLabelText<HTMLInputElement>(en('set_feed_label'));

test('a bad feed URL shows its error next to the field and saves nothing', async () => {
  const user = await renderPage();
  await enterFeed(user, 'ftp://news.example.com/feed.xml');
  await user.click(save());
  expect(await screen.findByText(en('set_err_feed_url'))).toBeInTheDocument();
  expect(feedInput()).toHaveAttribute('aria-invalid', 'true');
  await waitFor(() => expect(feedInput()).toHaveFocus());
  expect(feedInput()).toHaveAccessibleDescription(expect.stringContaining(en('set_err_feed_url')));
  expect(screen.getByRole('status')).toHaveTextContent(en('set_save_invalid'));
  expect((await getSettings()).feedUrl).toBeUndefined();
});

test('a plain http feed address saved before is not used, and the page says why (issue 10)', async () => {
  await settingsItem.setValue({ ...defaultSettings(), feedUrl: 'http://news.example.com/feed.xml' });
  await renderPage();
  expect(await screen.findByText(en('set_feed_http_dropped', ['http://news.example.com/feed.xml']))).toBeInTheDocument();
  expect(feedInput()).toHaveValue('');
});

test('a good feed URL asks for its origin, from the click, then saves', async () => {
  const requestPermission = vi.fn(async () => true);
  const user = await renderPage({ requestPermission });
  await enterFeed(user, 'https://news.example.com/feed.xml');
  await user.click(save());
  expect(requestPermission).toHaveBeenCalledWith(['https://news.example.com/*']);
  await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(en('set_saved')));
  expect((await getSettings()).feedUrl).toBe('https://news.example.com/feed.xml');
});

test('by default the permission is asked through browser.permissions.request; a refusal is explained', async () => {
  const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
  const user = userEvent.setup();
  render(
    <I18nProvider locale="en">
      <SettingsPage />
    </I18nProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: en('set_title') });
  await enterFeed(user, 'https://news.example.com/feed.xml');
  await user.click(save());
  expect(request).toHaveBeenCalledWith({ origins: ['https://news.example.com/*'] });
  await waitFor(() =>
    expect(screen.getByRole('status')).toHaveTextContent(en('set_feed_denied', ['news.example.com'])),
  );
  // Warn, never block: the address is kept so saving again asks again.
  expect((await getSettings()).feedUrl).toBe('https://news.example.com/feed.xml');
});

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

describe('company policy', () => {
  const policyFile = (content: unknown) => new File([JSON.stringify(content)], 'policy.json', { type: 'application/json' });

  test('an invalid policy file shows the error with its path and keeps the previous policy', async () => {
    await importPolicyFile(JSON.stringify({ codenames: ['Falcon'] }), 'old.json');
    const user = await renderPage();
    await user.upload(screen.getByLabelText(en('set_policy_import')), policyFile({ codenames: ['Eagle', 42] }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en('set_policy_invalid'));
    expect(alert).toHaveTextContent('codenames.1');
    expect((await loadPolicy()).policy.codenames).toEqual(['Falcon']);
  });

  test('a valid policy file is imported and can be removed', async () => {
    const user = await renderPage();
    expect(screen.getByText(en('set_policy_status_none'))).toBeInTheDocument();
    await user.upload(screen.getByLabelText(en('set_policy_import')), policyFile({ clientNames: ['Acme'] }));
    expect(await screen.findByText(en('set_policy_imported'))).toBeInTheDocument();
    expect((await loadPolicy()).policy.clientNames).toEqual(['Acme']);
    await user.click(screen.getByText(en('set_policy_remove')));
    await waitFor(async () => expect((await loadPolicy()).policy.clientNames).toEqual([]));
  });

  test('values set by the company (managed storage) are shown locked and beat the person', async () => {
    await updateSettings({ feedUrl: 'https://mine.example/feed.xml' });
    await fakeBrowser.storage.managed.set({
      feedUrl: 'https://corp.example/news.xml',
      severities: { email: 'high', hashtags: 'off' },
    });
    const requestPermission = vi.fn(async () => true);
    const user = await renderPage({ requestPermission });
    await waitFor(() => expect(feedInput()).toHaveValue('https://corp.example/news.xml'));
    expect(feedInput()).toBeDisabled();
    expect(feedInput()).toHaveAccessibleDescription(en('set_locked'));
    expect(screen.getByText(en('set_policy_status_managed'))).toBeInTheDocument();

    const email = screen.getByLabelText(en('set_severity_label', [en('set_cat_email')]));
    expect(email).toBeDisabled();
    expect(email).toHaveValue('high');
    const hashtags = screen.getByLabelText(en('set_cat_hashtags'));
    expect(hashtags).toBeDisabled();
    expect(hashtags).not.toBeChecked();
    expect(screen.getAllByText(en('set_locked'))).toHaveLength(3);

    // Saving keeps the person's own value underneath and asks for no permission.
    await user.click(save());
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(en('set_saved')));
    expect(requestPermission).not.toHaveBeenCalled();
    expect((await getSettings()).feedUrl).toBe('https://mine.example/feed.xml');
  });

  test('every problem of the policies is listed: which document, which path, what was ignored (issue 10)', async () => {
    await fakeBrowser.storage.managed.set({ codenames: ['Orion', ''] });
    await importPolicyFile(JSON.stringify({ clientNames: ['Acme'] }), 'mine.json');
    await renderPage();
    const list = await screen.findByRole('list', { name: en('set_policy_problems_heading') });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(en('set_policy_problem_managed'));
    expect(items[0]).toHaveTextContent('codenames.1');
    expect(items[0]).toHaveTextContent(en('set_policy_problem_ignored', ['""']));
    // The valid entry is kept.
    expect((await loadPolicy()).policy.codenames).toEqual(['Orion']);
  });

  test('a feed set by a policy that Porte-Voix may not read says so, and can be allowed from a click (issue 10)', async () => {
    const requestPermission = vi.fn(async () => true);
    const hasPermission = vi.fn(async () => false);
    const user = await renderPage({ readManaged: async () => ({ feedUrl: 'https://corp.example/news.xml' }), requestPermission, hasPermission });
    expect(await screen.findByText(en('set_feed_permission_needed', ['corp.example']))).toBeInTheDocument();
    expect(hasPermission).toHaveBeenCalledWith(['https://corp.example/*']);
    await user.click(screen.getByRole('button', { name: en('set_feed_permission_allow', ['corp.example']) }));
    expect(requestPermission).toHaveBeenCalledWith(['https://corp.example/*']);
    expect(await screen.findByText(en('set_feed_permission_granted'))).toBeInTheDocument();
    expect(screen.queryByText(en('set_feed_permission_needed', ['corp.example']))).not.toBeInTheDocument();
  });

  test('a managed policy injected as a reader works the same (browsers without managed storage)', async () => {
    await renderPage({ readManaged: async () => ({ feedUrl: 'https://corp.example/news.xml' }) });
    await waitFor(() => expect(feedInput()).toBeDisabled());
  });
});

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
