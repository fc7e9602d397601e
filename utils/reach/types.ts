/** What the aggregations read from a reach-log row: structurally a subset of utils/db ReachEntry, so this folder stays free of Dexie. */
import type { Platform } from '../platform';

/** own: the person's own content; company: company news shared as is; company_with_take: company news with the person's view. */
export const EDITORIAL_KINDS = ['own', 'company', 'company_with_take'] as const;
export type EditorialKind = (typeof EDITORIAL_KINDS)[number];

/** Counts read from an export may be partial (see utils/db StoredMetricsSchema). */
export interface ReachMetrics {
  impressions?: number | undefined;
  reactions?: number | undefined;
  comments?: number | undefined;
  reposts?: number | undefined;
  engagements?: number | undefined;
  /** Share of reactions that came from colleagues, 0..1; absent when the person did not enter it. */
  colleagueShare?: number | undefined;
}

export interface ReachPoint {
  platform: Platform;
  /** Epoch ms. */
  publishedAt: number;
  kind: EditorialKind;
  hashtags: readonly string[];
  metrics?: ReachMetrics | undefined;
}
