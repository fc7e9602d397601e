import { z } from 'zod';
import { EpochMsSchema } from './db/records';

// The one protocol between content scripts / extension pages and the background, which owns Dexie.
// Every message is validated by the background before any work.

const PlatformSchema = z.enum(['linkedin', 'x']);
const ComposerKindSchema = z.enum(['post', 'comment', 'reply']);

/** A composer's draft as the content script knows it; the id is made per composer instance. */
export const DraftInputSchema = z.object({
  id: z.string().min(1).max(100),
  platform: PlatformSchema,
  composerKind: ComposerKindSchema,
  url: z.string().max(2048),
  text: z.string().max(100_000),
  linkedItemId: z.string().optional(),
  /** Findings the person marked "Not a secret" in this draft (category and flagged words). */
  dismissedFindings: z.array(z.string().max(200)).max(1000).default([]),
  updatedAt: EpochMsSchema,
  /** A restored draft's first save names the row it takes over; the background retires that row (issue 10). */
  replaces: z.string().min(1).max(100).optional(),
});
export type DraftInput = z.infer<typeof DraftInputSchema>;

export const PublishInputSchema = z.object({
  draftId: z.string().optional(),
  /** The drafts of an X thread's later parts: published with the first part, in the same step. */
  partDraftIds: z.array(z.string().min(1).max(100)).max(100).optional(),
  platform: PlatformSchema,
  composerKind: ComposerKindSchema,
  url: z.string().max(2048),
  text: z.string().max(100_000),
  linkedItemId: z.string().optional(),
  personalVoice: z.boolean().nullable(),
  publishedAt: EpochMsSchema,
});
export type PublishInput = z.infer<typeof PublishInputSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('draft:save'), draft: DraftInputSchema }),
  z.object({ type: z.literal('draft:restorable'), platform: PlatformSchema, composerKind: ComposerKindSchema }),
  z.object({ type: z.literal('draft:discard'), id: z.string() }),
  z.object({ type: z.literal('publish:record'), entry: PublishInputSchema }),
  z.object({ type: z.literal('feed:get') }),
  z.object({ type: z.literal('feed:refresh') }),
  z.object({ type: z.literal('reach:shared-item-ids') }),
  // From the watcher content script, which sends it without zod: validated here only.
  z.object({ type: z.literal('panel:inject'), platform: PlatformSchema }),
  z.object({ type: z.literal('page:open'), page: z.enum(['dashboard', 'settings', 'onboarding', 'drafts']) }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];

/** What every handler answers: data, or an error the UI can show as is (a locale key). */
export type Reply<T> = { ok: true; data: T } | { ok: false, error: { kind: string; messageKey: string; detail?: string } };

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

type Send = (message: Message) => Promise<unknown>;

// A stopped MV3 service worker is restarted by the next message; while it starts, Chromium may answer
// "Receiving end does not exist". Retry those few times; an invalidated context (extension updated) is final.
const TRANSIENT = /Receiving end does not exist|Could not establish connection|message port closed/i;

/** Sends a message to the background and unwraps its Reply, retrying while the worker restarts. */
export async function request<T>(send: Send, message: Message, { retries = 3, delayMs = 150 } = {}): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = (await send(message)) as Reply<T> | undefined;
      if (!reply) throw new MessagingError('no-reply', 'err_background_unavailable');
      if (!reply.ok) throw new MessagingError(reply.error.kind, reply.error.messageKey, reply.error.detail);
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
