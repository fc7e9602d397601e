#!/usr/bin/env node
// `npm run test:e2e`: build the fixture pages, build the extension's test builds
// (`wxt build --mode e2e` for Chromium and Firefox: production code with an open panel shadow
// root, in .output/chrome-mv3-e2e and .output/firefox-mv3-e2e) and both production builds (a test
// checks that their shadow root is closed), then run tests/e2e/**/*.e2e.test.ts.
// The shared cases (tests/e2e/shared/) run in both browsers; the others in Chromium.
// Extra args go to vitest, e.g. `npm run test:e2e -- tests/e2e/shared -t "X home"`.
// Own flags: --no-build (reuse the builds in .output/).
// Env: PV_BROWSERS=chromium|firefox|chromium,firefox (shared cases), PV_PROBE=1 (also run the
//      insertion probe), CHROMIUM_PATH (default /usr/bin/chromium), FIREFOX_PATH (/usr/bin/firefox-esr).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildFixtures } from './build-fixtures.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const noBuild = args.includes('--no-build');
const passThrough = args.filter((a) => a !== '--no-build');

const run = (cmd, cmdArgs, label) => {
  const t0 = performance.now();
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: process.env });
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`✗ ${label} failed after ${s}s (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
  console.log(`✓ ${label} in ${s}s`);
};

await buildFixtures();
if (!noBuild && !process.env.PV_EXTENSION_PATH) {
  run('npx', ['wxt', 'build', '--mode', 'e2e'], 'wxt build --mode e2e (chrome-mv3-e2e)');
  run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3', '--mode', 'e2e'], 'wxt build --mode e2e (firefox-mv3-e2e)');
  run('npx', ['wxt', 'build'], 'wxt build (chrome-mv3, production)');
  run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], 'wxt build (firefox-mv3, production)');
}
run('npx', ['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts', ...passThrough], 'e2e tests');
