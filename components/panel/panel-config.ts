import { browser } from 'wxt/browser';
import { request, type Message } from '../../utils/messaging/protocol';
import { hasMessages, installMessages, type Locale } from '../../utils/i18n/translate';
import type { MergedPolicy } from '../../utils/policy/merge-policies';
import type { Settings } from '../../utils/settings/settings-schema';
import { STORAGE_KEYS } from '../../utils/storage-keys';

const send = (message: Message) => browser.runtime.sendMessage(message);

/**
 * The person's settings, read and validated by the background: the panel bundle carries no schema (issue 12).
 */
export const readPanelSettings = (): Promise<Settings> => request(send, { type: 'settings:get' });

/** The company policy in force (managed storage, else an imported file, else defaults), merged by the background. */
export const readPanelPolicy = (): Promise<MergedPolicy> => request(send, { type: 'policy:get' });

/** Requests on their way, so that two panels starting together ask once. */
const asked = new Map<Locale, Promise<void>>();

/**
 * Makes the strings of `locale` available to the panel: the bundle carries English only (issue 12), the background
 * sends the others. Asked once per locale; when it cannot answer, the panel stays in English (never shows keys).
 */
export function loadPanelMessages(locale: Locale): Promise<void> {
  if (hasMessages(locale)) return Promise.resolve();
  let pending = asked.get(locale);
  if (!pending) {
    // Settled, it is forgotten: installed, or asked again with the next settings change after a failure.
    pending = request(send, { type: 'i18n:messages', locale })
      .then((messages) => installMessages(locale, messages), () => undefined)
      .finally(() => asked.delete(locale));
    asked.set(locale, pending);
  }
  return pending;
}

export interface PanelConfigWatch {
  onSettings(settings: Settings): void;
  onPolicy(policy: MergedPolicy): void;
}

/**
 * Reads again whatever changed in storage (settings, the imported policy, the managed policy), so open panels
 * follow without reload. A failed read keeps what the panels have. Returns the function that stops watching.
 */
export function watchPanelConfig({ onSettings, onPolicy }: PanelConfigWatch): () => void {
  // Only the latest read of each applies: two quick changes may be answered out of order.
  const latest = { settings: 0, policy: 0 };
  const readLatest = <T>(kind: keyof typeof latest, read: () => Promise<T>, apply: (value: T) => void) => {
    const ticket = ++latest[kind];
    read().then((value) => ticket === latest[kind] && apply(value), () => {});
  };
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && STORAGE_KEYS.settings in changes) readLatest('settings', readPanelSettings, onSettings);
    if (area === 'managed' || (area === 'local' && STORAGE_KEYS.importedPolicy in changes)) {
      readLatest('policy', readPanelPolicy, onPolicy);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
