import { storage } from 'wxt/utils/storage';
import { setClockOffset } from './clock';

/** Storage key an end-to-end test writes (ms to add to Date.now()) to move the extension's clock without sleeping. */
export const E2E_CLOCK_OFFSET_KEY = 'local:e2eClockOffsetMs';

/**
 * In the e2e build only (`wxt build --mode e2e`), follows the clock offset a test sets in extension
 * storage. Elsewhere it does nothing and reads nothing: the check on the build mode is a constant, so a
 * production bundle drops the storage read entirely.
 */
export function followE2eClock(): () => void {
  if (import.meta.env.MODE !== 'e2e') return () => undefined;
  const apply = (value: unknown) => setClockOffset(typeof value === 'number' ? value : 0);
  void storage.getItem<number>(E2E_CLOCK_OFFSET_KEY).then(apply);
  return storage.watch<number>(E2E_CLOCK_OFFSET_KEY, apply);
}
