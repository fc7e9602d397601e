import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsPage } from '../../../components/settings/SettingsPage';
import { I18nProvider } from '../../../components/ui/i18n';
import { translate } from '../../../utils/i18n/translate';
import { defaultSettings } from '../../../utils/settings';
import { getSettings, settingsItem } from '../../../utils/browser/storage';
import { en, enterFeed, feedInput, renderPage, save } from './render-settings';

// The whole settings form renders on every keystroke; jsdom is slow at that on small CI machines.
vi.setConfig({ testTimeout: 20_000 });

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

test('the feed field says when the news was last updated and why the last update failed', async () => {
  const loadFeedState = vi.fn(async () => ({ lastGoodAt: Date.UTC(2026, 10, 20, 9, 30), lastError: 'feed_error_timeout[]: Feed request timed out after 15 s' }));
  render(
    <I18nProvider locale="en">
      <SettingsPage requestPermission={async () => true} loadFeedState={loadFeedState} />
    </I18nProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: translate('en', 'set_title') });
  const status = await screen.findByTestId('pv-feed-status');
  expect(status).toHaveTextContent(/^Last updated 20 Nov 2026, \d\d:30\. The last update failed: The feed server took too long to answer\.$/);
  // Loaded once, not on every render of the form.
  expect(loadFeedState).toHaveBeenCalledTimes(1);
});
