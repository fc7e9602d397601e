import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupDeps } from '../../components/popup/PopupApp';
import { ErrorBoundary } from '../../components/ui/ErrorBoundary';
import { I18nProvider } from '../../components/ui/i18n';
import { useSettings } from '../../components/ui/useSettings';
import { request, type FeedSnapshot, type Message } from '../../utils/messaging/protocol';
import { PolicySchema, type Policy } from '../../utils/policy';
import { loadPolicy } from '../../utils/browser/policy-source';
import { checkPolicy } from '../../utils/preferences';
import { takePendingShare } from '../../utils/browser/pending-share';
import { followE2eClock } from '../../components/ui/e2e-clock';
import { resolveDisclosure, type Disclosure } from '../../utils/policy/disclosure';
import '../../components/popup/popup.css';

const send = (message: Message) => browser.runtime.sendMessage(message);
// One read of the cached feed for the list and its status.
let feed: Promise<FeedSnapshot> | undefined;
const readFeed = () => (feed ??= request(send, { type: 'feed:get' }));

const baseDeps: Omit<PopupDeps, 'policy'> = {
  loadItems: async () => (await readFeed()).items,
  loadFeedState: async () => (await readFeed()).state,
  activeTab: async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url ? { title: tab.title ?? tab.url, url: tab.url } : null;
  },
  openTab: async (url) => {
    await browser.tabs.create({ url });
    window.close();
  },
  pendingShare: takePendingShare,
};

function Popup() {
  const { locale, settings } = useSettings();
  const [policy, setPolicy] = useState<Policy>(() => PolicySchema.parse({}));
  const [disclosure, setDisclosure] = useState<Disclosure | null>(null);
  useEffect(() => {
    void loadPolicy().then((merged) => {
      setPolicy(checkPolicy(settings, merged));
      setDisclosure(resolveDisclosure(merged.policy, settings.disclosure));
    });
  }, [settings]);
  const deps = useMemo(() => ({ ...baseDeps, policy, disclosure }), [policy, disclosure]);
  return (
    <I18nProvider locale={locale}>
      <ErrorBoundary messageKey="page_render_failed">
        <PopupApp deps={deps} />
      </ErrorBoundary>
    </I18nProvider>
  );
}

followE2eClock();
createRoot(document.getElementById('root')!).render(<Popup />);
