import { browser } from 'wxt/browser';
import { request } from '../../utils/messaging/protocol';
import type { FeedStatusState } from '../feed/FeedStatus';

/** Asks for host access (needs the user gesture of a click); resolves false when refused. */
export const requestHostPermission = (origins: string[]) => browser.permissions.request({ origins });

/** Whether host access is granted; true when the browser cannot say. */
export const containsHostPermission = async (origins: string[]) => {
  try {
    return await browser.permissions.contains({ origins });
  } catch {
    return true;
  }
};

/** When the company news was last updated and the last error, as the background knows it. */
export const askFeedState = async (): Promise<FeedStatusState | null> =>
  (await request((message) => browser.runtime.sendMessage(message), { type: 'feed:get' })).state;
