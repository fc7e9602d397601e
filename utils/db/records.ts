import { z } from 'zod';
import { FeedItemSchema, HttpUrlSchema } from '../feed/feed-item';
import { COMPOSER_KINDS } from '../composer-kind';
import { MAX_TEXT_CHARS, PLATFORMS } from '../platform';
import { EDITORIAL_KINDS, type EditorialKind } from '../reach/types';

/**
 * Zod schemas of every row Porte-Voix keeps in IndexedDB; row types are inferred from them.
 * Rows are validated when written, when imported and when read from an older version.
 * Times are epoch milliseconds (numbers index and compare fast); feed dates stay ISO strings as the feed gives them.
 */

export const PlatformSchema = z.enum(PLATFORMS);

/** The largest time a JavaScript Date can hold (±8.64e15 ms, 100,000,000 days around 1970). */
export const MAX_EPOCH_MS = 8.64e15;

/**
 * Epoch milliseconds that a Date can hold: an imported or skewed value beyond it made every date
 * formatting throw (issue 10). NaN and infinities are refused too.
 */
export const EpochMsSchema = z.number().int().nonnegative().max(MAX_EPOCH_MS);

/** Where a draft was typed. */
export const ComposerKindSchema = z.enum(COMPOSER_KINDS);

export const DraftStatusSchema = z.enum(['open', 'published', 'discarded']);
export type DraftStatus = z.infer<typeof DraftStatusSchema>;

export const DraftSchema = z.object({
  /** Made by the content script, one per composer instance (crypto.randomUUID()), so two tabs never share a row. */
  id: z.string().min(1).max(100),
  platform: PlatformSchema,
  composerKind: ComposerKindSchema,
  /** Page the composer was on; "" when unknown. */
  url: z.union([HttpUrlSchema, z.literal('')]),
  text: z.string().max(MAX_TEXT_CHARS),
  /** FeedItem.id the draft shares, if any. */
  linkedItemId: z.string().min(1).optional(),
  createdAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
  status: DraftStatusSchema,
  /** Finding ids the person chose to ignore in this draft. */
  dismissedFindings: z.array(z.string().max(200)).max(1000),
});
export type Draft = z.infer<typeof DraftSchema>;

/** What saveDraft accepts: status and dismissed findings default, createdAt defaults to the first save. */
export const SaveDraftInputSchema = DraftSchema.extend({
  createdAt: EpochMsSchema.optional(),
  status: DraftStatusSchema.default('open'),
  dismissedFindings: DraftSchema.shape.dismissedFindings.default([]),
});
export type SaveDraftInput = z.input<typeof SaveDraftInputSchema>;

const CountSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** Reach numbers the person copies from the platform's analytics. */
export const MetricsSchema = z.object({
  impressions: CountSchema,
  reactions: CountSchema,
  comments: CountSchema,
  reposts: CountSchema,
  /** Share of reactions from colleagues, 0..1; optional because not every analytics view shows it. */
  colleagueShare: z.number().min(0).max(1).optional(),
});
export type Metrics = z.infer<typeof MetricsSchema>;

/**
 * Reach numbers as a log row keeps them. Those read from the platforms' own exports may lack some counts
 * (LinkedIn's creator analytics gives impressions and engagements, not reactions); a count the source did not give
 * stays absent rather than becoming 0. Hand-entered numbers (MetricsSchema) always fill the four counts.
 */
export const StoredMetricsSchema = z
  .object({
    impressions: CountSchema.optional(),
    reactions: CountSchema.optional(),
    comments: CountSchema.optional(),
    reposts: CountSchema.optional(),
    /** Everything together, as LinkedIn and X count "engagements"; only from an export. */
    engagements: CountSchema.optional(),
    colleagueShare: MetricsSchema.shape.colleagueShare,
  })
  .refine((metrics) => Object.values(metrics).some((value) => value !== undefined), { message: 'At least one count' });
export type StoredMetrics = z.infer<typeof StoredMetricsSchema>;

export const EditorialKindSchema = z.enum(EDITORIAL_KINDS);

/** How many hashtags a log row keeps, and how long each may be. */
export const MAX_HASHTAGS = 500;
export const MAX_HASHTAG_LENGTH = 200;

export const ReachEntrySchema = z.object({
  id: z.number().int().positive(),
  draftId: z.string().min(1).max(100).optional(),
  platform: PlatformSchema,
  publishedAt: EpochMsSchema,
  text: z.string().max(MAX_TEXT_CHARS),
  linkedItemId: z.string().min(1).optional(),
  /** Hashtags without "#", as written. */
  hashtags: z.array(z.string().min(1).max(MAX_HASHTAG_LENGTH)).max(MAX_HASHTAGS),
  /** Whether the text carried a personal opinion; null when unknown (rows older than the voice check). */
  personalVoice: z.boolean().nullable(),
  /** Length in code points. */
  length: z.number().int().nonnegative(),
  kind: EditorialKindSchema,
  metrics: StoredMetricsSchema.optional(),
  metricsUpdatedAt: EpochMsSchema.optional(),
  /** Link to the published post, when known (read from a platform export); matches later imports to this row. */
  postUrl: HttpUrlSchema.optional(),
});
export type ReachEntry = z.infer<typeof ReachEntrySchema>;

/**
 * What recordPublish accepts: hashtags and length are computed from the text when absent, and the editorial kind
 * is inferred when absent (see editorialKindOf). Unknown keys (e.g. composerKind, url of the publish message) are dropped.
 */
export const NewReachEntrySchema = ReachEntrySchema.omit({ id: true }).extend({
  kind: EditorialKindSchema.optional(),
  publishedAt: EpochMsSchema.optional(),
  hashtags: ReachEntrySchema.shape.hashtags.optional(),
  personalVoice: z.boolean().nullable().default(null),
  length: z.number().int().nonnegative().optional(),
});
export type NewReachEntry = z.input<typeof NewReachEntrySchema>;

/**
 * A post that shares a company item is company content; with a personal opinion detected, it is company news with a take.
 * Anything else is the person's own content.
 */
export function editorialKindOf(entry: { linkedItemId?: string | undefined; personalVoice?: boolean | null | undefined }): EditorialKind {
  if (!entry.linkedItemId) return 'own';
  return entry.personalVoice ? 'company_with_take' : 'company';
}

/** A feed item as cached: the feed's item plus when it was fetched. */
export const StoredFeedItemSchema = FeedItemSchema.extend({ fetchedAt: EpochMsSchema });
export type StoredFeedItem = z.infer<typeof StoredFeedItemSchema>;

/** One row per feed URL: HTTP validators for conditional requests and the health of the last fetches. */
export const FeedStateSchema = z.object({
  url: z.string().min(1),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** Last time a fetch gave a valid feed (its items are the cached copy). */
  lastGoodAt: EpochMsSchema.optional(),
  /** Last fetch error, as a locale key or short code; cleared by a good fetch. */
  lastError: z.string().max(500).optional(),
  lastErrorAt: EpochMsSchema.optional(),
  itemCount: z.number().int().nonnegative(),
});
export type FeedState = z.infer<typeof FeedStateSchema>;
