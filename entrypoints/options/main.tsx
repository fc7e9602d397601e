import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ExtensionPage } from '../../components/page/ExtensionPage';
import { SettingsLocaleProvider } from '../../components/settings/SettingsLocaleProvider';
import { ErrorBoundary } from '../../components/ui/ErrorBoundary';
import { db, reloadOnVersionChange } from '../../utils/db';
import type { Settings } from '../../utils/settings';
import { deleteAllStorage, getSettings, replaceSettings, watchSettings } from '../../utils/browser/storage';

// A newer version of the extension may upgrade the database while this page is open.
reloadOnVersionChange(db);

const settingsIo = {
  getSettings: () => getSettings(),
  applySettings: async (settings: Settings) => {
    await replaceSettings(settings);
  },
  // Settings, the imported policy and all else Porte-Voix keeps; the managed policy stays (issue 10).
  deleteSettings: deleteAllStorage,
};

function Page() {
  const [onboardingPending, setOnboardingPending] = useState(false);
  useEffect(() => {
    void getSettings().then((settings) => setOnboardingPending(!settings.onboardingDone));
    return watchSettings((settings) => setOnboardingPending(!settings.onboardingDone));
  }, []);
  return (
    <SettingsLocaleProvider>
      <ErrorBoundary messageKey="page_render_failed">
        <ExtensionPage settingsIo={settingsIo} onboardingPending={onboardingPending} />
      </ErrorBoundary>
    </SettingsLocaleProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Page />);
