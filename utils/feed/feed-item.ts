import { z } from 'zod';

/** Only http(s) links are ever opened or inserted. */
export const HttpUrlSchema = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), { message: 'Only http(s) URLs are allowed' });

/** One company news item, whatever the source format (JSON Feed 1.1, RSS 2.0, Atom 1.0). Text only: never HTML. */
export const FeedItemSchema = z.object({
  /** Stable id: the feed's own id/guid, else the URL. */
  id: z.string().min(1),
  title: z.string(),
  /** http(s) link to the item; empty string when the feed gives none. */
  url: z.union([HttpUrlSchema, z.literal('')]),
  /** Plain-text summary (HTML stripped), capped in length. */
  summary: z.string(),
  image: HttpUrlSchema.optional(),
  /** ISO 8601 date-time, when the feed gives one. */
  published: z.string().datetime({ offset: true }).optional(),
  tags: z.array(z.string()),
  /** BCP 47 tag such as "fr" or "en-GB", when known. */
  language: z.string().optional(),
  /** A caption the company suggests, quoted as the company's words when inserted. */
  suggestedCaption: z.string().optional(),
  /** ISO 8601: before this moment the item is under embargo (not suggested, not shareable, flagged if quoted). */
  embargoUntil: z.string().datetime({ offset: true }).optional(),
  /** ISO 8601: from this moment the item is out of date and leaves suggestions and the popup. */
  expires: z.string().datetime({ offset: true }).optional(),
  /** The feed URL it came from. */
  source: z.string(),
});
export type FeedItem = z.infer<typeof FeedItemSchema>;
