/** What the aggregations read from a reach-log row: structurally a subset of utils/db ReachEntry, so this folder stays free of Dexie. */
import { PLATFORMS, type Platform } from '../platform';

export type ReachPlatform = Platform;
export type EditorialKind = 'own' | 'company' | 'company_with_take';

export const REACH_PLATFORMS = PLATFORMS;
export const EDITORIAL_KINDS = ['own', 'company', 'company_with_take'] as const satisfies readonly EditorialKind[];

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
  platform: ReachPlatform;
  /** Epoch ms. */
  publishedAt: number;
  kind: EditorialKind;
  hashtags: readonly string[];
  metrics?: ReachMetrics | undefined;
}
