// Dashboard: read the whole reach log with Dexie and compute every aggregation, on 10,000 entries.
// Runs in Node on fake-indexeddb (a pure-JS IndexedDB, slower than the browser's), so real pages are faster.
// Prints numbers only.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { createDb } from '../utils/db/index.ts';
import { listReachLog } from '../utils/db/reach-log.ts';
import type { ReachEntry } from '../utils/db/records.ts';
import { computeDashboard } from '../utils/reach/aggregations.ts';
import { loadDashboard } from '../utils/db/dashboard.ts';

const ENTRIES = 10_000;
const RUNS = 15;
const TAGS = ['ai', 'climate', 'energy', 'hiring', 'design', 'security', 'data', 'cloud', 'research', 'events', 'culture', 'health'];
const KINDS = ['own', 'company', 'company_with_take'] as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

// Deterministic pseudo-random numbers so runs compare.
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);

const now = Date.UTC(2026, 10, 27, 12);
const rows: Omit<ReachEntry, 'id'>[] = Array.from({ length: ENTRIES }, (_, index) => {
  const tagCount = Math.floor(random() * 4);
  const hashtags = Array.from({ length: tagCount }, () => TAGS[Math.floor(random() * TAGS.length)] as string);
  const text = `Post ${index}: news about our work ${hashtags.map((tag) => `#${tag}`).join(' ')}`;
  return {
    platform: random() < 0.6 ? 'linkedin' : 'x',
    publishedAt: now - Math.floor(random() * 3 * 365 * 86_400_000),
    text,
    hashtags,
    personalVoice: random() < 0.5,
    length: text.length,
    kind: KINDS[Math.floor(random() * KINDS.length)] as ReachEntry['kind'],
    ...(random() < 0.7
      ? {
          metrics: {
            impressions: Math.floor(random() * 20_000),
            reactions: Math.floor(random() * 300),
            comments: Math.floor(random() * 40),
            reposts: Math.floor(random() * 20),
            colleagueShare: Math.round(random() * 100) / 100,
          },
          metricsUpdatedAt: now,
        }
      : {}),
  };
});

const database = createDb('bench-dashboard');
await database.delete();
await database.open();
const seedStart = performance.now();
await database.reachLog.bulkAdd(rows);
const seedMs = performance.now() - seedStart;

const readTimes: number[] = [];
const aggregateTimes: number[] = [];
const totalTimes: number[] = [];
let checksum = 0;
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  const entries = await listReachLog(database);
  const read = performance.now();
  const data = computeDashboard(entries, { now, weeks: 26, months: 12 });
  const end = performance.now();
  checksum += data.totals.impressions + data.advice.length;
  readTimes.push(read - start);
  aggregateTimes.push(end - read);
  totalTimes.push(end - start);
}
// What the dashboard actually runs: the charted window by index + recent posts for the indicators.
const dashboardTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  const data = await loadDashboard({ now, weeks: 26, months: 12 }, database);
  dashboardTimes.push(performance.now() - start);
  checksum += data.totals.postsInWindow;
}
// A second aggregation-only pass over a full window (3 years of weekly buckets).
const entries = await listReachLog(database);
const wideTimes: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const start = performance.now();
  computeDashboard(entries, { now, weeks: 156, months: 36 });
  wideTimes.push(performance.now() - start);
}
database.close();
await database.delete();

const require = createRequire(import.meta.url);
const uplotDir = require.resolve('uplot').replace(/dist\/[^/]+$/, 'dist/');
const uplotMin = readFileSync(`${uplotDir}uPlot.iife.min.js`);
const uplotCss = readFileSync(`${uplotDir}uPlot.min.css`);

console.log(`entries                              ${ENTRIES}`);
console.log(`seed (bulkAdd) ms                    ${seedMs.toFixed(1)}`);
console.log(`median read reachLog ms              ${median(readTimes).toFixed(2)}`);
console.log(`median aggregate ms (26 w, 12 m)     ${median(aggregateTimes).toFixed(2)}`);
console.log(`median read all + aggregate ms       ${median(totalTimes).toFixed(2)}  (whole log; target < 100)`);
console.log(`median loadDashboard ms              ${median(dashboardTimes).toFixed(2)}  (12-month window of 3 years + recent; target < 100)`);
console.log(`median aggregate ms (156 w, 36 m)    ${median(wideTimes).toFixed(2)}`);
console.log(`uPlot.iife.min.js bytes              ${uplotMin.length}`);
console.log(`uPlot.iife.min.js gzip bytes         ${gzipSync(uplotMin, { level: 9 }).length}`);
console.log(`uPlot.min.css gzip bytes             ${gzipSync(uplotCss, { level: 9 }).length}`);
console.log(`checksum                             ${checksum}`);
