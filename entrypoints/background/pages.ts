import { browser } from 'wxt/browser';

export type ExtensionPage = 'dashboard' | 'settings' | 'onboarding' | 'drafts';

/** Opens the extension page (options.html) at a section. */
export async function openExtensionPage(page: ExtensionPage): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#/${page}`) });
}

export function registerInstallPage(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Onboarding opens once on install; it can be skipped and nothing waits for it.
    if (reason === 'install') void openExtensionPage('onboarding');
  });
}
