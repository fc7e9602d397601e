// Page-load cost of the extension where nobody writes: the LinkedIn feed and X home fixtures, loaded without
// opening or focusing a composer, in Chromium with and without the extension in the same run (loads alternate).
// Per load, a CDP trace from navigation to the load event + 5 s on the page's renderer main thread:
//   extension main-thread time = top-level trace slices whose script URL is chrome-extension:// (evaluation,
//   compile, function calls: timers, observers and listeners the content scripts registered), nested slices once;
//   page main-thread busy = all top-level tasks (RunTask) of the main thread, for the with/without comparison.
// Prints medians of N loads (default 10) next to the goal; never asserts.
//   node --import tsx bench/page-load.bench.ts [loads]        PV_EXTENSION_PATH=<unpacked dir> to measure another build
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { FIXTURES_DIST, launchWithExtension, ROOT, URLS, type Harness } from '../tests/e2e/harness.ts';
import type { TraceEvent } from './cdp-trace.ts';

const LOADS = Number(process.argv[2] ?? 10);
const AFTER_LOAD_MS = 5000;
const GOAL_MS = 5;


const SITES = [
  { name: 'LinkedIn feed', url: URLS.linkedinFeed },
  { name: 'X home', url: URLS.xHome },
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function trace(session: CDPSession, run: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (payload: { value: TraceEvent[] }) => events.push(...payload.value);
  session.on('Tracing.dataCollected', onData);
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', '__metadata'],
      excludedCategories: ['*'],
    },
  });
  await run();
  const done = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.end');
  await done;
  session.off('Tracing.dataCollected', onData);
  return events;
}

function scriptUrl(event: TraceEvent): string {
  const data = event.args?.data;
  return data?.url || data?.fileName || data?.scriptName || data?.stackTrace?.[0]?.url || '';
}

/** Extension time and total busy time on the page's renderer main thread, in ms. */
function attribute(events: TraceEvent[], startTs: number, endTs: number) {
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  // The page's renderer: the main thread that ran the navigation's scripts (others are extension pages or spare renderers).
  const busy = new Map<string, number>();
  const slices = events
    .filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`) && e.ts >= startTs && e.ts <= endTs)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  for (const e of slices) if (e.name === 'RunTask') busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const pageThread = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  let extension = 0;
  let coveredUntil = -1;
  const byUrl = new Map<string, number>();
  for (const e of slices) {
    if (`${e.pid}:${e.tid}` !== pageThread || e.name === 'RunTask') continue;
    const url = scriptUrl(e);
    if (!url.startsWith('chrome-extension://')) continue;
    if (e.ts < coveredUntil) continue; // nested inside a slice already counted
    const dur = e.dur ?? 0;
    extension += dur;
    coveredUntil = e.ts + dur;
    // By file and kind of work (compile, evaluation, function calls from listeners and timers).
    const file = `${url.replace(/^chrome-extension:\/\/[^/]+/, '')} ${e.name}`;
    byUrl.set(file, (byUrl.get(file) ?? 0) + dur);
  }
  return { extensionMs: extension / 1000, busyMs: (busy.get(pageThread ?? '') ?? 0) / 1000, byUrl };
}

async function loadOnce(h: Harness, url: string) {
  const page: Page = await h.context.newPage();
  try {
    const session = await h.context.newCDPSession(page);
    let startTs = 0;
    let endTs = 0;
    const events = await trace(session, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(AFTER_LOAD_MS);
    });
    const nav = events.filter((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser').map((e) => e.ts);
    startTs = nav.length ? Math.min(...nav) : Math.min(...events.map((e) => e.ts));
    endTs = Math.max(...events.filter((e) => e.ph === 'X').map((e) => e.ts + (e.dur ?? 0)));
    const result = attribute(events, startTs, endTs);
    // A guard: the bench must not open a composer's panel.
    const panels = await page.locator('porte-voix-panel').count();
    return { ...result, panels };
  } finally {
    await page.close();
  }
}

async function main() {
  const extensionPath = process.env.PV_EXTENSION_PATH ?? '.output/chrome-mv3';
  if (!existsSync(path.join(ROOT, extensionPath, 'manifest.json')) && !existsSync(path.join(extensionPath, 'manifest.json'))) {
    console.log('page-load: skipped (needs `npx wxt build`)');
    return;
  }
  if (!existsSync(path.join(FIXTURES_DIST, 'manifest.json'))) {
    console.log('page-load: skipped (needs `node scripts/build-fixtures.mjs`)');
    return;
  }
  const withExt = await launchWithExtension({ extensionPath });
  const without = await launchWithExtension({ extensionPath: null });
  try {
    console.log(`Page load, no composer opened: median of ${LOADS} loads, navigation → load + ${AFTER_LOAD_MS / 1000} s, Chromium ${withExt.context.browser()?.version() ?? ''} (${extensionPath})`);
    console.log('page            | extension main-thread (goal ≤ 5 ms) | page busy with ext | without ext | difference | panels');
    for (const site of SITES) {
      const ext: number[] = [];
      const busyWith: number[] = [];
      const busyWithout: number[] = [];
      const files = new Map<string, number[]>();
      let panels = 0;
      // One warm-up load each: first loads pay for the disk cache and V8's code cache.
      await loadOnce(withExt, site.url);
      await loadOnce(without, site.url);
      for (let i = 0; i < LOADS; i++) {
        const a = await loadOnce(withExt, site.url);
        const b = await loadOnce(without, site.url);
        ext.push(a.extensionMs);
        busyWith.push(a.busyMs);
        busyWithout.push(b.busyMs);
        panels = Math.max(panels, a.panels);
        for (const [file, us] of a.byUrl) files.set(file, [...(files.get(file) ?? []), us / 1000]);
      }
      const e = median(ext);
      console.log(
        `${site.name.padEnd(15)} | ${`${e.toFixed(1)} ms ${e <= GOAL_MS ? '(met)' : '(over)'}`.padEnd(35)} | ${`${median(busyWith).toFixed(0)} ms`.padStart(18)} | ${`${median(busyWithout).toFixed(0)} ms`.padStart(11)} | ${`${(median(busyWith) - median(busyWithout)).toFixed(0)} ms`.padStart(10)} | ${panels}`,
      );
      for (const [file, values] of files) console.log(`                  ${file}: ${median([...values, ...Array(LOADS - values.length).fill(0)]).toFixed(1)} ms`);
    }
  } finally {
    await withExt.close();
    await without.close();
  }
}

await main();
