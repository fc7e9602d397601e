import { z } from 'zod';
import { ComposerKindSchema, EpochMsSchema, PlatformSchema, SaveDraftInputSchema } from '../db/records';
import { LOCALES } from '../i18n/translate';
import { MAX_TEXT_CHARS } from '../platform';

// The messages content scripts and extension pages send to the background, which owns Dexie and validates every
// one of them here before any work. What each message answers is in protocol.ts (zod-free: the panel bundle
// imports only that, issue 12).

/**
 * A composer's draft as the content script knows it: the row saveDraft takes, without what only the background
 * decides (status, createdAt), with any page URL (the background keeps http(s) ones only).
 */
export const DraftInputSchema = SaveDraftInputSchema.omit({ status: true, createdAt: true }).extend({
  url: z.string().max(2048),
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
  text: z.string().max(MAX_TEXT_CHARS),
  linkedItemId: z.string().optional(),
  personalVoice: z.boolean().nullable(),
  publishedAt: EpochMsSchema,
});
export type PublishInput = z.infer<typeof PublishInputSchema>;

/** What the panel asks suggestions for: the draft and the person's preferences, at the panel's clock. */
export const SuggestRequestSchema = z.object({
  draft: z.string().max(MAX_TEXT_CHARS),
  interests: z.array(z.string().max(200)).max(200),
  locale: z.enum(LOCALES),
  /** The item the draft already shares: neither it nor its translation is suggested. */
  linkedItemId: z.string().max(2048).nullable(),
  /** The panel's clock (the e2e build can move it): embargoes and expiry are judged at this time. */
  now: EpochMsSchema,
});
export type SuggestRequest = z.infer<typeof SuggestRequestSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('draft:save'), draft: DraftInputSchema }),
  z.object({ type: z.literal('draft:restorable'), platform: PlatformSchema, composerKind: ComposerKindSchema }),
  z.object({ type: z.literal('draft:discard'), id: z.string() }),
  z.object({ type: z.literal('publish:record'), entry: PublishInputSchema }),
  z.object({ type: z.literal('feed:get') }),
  z.object({ type: z.literal('feed:refresh') }),
  // The company items to suggest for a draft: ranked here, over one index for every tab (issue 12).
  z.object({ type: z.literal('feed:suggest'), request: SuggestRequestSchema }),
  // The panel's settings and company policy, validated here so that zod stays out of the panel bundle (issue 12).
  z.object({ type: z.literal('settings:get') }),
  z.object({ type: z.literal('policy:get') }),
  // The strings of a UI language other than English: the panel bundle carries English only (issue 12).
  z.object({ type: z.literal('i18n:messages'), locale: z.enum(LOCALES) }),
  // From the watcher content script, which sends it without zod: validated here only.
  z.object({ type: z.literal('panel:inject'), platform: PlatformSchema }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
