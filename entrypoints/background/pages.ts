import { browser } from 'wxt/browser';
import type { Route } from '../../utils/extension-route';

/** Opens the extension page (options.html) at a section. */
export async function openExtensionPage(route: Route): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#/${route}`) });
}

export function registerInstallPage(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Onboarding opens once on install; it can be skipped and nothing waits for it.
    if (reason === 'install') void openExtensionPage('onboarding');
  });
}
