import { browser, type Browser } from 'wxt/browser';
import { MessageSchema, type Message, type Reply } from '../../utils/messaging';
import { discardDraft, getRestorableDraft, saveDraft } from '../../utils/db/drafts';
import { listReachLog, recordPublish } from '../../utils/db/reach-log';
import { isStorageError } from '../../utils/db/errors';
import { currentFeed, refreshFeed } from './feed-sync';
import { injectPanel } from './inject-panel';
import { openExtensionPage } from './pages';

/**
 * The background owns IndexedDB: content scripts ask through these messages. Every payload is
 * validated before any work, and every failure comes back as a locale key the panel can show.
 */
export async function handleMessage(raw: unknown, sender: Browser.runtime.MessageSender = {}): Promise<Reply<unknown>> {
  const parsed = MessageSchema.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, error: { kind: 'invalid', messageKey: 'err_invalid_message', detail: parsed.error.message } };
  }
  try {
    return { ok: true, data: await dispatch(parsed.data, sender) };
  } catch (error) {
    if (isStorageError(error)) {
      return { ok: false, error: { kind: error.kind, messageKey: error.messageKey, detail: error.message } };
    }
    return { ok: false, error: { kind: 'unknown', messageKey: 'err_unknown', detail: String(error) } };
  }
}

async function dispatch(message: Message, sender: Browser.runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'draft:save': {
      const { replaces, ...draft } = message.draft;
      const result = await saveDraft(
        { ...draft, url: /^https?:\/\//.test(draft.url) ? draft.url : '', status: 'open' },
        undefined,
        { replaces },
      );
      // A refused save (a newer or final row kept) goes back to the panel, which keeps the text as a new draft.
      return { saved: result.saved };
    }
    case 'draft:restorable': {
      const draft = await getRestorableDraft(message.platform, message.composerKind);
      return draft
        ? { id: draft.id, text: draft.text, updatedAt: draft.updatedAt, dismissedFindings: draft.dismissedFindings }
        : null;
    }
    case 'draft:discard':
      await discardDraft(message.id);
      return null;
    case 'publish:record': {
      const { entry } = message;
      const kind = !entry.linkedItemId ? 'own' : entry.personalVoice ? 'company_with_take' : 'company';
      await recordPublish(
        {
          draftId: entry.draftId,
          platform: entry.platform,
          publishedAt: entry.publishedAt,
          text: entry.text,
          linkedItemId: entry.linkedItemId,
          personalVoice: entry.personalVoice,
          kind,
        },
        undefined,
        entry.partDraftIds,
      );
      return null;
    }
    case 'feed:get':
      return currentFeed();
    case 'feed:refresh':
      return refreshFeed();
    case 'reach:shared-item-ids': {
      const log = await listReachLog();
      return [...new Set(log.flatMap((entry) => (entry.linkedItemId ? [entry.linkedItemId] : [])))];
    }
    case 'panel:inject':
      return injectPanel(message.platform, sender);
    case 'page:open':
      await openExtensionPage(message.page);
      return null;
  }
}

export function registerMessageHandlers(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => handleMessage(message, sender));
}
