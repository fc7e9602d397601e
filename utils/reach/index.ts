/** Pure reach analytics for the dashboard: no Dexie, no DOM; importable from Node benches. */
export { computeDashboard, dashboardWindowStart, type DashboardData, type DashboardOptions, type HashtagSeries } from './aggregations';
export {
  adviceFor,
  echoChamber,
  editorialDiversity,
  newest,
  ECHO_MIN_POSTS,
  ECHO_THRESHOLD,
  RECENT_POSTS,
  type Advice,
  type AdviceId,
} from './indicators';
export { bucketIndex, endOfMonth, endOfWeek, lastMonths, lastWeeks, startOfMonth, startOfWeek } from './calendar';
export { countLength, extractHashtags } from './text-features';
export { parseCount, parsePercentShare, type ParseResult } from './parse-count';
export {
  EDITORIAL_KINDS,
  type EditorialKind,
  type ReachMetrics,
  type ReachPoint,
} from './types';
