import { storage } from 'wxt/utils/storage';
import type { ShareSubject } from './stores/popup-store';

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
