import { browser } from 'wxt/browser';
import type { FeedItem } from '../feed/feed-item';
import type { RankedItem } from '../feed/rank-items';
import { request, type DraftInput, type Message, type PublishInput, type RestorableDraft, type SaveDraftReply, type SuggestRequest } from '../messaging/protocol';
import type { Platform } from '../platform';
import type { ComposerKind } from '../platforms/types';

/** What the panel needs from the background; the content script passes the messaging client, tests a fake. */
export interface PanelBackend {
  saveDraft(draft: DraftInput): Promise<SaveDraftReply>;
  restorableDraft(platform: Platform, composerKind: ComposerKind): Promise<RestorableDraft | null>;
  discardDraft(id: string): Promise<void>;
  recordPublish(entry: PublishInput): Promise<void>;
  feedItems(): Promise<FeedItem[]>;
  /** The company items to suggest for a draft, ranked by the background. */
  suggest(request: SuggestRequest): Promise<RankedItem[]>;
}

const send = (message: Message) => browser.runtime.sendMessage(message);

/** The panel's view of the background, over the message protocol (the background validates every message). */
export const backgroundClient: PanelBackend = {
  saveDraft: (draft) => request(send, { type: 'draft:save', draft }),
  restorableDraft: (platform, composerKind) => request(send, { type: 'draft:restorable', platform, composerKind }),
  discardDraft: async (id) => void (await request(send, { type: 'draft:discard', id })),
  recordPublish: async (entry) => void (await request(send, { type: 'publish:record', entry })),
  feedItems: async () => (await request(send, { type: 'feed:get' })).items,
  suggest: (suggestRequest) => request(send, { type: 'feed:suggest', request: suggestRequest }),
};
