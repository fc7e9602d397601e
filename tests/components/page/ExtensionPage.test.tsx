// Issue 10: a section that fails to render shows a short message; the page and its navigation live on.
import { render, screen } from '@testing-library/react';
import { ExtensionPage } from '../../../components/page/ExtensionPage';
import { I18nProvider } from '../../../components/ui/i18n';

vi.mock('../../../components/dashboard/DraftsSection', () => ({
  DraftsSection: () => {
    throw new RangeError('Invalid time value');
  },
}));

test('a section that throws while rendering is replaced by a localised message; the navigation stays', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  location.hash = '#/drafts';
  render(
    <I18nProvider locale="en">
      <ExtensionPage />
    </I18nProvider>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('This part of Porte-Voix could not be shown.');
  expect(screen.getByRole('navigation')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'Drafts' })).toHaveAttribute('aria-current', 'page');
});
