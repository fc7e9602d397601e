import { db as sharedDb, type PorteVoixDb } from './index';
import { withStorage } from './errors';
import type { ReachEntry } from './records';
import { computeDashboard, dashboardWindowStart, type DashboardData, type DashboardOptions } from '../reach/aggregations';
import { RECENT_POSTS } from '../reach/indicators';

/**
 * The dashboard's query: reads only the charted window (by the publishedAt index) plus the few recent posts
 * the indicators need, then aggregates. Years of history are not loaded to draw half a year of charts.
 */
export function loadDashboard(
  options: Omit<DashboardOptions, 'recent' | 'totalPosts'> = {},
  database: PorteVoixDb = sharedDb,
): Promise<DashboardData> {
  const now = options.now ?? Date.now();
  const since = dashboardWindowStart({ ...options, now });
  return withStorage(() =>
    database.transaction('r', database.reachLog, async () => {
      const [windowed, latest, latestWithShare, totalPosts] = await Promise.all([
        database.reachLog.where('publishedAt').aboveOrEqual(since).toArray(),
        database.reachLog.orderBy('publishedAt').reverse().limit(RECENT_POSTS).toArray(),
        database.reachLog
          .orderBy('publishedAt')
          .reverse()
          .filter((entry) => entry.metrics?.colleagueShare !== undefined)
          .limit(RECENT_POSTS)
          .toArray(),
        database.reachLog.count(),
      ]);
      const recent = new Map<number, ReachEntry>();
      for (const entry of [...latest, ...latestWithShare]) recent.set(entry.id, entry);
      return computeDashboard(windowed, { ...options, now, recent: [...recent.values()], totalPosts });
    }),
  );
}

/** The newest `limit` log rows (the log list pages through them). */
export function listRecentReach(limit: number, database: PorteVoixDb = sharedDb): Promise<ReachEntry[]> {
  return withStorage(() => database.reachLog.orderBy('publishedAt').reverse().limit(limit).toArray());
}
