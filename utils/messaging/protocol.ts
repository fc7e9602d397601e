import { STORAGE_ERROR_MESSAGE_KEYS } from '../db/errors';
import type { FeedState } from '../db/records';
import type { FeedItem } from '../feed/feed-item';
import type { MergedPolicy } from '../policy/merge-policies';
import type { Messages } from '../i18n/translate';
import type { Settings } from '../settings/settings-schema';
import type { RankedItem } from '../feed/rank-items';
import type { DraftInput, Message, MessageType, PublishInput, SuggestRequest } from './schema';

// What each message to the background answers. Zod-free at run time (types only from schema.ts): the panel bundle
// sends messages without carrying zod (issue 12); the background validates them.

export type { DraftInput, Message, MessageType, PublishInput, SuggestRequest };

/** A draft the panel may offer to restore. */
export interface RestorableDraft {
  id: string;
  text: string;
  updatedAt: number;
  dismissedFindings?: string[];
}

/** What the background did with a draft: `saved: false` when the database kept a newer or final row instead. */
export interface SaveDraftReply {
  saved: boolean;
}

/** The company feed as last read: its items and the state of its last refresh. */
export interface FeedSnapshot {
  url: string;
  items: FeedItem[];
  state: FeedState | null;
}

/** The reply of every message: the handler must return it, the caller receives it. */
export interface Replies {
  'draft:save': SaveDraftReply;
  'draft:restorable': RestorableDraft | null;
  'draft:discard': null;
  'publish:record': null;
  'feed:get': FeedSnapshot;
  'feed:refresh': FeedSnapshot;
  'feed:suggest': RankedItem[];
  'settings:get': Settings;
  'policy:get': MergedPolicy;
  'i18n:messages': Messages;
  'panel:inject': null;
}

export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/** What every handler answers: data, or an error the UI can show as is (a locale key). */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: { kind: string; messageKey: string; detail?: string } };

/**
 * Every locale key a reply's error may carry, whatever the handler. Naming them here keeps their strings in the
 * panel bundle (which keeps only the keys its own modules name), and `request` shows any other key as err_unknown:
 * a page shows a sentence, never a key.
 */
export const REPLY_ERROR_KEYS: ReadonlySet<string> = new Set(['err_invalid_message', 'err_unknown', ...Object.values(STORAGE_ERROR_MESSAGE_KEYS)]);

export class MessagingError extends Error {
  constructor(
    readonly kind: string,
    readonly messageKey: string,
    detail?: string,
  ) {
    super(detail ?? messageKey);
    this.name = 'MessagingError';
  }
}

export type Send = (message: Message) => Promise<unknown>;

// A stopped MV3 service worker is restarted by the next message; while it starts, Chromium may answer
// "Receiving end does not exist". Retry those few times; an invalidated context (extension updated) is final.
const TRANSIENT = /Receiving end does not exist|Could not establish connection|message port closed/i;

/** Sends a message to the background and unwraps its reply, retrying while the worker restarts. */
export async function request<M extends Message>(
  send: Send,
  message: M,
  { retries = 3, delayMs = 150 } = {},
): Promise<Replies[M['type']]> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = (await send(message)) as Reply<Replies[M['type']]> | undefined;
      if (!reply) throw new MessagingError('no-reply', 'err_background_unavailable');
      if (!reply.ok) {
        const { kind, messageKey, detail } = reply.error;
        throw new MessagingError(kind, REPLY_ERROR_KEYS.has(messageKey) ? messageKey : 'err_unknown', detail ?? messageKey);
      }
      return reply.data;
    } catch (error) {
      if (error instanceof MessagingError) throw error;
      const text = error instanceof Error ? error.message : String(error);
      if (/context invalidated/i.test(text)) throw new MessagingError('invalidated', 'err_extension_reloaded', text);
      if (!TRANSIENT.test(text) || attempt >= retries) {
        throw new MessagingError('unavailable', 'err_background_unavailable', text);
      }
      await new Promise((resolve) => setTimeout(resolve, delayMs * (attempt + 1)));
    }
  }
}
