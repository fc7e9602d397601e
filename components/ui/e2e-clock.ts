import { browser } from 'wxt/browser';
import { setClockOffset } from '../../utils/time/clock';

/** Local storage key an end-to-end test writes (ms to add to Date.now()) to move the extension's clock without sleeping. */
export const E2E_CLOCK_OFFSET_KEY = 'e2eClockOffsetMs';

/**
 * In the e2e build only (`wxt build --mode e2e`), follows the clock offset a test sets in extension
 * storage. Elsewhere it does nothing and reads nothing: the check on the build mode is a constant, so a
 * production bundle drops the storage read entirely (plain browser.storage, not WXT's storage module,
 * whose set-up would stay in the panel bundle even unused: 2.8 kB gzipped).
 */
export function followE2eClock(): () => void {
  if (import.meta.env.MODE !== 'e2e') return () => undefined;
  const apply = (value: unknown) => setClockOffset(typeof value === 'number' ? value : 0);
  void browser.storage.local.get(E2E_CLOCK_OFFSET_KEY).then((stored) => apply(stored[E2E_CLOCK_OFFSET_KEY]), () => {});
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && E2E_CLOCK_OFFSET_KEY in changes) apply(changes[E2E_CLOCK_OFFSET_KEY]!.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
