import { browser } from 'wxt/browser';
import { translate } from '../../utils/i18n/translate';
import { setPendingShare } from '../../utils/browser/pending-share';
import { localeFromTag } from '../../utils/i18n/translate';

const MENU_ID = 'porte-voix-share-with-take';

/** "Share with my take" on selected text or a link: the popup opens with the share form. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: translate(localeFromTag(browser.i18n.getUILanguage()), 'menu_share_with_take'),
        contexts: ['selection', 'link'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const url = info.linkUrl ?? info.pageUrl ?? tab?.url ?? '';
    if (!/^https?:\/\//.test(url)) return;
    void setPendingShare({
      kind: 'page',
      platform: 'linkedin',
      title: tab?.title ?? url,
      url,
      selection: info.selectionText?.slice(0, 500),
    }).then(async () => {
      // openPopup needs Chrome 127+; elsewhere the popup page opens in a tab.
      const action = browser.action as typeof browser.action & { openPopup?: () => Promise<void> };
      try {
        if (!action.openPopup) throw new Error('no openPopup');
        await action.openPopup();
      } catch {
        await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
      }
    });
  });
}
