// Composer mount → Porte-Voix panel visible, in real Chromium with the test build (`npx wxt build --mode e2e`:
// .output/chrome-mv3-e2e, the only one whose panel shadow root the probe can read)
// on the offline fixture pages. Prints median / p95 per composer; never asserts.
// Measured inside the page: an init-script MutationObserver stamps (performance.now()) the insertion of the
// editor, the insertion of the `porte-voix-panel` host, and the first moment its shadow root holds the rendered
// region ("Porte-Voix") with a non-empty box.
//   node --import tsx bench/mount-latency.bench.ts [mounts] [first-mounts] [--first-only]   (default 20 per composer, 10 fresh pages)
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURES_DIST, launchWithExtension, ROOT, SEL, URLS, type Harness } from '../tests/e2e/harness.ts';

const counts = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const MOUNTS = Number(counts[0] ?? 20);
/** Fresh pages per composer for the first mount of a page (issue 12: it pays for loading the panel). */
const FIRST_MOUNTS = Number(counts[1] ?? 10);
/** Only the instant-click first composers (the goal's case): for comparing two builds quickly. */
const FIRST_ONLY = process.argv.includes('--first-only');

interface Stamp {
  editor: number;
  host: number | null;
  visible: number | null;
}

/**
 * Runs in the page before its own scripts. LinkedIn's classic share box lives in an open shadow root
 * (#interop-outlet), so every open shadow root the page attaches is observed too.
 */
