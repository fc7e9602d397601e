import { browser } from 'wxt/browser';
import type { FeedItem } from './feed/feed-item';
import { request, type Message } from './messaging';
import type { PanelBackend, RestorableDraft, SaveDraftReply } from './stores/panel-store';

const send = (message: Message) => browser.runtime.sendMessage(message);

/** The panel's view of the background, over the validated message protocol. */
export const backgroundClient: PanelBackend = {
  saveDraft: (draft) => request<SaveDraftReply>(send, { type: 'draft:save', draft }),
  restorableDraft: (platform, composerKind) =>
    request<RestorableDraft | null>(send, {
      type: 'draft:restorable',
      platform,
      composerKind,
    }),
  discardDraft: (id) => request<void>(send, { type: 'draft:discard', id }),
  recordPublish: (entry) => request<void>(send, { type: 'publish:record', entry }),
  feedItems: async () => (await request<{ items: FeedItem[] }>(send, { type: 'feed:get' })).items,
  sharedItemIds: () => request<string[]>(send, { type: 'reach:shared-item-ids' }),
};
