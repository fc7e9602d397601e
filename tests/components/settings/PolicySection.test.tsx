import { screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importPolicyFile, loadPolicy } from '../../../utils/browser/policy-source';
import { getSettings, updateSettings } from '../../../utils/browser/storage';
import { en, feedInput, renderPage, save } from './render-settings';

// The whole settings form renders on every keystroke; jsdom is slow at that on small CI machines.
vi.setConfig({ testTimeout: 20_000 });

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
