import { browser, type Browser } from 'wxt/browser';
import { MessageSchema } from '../../utils/messaging/schema';
import type { Message, MessageOf, MessageType, Replies, Reply } from '../../utils/messaging/protocol';
import { loadPolicy } from '../../utils/browser/policy-source';
import { getSettings } from '../../utils/browser/storage';
import { discardDraft, getRestorableDraft, saveDraft } from '../../utils/db/drafts';
import { recordPublish } from '../../utils/db/reach-log';
import { editorialKindOf } from '../../utils/db/records';
import { isStorageError } from '../../utils/db/errors';
import { messagesOf } from '../../utils/i18n/translate';
import { currentFeed, refreshFeed } from './feed-sync';
import { injectPanel } from './inject-panel';
import { noteRecentDraft } from './recent-draft';
import { suggestForDraft } from './suggestions';

/**
 * The background owns IndexedDB: content scripts ask through these messages. Every payload is
 * validated before any work, and every failure comes back as a locale key the panel can show.
 */
export async function handleMessage(
  raw: unknown,
  sender: Browser.runtime.MessageSender = {},
): Promise<Reply<Replies[MessageType]>> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: { kind: 'invalid', messageKey: 'err_invalid_message', detail: parsed.error.message } };
  }
  try {
    return { ok: true, data: await dispatch(parsed.data as Message, sender) };
  } catch (error) {
    if (isStorageError(error)) {
      return { ok: false, error: { kind: error.kind, messageKey: error.messageKey, detail: error.message } };
    }
    return { ok: false, error: { kind: 'unknown', messageKey: 'err_unknown', detail: String(error) } };
  }
}

type Handlers = { [T in MessageType]: (message: MessageOf<T>, sender: Browser.runtime.MessageSender) => Promise<Replies[T]> };

// One handler per message, typed by the protocol: a handler cannot answer what its callers do not expect.
const handlers: Handlers = {
  'draft:save': async ({ draft: { replaces, ...draft } }) => {
    // Noted before the write: a page reloaded mid-sentence starts while this save is still in flight.
    if (draft.text.trim()) await noteRecentDraft(draft.platform, draft.updatedAt);
    const result = await saveDraft(
      { ...draft, url: /^https?:\/\//.test(draft.url) ? draft.url : '', status: 'open' },
      undefined,
      { replaces },
    );
    // A refused save (a newer or final row kept) goes back to the panel, which keeps the text as a new draft.
    return { saved: result.saved };
  },
  'draft:restorable': async ({ platform, composerKind }) => {
    const draft = await getRestorableDraft(platform, composerKind);
    return draft
      ? { id: draft.id, text: draft.text, updatedAt: draft.updatedAt, dismissedFindings: draft.dismissedFindings }
      : null;
  },
  'draft:discard': async ({ id }) => {
    await discardDraft(id);
    return null;
  },
  'publish:record': async ({ entry }) => {
    await recordPublish(
      {
        draftId: entry.draftId,
        platform: entry.platform,
        publishedAt: entry.publishedAt,
        text: entry.text,
        linkedItemId: entry.linkedItemId,
        personalVoice: entry.personalVoice,
        kind: editorialKindOf(entry),
      },
      undefined,
      entry.partDraftIds,
    );
    await noteRecentDraft(entry.platform, null);
    return null;
  },
  'feed:get': () => currentFeed(),
  'feed:refresh': () => refreshFeed(),
  'feed:suggest': ({ request }) => suggestForDraft(request),
  'settings:get': () => getSettings(),
  'policy:get': () => loadPolicy(),
  'i18n:messages': ({ locale }) => Promise.resolve(messagesOf(locale)),
  'panel:inject': ({ platform }, sender) => injectPanel(platform, sender),
};

function dispatch<T extends MessageType>(message: MessageOf<T>, sender: Browser.runtime.MessageSender): Promise<Replies[T]> {
  return (handlers[message.type as T] as (message: MessageOf<T>, sender: Browser.runtime.MessageSender) => Promise<Replies[T]>)(message, sender);
}

export function registerMessageHandlers(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => handleMessage(message, sender));
}
