import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupDeps } from '../../components/popup/PopupApp';
import { I18nProvider } from '../../components/ui/i18n';
import { useSettings } from '../../components/ui/useSettings';
import type { FeedItem } from '../../utils/feed/feed-item';
import { request, type Message } from '../../utils/messaging';
import { PolicySchema } from '../../utils/policy';
import { takePendingShare } from '../../utils/pending-share';
import '../../components/popup/popup.css';

const send = (message: Message) => browser.runtime.sendMessage(message);

const deps: PopupDeps = {
  loadItems: async () => (await request<{ items: FeedItem[] }>(send, { type: 'feed:get' })).items,
  activeTab: async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url ? { title: tab.title ?? tab.url, url: tab.url } : null;
  },
  openTab: async (url) => {
    await browser.tabs.create({ url });
    window.close();
  },
  pendingShare: takePendingShare,
  policy: PolicySchema.parse({}),
};

function Popup() {
  const { locale } = useSettings();
  return (
    <I18nProvider locale={locale}>
      <PopupApp deps={deps} />
    </I18nProvider>
  );
}

createRoot(document.getElementById('root')!).render(<Popup />);
