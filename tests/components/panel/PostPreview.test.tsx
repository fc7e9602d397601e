import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PanelStoreContext } from '../../../components/panel/PanelStoreContext';
import { PostPreview } from '../../../components/panel/PostPreview';
import { I18nProvider } from '../../../components/ui/i18n';
import { translate } from '../../../utils/i18n/translate';
import { PolicySchema } from '../../../utils/policy';
import type { Platform } from '../../../utils/platform';
import { setupPanel } from '../../stores/panel-fakes';

const en = (key: string) => translate('en', key);
const LONG = 'We just wrapped up our annual volunteering week, and the numbers speak for themselves: 1,400 colleagues, 38 cities, 120 partner charities and more than 9,000 hours given to causes that matter. A huge thank you to everyone who joined.';

function renderPreview(platform: Platform, text: string) {
  const { store } = setupPanel({ platform, text, preferences: { policy: PolicySchema.parse({}) } });
  render(
    <I18nProvider locale="en">
      <PanelStoreContext.Provider value={store}>
        <PostPreview />
      </PanelStoreContext.Provider>
    </I18nProvider>,
  );
  return { store, user: userEvent.setup() };
}

test('closed until asked; one click shows desktop and mobile with "…see more" where LinkedIn folds; one click hides it', async () => {
  const { user, store } = renderPreview('linkedin', LONG);
  expect(screen.queryByTestId('pv-preview')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: en('panel_preview_show') }));
  const desktop = screen.getByRole('figure', { name: en('preview_linkedin_desktop') });
  const mobile = screen.getByRole('figure', { name: en('preview_linkedin_mobile') });
  expect(desktop).toHaveTextContent(en('preview_see_more'));
  expect(mobile.textContent!.length).toBeLessThan(desktop.textContent!.length);
  await user.click(screen.getByRole('button', { name: en('panel_preview_hide') }));
  expect(screen.queryByTestId('pv-preview')).not.toBeInTheDocument();
  store.getState().dispose();
});

test('X: a post within 280 shows whole in the timeline', async () => {
  const { user, store } = renderPreview('x', 'Proud of our wind-farm technicians #Hiring');
  await user.click(screen.getByRole('button', { name: en('panel_preview_show') }));
  const desktop = screen.getByRole('figure', { name: en('preview_x_desktop') });
  expect(desktop).toHaveTextContent('Proud of our wind-farm technicians #Hiring');
  expect(desktop).not.toHaveTextContent(en('preview_show_more'));
  store.getState().dispose();
});
