#!/usr/bin/env node
// `npm run test:e2e`: build the fixture pages, build the extension (wxt build, chrome-mv3), then
// run the end-to-end tests (tests/e2e/**/*.e2e.test.ts) in Chromium. Extra args go to vitest,
// e.g. `npm run test:e2e -- tests/e2e/fixtures.e2e.test.ts -t "SDUI"`.
// Own flags: --no-build (skip `wxt build`, reuse .output/chrome-mv3).
// Env: PV_EXTENSION_PATH (extension folder), PV_PROBE=1 (also run the ~4 min insertion probe),
//      CHROMIUM_PATH (default /usr/bin/chromium).
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
if (!noBuild && !process.env.PV_EXTENSION_PATH) run('npx', ['wxt', 'build'], 'wxt build');
run('npx', ['vitest', 'run', '--config', 'tests/e2e/vitest.config.ts', ...passThrough], 'e2e tests');