function installProbe({ editor, hostScope }: { editor: string; hostScope: string }) {
  const w = window as unknown as { __pvMounts: Stamp[]; __pvArm: () => void };
  w.__pvMounts = [];
  const roots: (Document | ShadowRoot)[] = [document];
  const seenEditors = new WeakSet<Element>();
  const seenHosts = new WeakSet<Element>();
  let armed = true;
  let current: Stamp | null = null;
  w.__pvArm = () => {
    armed = true;
  };
  const all = (selector: string) => roots.flatMap((root) => Array.from(root.querySelectorAll(selector)));
  const isVisible = (host: Element) => {
    const region = host.isConnected ? host.shadowRoot?.querySelector('[role="region"][aria-label="Porte-Voix"]') : null;
    if (!region) return false;
    const box = region.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const watchHost = (host: Element, stamp: Stamp) => {
    stamp.host ??= performance.now();
    const check = () => {
      if (stamp.visible === null && isVisible(host)) stamp.visible = performance.now();
      return stamp.visible !== null;
    };
    if (check()) return;
    const attach = () => {
      if (stamp.visible !== null || !host.isConnected) return;
      if (!host.shadowRoot) return void setTimeout(attach, 0);
      const inner = new MutationObserver(() => {
        if (check()) inner.disconnect();
      });
      inner.observe(host.shadowRoot, { childList: true, subtree: true, attributes: true });
      check();
    };
    attach();
  };
  const onMutations = () => {
    const t = performance.now();
    for (const found of all(editor)) {
      if (seenEditors.has(found)) continue;
      seenEditors.add(found);
      if (armed) {
        armed = false;
        current = { editor: t, host: null, visible: null };
        w.__pvMounts.push(current);
      }
    }
    if (current && current.visible === null) {
      for (const host of all(`${hostScope} porte-voix-panel`)) {
        if (seenHosts.has(host)) continue;
        seenHosts.add(host);
        watchHost(host, current);
      }
    }
  };
  const observer = new MutationObserver(onMutations);
  const observe = (root: Node) => observer.observe(root, { childList: true, subtree: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    if (init.mode === 'open') {
      roots.push(root);
      observe(root);
    }
    return root;
  };
  observe(document);
}

interface Kind {
  name: string;
  url: string;
  /** The modal's editor, relative to the document or an open shadow root. */
  editor: string;
  /** Where the panel host of that editor goes, relative to the same root. */
  hostScope: string;
  /** Playwright locator of the modal (pierces shadow roots). */
  scope: string;
  /** The site's own button that opens the composer. */
  trigger: string;
  openComposer(page: Page): Promise<void>;
  closeComposer(page: Page): Promise<void>;
}

/** How long a person's pointer rests on a button before clicking it (a deliberate, unhurried click). */
const DWELL_MS = 200;

const KINDS: Kind[] = [
  {
    name: 'X /compose/post modal (Draft.js)',
    url: URLS.xHome,
    editor: '#layers [role="dialog"] [data-testid="tweetTextarea_0"]',
    hostScope: '#layers [role="dialog"]',
    scope: SEL.xModal,
    trigger: SEL.xSideNavPost,
    openComposer: (page) => page.click(SEL.xSideNavPost),
    closeComposer: (page) => page.click(SEL.xClose),
  },
  {
    name: 'LinkedIn classic share box (Quill)',
    url: URLS.linkedinFeed,
    editor: SEL.linkedinClassicEditor,
    hostScope: SEL.linkedinClassicModal,
    scope: SEL.linkedinClassicModal,
    trigger: SEL.linkedinClassicTrigger,
    openComposer: (page) => page.click(SEL.linkedinClassicTrigger),
    closeComposer: (page) => page.mouse.click(10, 600), // backdrop click closes the modal
  },
  {
    name: 'LinkedIn 2026 share dialog (TipTap)',
    url: URLS.linkedinSduiFeed,
    editor: SEL.linkedinSduiEditor,
    hostScope: 'dialog',
    scope: 'dialog',
    trigger: SEL.linkedinSduiTrigger,
    openComposer: (page) => page.click(SEL.linkedinSduiTrigger), // the fixture ignores untrusted clicks
    closeComposer: (page) => page.click('dialog button[aria-label="Dismiss"]'),
  },
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');

async function measure(h: Harness, kind: Kind) {
  const page = await h.context.newPage();
  // tsx compiles with keepNames: functions sent to the page call esbuild's __name helper, which the page lacks.
  await page.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
  await page.addInitScript(installProbe, { editor: kind.editor, hostScope: kind.hostScope });
  await page.goto(kind.url);
  await page.waitForFunction(() => Boolean((window as { __fixture?: unknown }).__fixture), undefined, { polling: 50, timeout: 15_000 });
  const warmup = 2;
  // The page's own composers (X home's inline one) may mount first: start counting with the first modal.
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const w = window as unknown as { __pvMounts: Stamp[]; __pvArm: () => void };
    w.__pvMounts.length = 0;
    w.__pvArm();
  });
  for (let i = 0; i < MOUNTS + warmup; i++) {
    await kind.openComposer(page);
    await page.locator(`${kind.scope} porte-voix-panel`).first().waitFor({ timeout: 15_000 });
    await page.waitForFunction(
      () => {
        const list = (window as unknown as { __pvMounts: Stamp[] }).__pvMounts;
        return list.length > 0 && list[list.length - 1]!.visible !== null;
      },
      undefined,
      { polling: 20, timeout: 15_000 },
    );
    await kind.closeComposer(page);
    await page.locator(kind.editor).waitFor({ state: 'detached', timeout: 15_000 });
    await page.waitForTimeout(100);
    await page.evaluate(() => (window as unknown as { __pvArm: () => void }).__pvArm());
  }
  const stamps = (await page.evaluate(() => (window as unknown as { __pvMounts: Stamp[] }).__pvMounts)).slice(warmup);
  await page.close();
  const toHost = stamps.filter((s) => s.host !== null).map((s) => s.host! - s.editor);
  const toVisible = stamps.filter((s) => s.visible !== null).map((s) => s.visible! - s.editor);
  return { count: stamps.length, toHost, toVisible };
}

/** The first composer of a fresh page each time: whatever the panel needs to load is in the figure. */
async function measureFirst(h: Harness, kind: Kind, dwellMs = 0) {
  const toVisible: number[] = [];
  for (let i = 0; i < FIRST_MOUNTS; i++) {
    const page = await h.context.newPage();
    await page.addInitScript({ content: 'globalThis.__name ??= (target) => target;' });
    await page.addInitScript(installProbe, { editor: kind.editor, hostScope: kind.hostScope });
    await page.goto(kind.url);
    await page.waitForFunction(() => Boolean((window as { __fixture?: unknown }).__fixture), undefined, { polling: 50, timeout: 15_000 });
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const w = window as unknown as { __pvMounts: Stamp[]; __pvArm: () => void };
      w.__pvMounts.length = 0;
      w.__pvArm();
    });
    if (dwellMs > 0) {
      await page.hover(kind.trigger);
      await page.waitForTimeout(dwellMs);
    }
    await kind.openComposer(page);
    await page.waitForFunction(
      () => {
        const list = (window as unknown as { __pvMounts: Stamp[] }).__pvMounts;
        return list.length > 0 && list[0]!.visible !== null;
      },
      undefined,
      { polling: 20, timeout: 15_000 },
    );
    const stamp = (await page.evaluate(() => (window as unknown as { __pvMounts: Stamp[] }).__pvMounts))[0]!;
    toVisible.push(stamp.visible! - stamp.editor);
    await page.close();
  }
  return toVisible;
}

