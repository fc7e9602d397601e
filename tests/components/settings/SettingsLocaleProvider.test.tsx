import { render, screen } from '@testing-library/react';
import { SettingsLocaleProvider } from '../../../components/settings/SettingsLocaleProvider';
import { useI18n } from '../../../components/ui/i18n';
import { updateSettings } from '../../../utils/browser/storage';

function Probe() {
  const { locale, t } = useI18n();
  return <p data-locale={locale}>{t('set_title')}</p>;
}

test('follows the browser on auto, then the saved choice, live', async () => {
  render(
    <SettingsLocaleProvider navigatorLanguage="fr-BE">
      <Probe />
    </SettingsLocaleProvider>,
  );
  expect(await screen.findByText('Réglages')).toHaveAttribute('data-locale', 'fr');
  await updateSettings({ language: 'en' });
  expect(await screen.findByText('Settings')).toHaveAttribute('data-locale', 'en');
  expect(document.documentElement.lang).toBe('en');
});
