import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPanelMessages, watchPanelConfig } from '../../../components/panel/panel-config';
import { hasMessages, installMessages, messagesOf, translate } from '../../../utils/i18n/translate';

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

describe('the strings of a language other than English (the panel bundle carries English only)', () => {
  const french = messagesOf('fr');
  afterEach(() => installMessages('fr', french));

  test('come from the background once, and the panel then speaks French', async () => {
    installMessages('fr', {}); // as in the panel bundle
    expect(translate('fr', 'panel_no_findings')).toBe('Nothing to flag so far.');
    const listener = vi.fn((message: unknown) =>
      Promise.resolve((message as { type: string }).type === 'i18n:messages' ? { ok: true, data: french } : { ok: false }),
    );
    fakeBrowser.runtime.onMessage.addListener(listener);
    await Promise.all([loadPanelMessages('fr'), loadPanelMessages('fr')]);
    await loadPanelMessages('fr');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(hasMessages('fr')).toBe(true);
    expect(translate('fr', 'panel_no_findings')).toBe("Rien à signaler pour l'instant.");
  });

  test('a background that cannot answer leaves the panel in English, never showing keys, and is asked again later', async () => {
    installMessages('fr', {});
    let answer: unknown = { ok: false, error: { kind: 'unknown', messageKey: 'err_unknown' } };
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(answer));
    await loadPanelMessages('fr');
    expect(hasMessages('fr')).toBe(false);
    expect(translate('fr', 'panel_show')).toBe('Show');
    answer = { ok: true, data: french };
    await loadPanelMessages('fr');
    expect(translate('fr', 'panel_show')).toBe('Montrer');
  });
});
