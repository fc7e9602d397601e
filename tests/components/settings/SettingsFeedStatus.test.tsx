import { render, screen } from '@testing-library/react';
import { SettingsPage } from '../../../components/settings/SettingsPage';
import { I18nProvider } from '../../../components/ui/i18n';
import { translate } from '../../../utils/i18n/translate';

vi.setConfig({ testTimeout: 20_000 });

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