async function main() {
  if ((!process.env.PV_EXTENSION_PATH && !existsSync(path.join(ROOT, '.output/chrome-mv3-e2e/manifest.json'))) || !existsSync(path.join(FIXTURES_DIST, 'manifest.json'))) {
    console.log('mount-latency: skipped (needs `npx wxt build --mode e2e` and `node scripts/build-fixtures.mjs`)');
    return;
  }
  const h = await launchWithExtension();
  try {
    console.log(`Composer mount → panel, ${MOUNTS} mounts per composer after 2 warm-up mounts (Chromium ${h.context.browser()?.version() ?? ''})`);
    console.log(`First composer of a fresh page, ${FIRST_MOUNTS} pages per composer (goal: panel visible p95 ≤ 150 ms)`);
    console.log('composer                               | pages | panel visible med / p95');
    for (const kind of KINDS) {
      try {
        const first = await measureFirst(h, kind);
        const p95 = percentile(first, 95);
        console.log(`${kind.name.padEnd(38)} | ${String(first.length).padStart(5)} | ${ms(percentile(first, 50)).padStart(10)} / ${ms(p95)} ${p95 <= 150 ? '(met)' : '(over)'}`);
      } catch (error) {
        console.log(`${kind.name.padEnd(38)} | failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    if (FIRST_ONLY) return;
    // The watcher starts loading the panel when the pointer reaches the site's own "Post" / "Start a post" button:
    // a person's click comes a moment later; the instant click above is the worst case the goal is judged on.
    console.log(`\nFirst composer, the pointer resting ${DWELL_MS} ms on the site's button before the click (not the goal's case)`);
    console.log('composer                               | pages | panel visible med / p95');
    for (const kind of KINDS) {
      try {
        const first = await measureFirst(h, kind, DWELL_MS);
        console.log(`${kind.name.padEnd(38)} | ${String(first.length).padStart(5)} | ${ms(percentile(first, 50)).padStart(10)} / ${ms(percentile(first, 95))}`);
      } catch (error) {
        console.log(`${kind.name.padEnd(38)} | failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    console.log('\nLater composers on the same page (goal: panel visible p95 ≤ 100 ms)');
    console.log('composer                               | mounts | host inserted med / p95 | panel visible med / p95');
    for (const kind of KINDS) {
      try {
        const r = await measure(h, kind);
        console.log(
          `${kind.name.padEnd(38)} | ${String(r.count).padStart(6)} | ${ms(percentile(r.toHost, 50)).padStart(10)} / ${ms(percentile(r.toHost, 95)).padEnd(10)} | ${ms(percentile(r.toVisible, 50)).padStart(10)} / ${ms(percentile(r.toVisible, 95))} ${percentile(r.toVisible, 95) <= 100 ? '(met)' : '(over)'}`,
        );
      } catch (error) {
        console.log(`${kind.name.padEnd(38)} | failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
    if (h.blockedRequests.length) console.log(`(blocked requests: ${h.blockedRequests.join(', ')})`);
  } finally {
    await h.close();
  }
}

await main();
