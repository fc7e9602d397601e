import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsPage, type SettingsPageProps } from '../../../components/settings/SettingsPage';
import { I18nProvider } from '../../../components/ui/i18n';
import { translate } from '../../../utils/i18n/translate';

/** Shared by the settings page's tests, one file per section: the page opens the settings store its sections read. */

export const en = (key: string, substitutions?: ReadonlyArray<string | number>) => translate('en', key, substitutions);

export async function renderPage(props: SettingsPageProps = {}) {
  const user = userEvent.setup();
  render(
    <I18nProvider locale="en">
      <SettingsPage requestPermission={async () => true} {...props} />
    </I18nProvider>,
  );
  await screen.findByRole('heading', { level: 1, name: en('set_title') });
  return user;
}

export async function enterFeed(user: ReturnType<typeof userEvent.setup>, url: string) {
  await user.click(feedInput());
  await user.paste(url);
}

export const save = () => screen.getByText(en('set_save'));
export const feedInput = () => screen.getByLabelText<HTMLInputElement>(en('set_feed_label'));
