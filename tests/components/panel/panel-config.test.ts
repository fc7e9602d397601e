import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchPanelConfig } from '../../../components/panel/panel-config';

// The panel reads its settings and policy through the background (zod stays out of the panel bundle, issue 12):
// what it must do itself is notice that they changed.
function answerWith(data: Record<string, unknown>) {
  fakeBrowser.runtime.onMessage.addListener((message: unknown) =>
    Promise.resolve({ ok: true, data: data[(message as { type: string }).type] }),
  );
}

test('open panels follow a settings change and a new company policy without reload', async () => {
  answerWith({ 'settings:get': { language: 'fr' }, 'policy:get': { policy: { codenames: ['Bluebird'] } } });
  const onSettings = vi.fn();
  const onPolicy = vi.fn();
  const stop = watchPanelConfig({ onSettings, onPolicy });
  await fakeBrowser.storage.local.set({ settings: { language: 'fr' } });
  await vi.waitFor(() => expect(onSettings).toHaveBeenCalledWith({ language: 'fr' }));
  expect(onPolicy).not.toHaveBeenCalled();
  await fakeBrowser.storage.local.set({ importedPolicy: { document: {} } });
  await vi.waitFor(() => expect(onPolicy).toHaveBeenCalledWith({ policy: { codenames: ['Bluebird'] } }));
  stop();
  await fakeBrowser.storage.local.set({ settings: { language: 'en' } });
  expect(onSettings).toHaveBeenCalledTimes(1);
});

test('other storage changes (drafts, feed state) cost the panel no read', async () => {
  const listener = vi.fn(() => Promise.resolve({ ok: true, data: {} }));
  fakeBrowser.runtime.onMessage.addListener(listener);
  const stop = watchPanelConfig({ onSettings: vi.fn(), onPolicy: vi.fn() });
  await fakeBrowser.storage.local.set({ somethingElse: 1 });
  stop();
  expect(listener).not.toHaveBeenCalled();
});
