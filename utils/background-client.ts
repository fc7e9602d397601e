import { browser } from 'wxt/browser';
import { request, type Message } from './messaging/protocol';
import type { PanelBackend } from './stores/panel-store';

const send = (message: Message) => browser.runtime.sendMessage(message);

/** The panel's view of the background, over the message protocol (the background validates every message). */
export const backgroundClient: PanelBackend = {
  saveDraft: (draft) => request(send, { type: 'draft:save', draft }),
  restorableDraft: (platform, composerKind) => request(send, { type: 'draft:restorable', platform, composerKind }),
  discardDraft: async (id) => void (await request(send, { type: 'draft:discard', id })),
  recordPublish: async (entry) => void (await request(send, { type: 'publish:record', entry })),
  feedItems: async () => (await request(send, { type: 'feed:get' })).items,
  sharedItemIds: () => request(send, { type: 'reach:shared-item-ids' }),
};
