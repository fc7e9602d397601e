import { storage } from 'wxt/utils/storage';
import type { FeedItem } from '../feed/feed-item';
import type { Platform } from '../platform';

/** What is being shared: a company item, or the page in the current tab. */
export type ShareSubject =
  | { kind: 'item'; item: FeedItem; platform: Platform }
  | { kind: 'page'; title: string; url: string; platform: Platform; selection?: string };

/** A share started from the context menu, handed to the popup (session storage: gone with the browser). */
const pendingShareItem = storage.defineItem<ShareSubject | null>('session:pendingShare', { fallback: null });

export async function setPendingShare(subject: ShareSubject): Promise<void> {
  await pendingShareItem.setValue(subject);
}

export async function takePendingShare(): Promise<ShareSubject | null> {
  const subject = await pendingShareItem.getValue();
  if (subject) await pendingShareItem.removeValue();
  return subject;
}
