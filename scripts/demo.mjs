#!/usr/bin/env node
// `npm run demo`: offline playground. Builds the fixture pages and the extension, then opens
// Chromium with the extension on the fixture pages served at the real LinkedIn / X URLs
// (nothing reaches the network).
// - $DISPLAY set: HEADED; opens the playground index plus LinkedIn and X tabs and keeps running
//   until the browser window is closed.
// - otherwise HEADLESS: opens each composer, waits a few seconds for `porte-voix-panel`
//   (not failing when it is absent), writes screenshots/<scenario>.png, exits 0.
// Own flags: --no-build (reuse .output/chrome-mv3), --headless (force headless),
//   --browser firefox (Debian's Firefox ESR with the Firefox MV3 build, through puppeteer-core).
import { mkdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';
import { buildFixtures } from './build-fixtures.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const headed = Boolean(process.env.DISPLAY) && !args.includes('--headless');
const browserArg = args.includes('--browser') ? args[args.indexOf('--browser') + 1] : 'chromium';
const firefox = browserArg === 'firefox';
if (!['chromium', 'chrome', 'firefox'].includes(browserArg)) {
  console.error(`demo: --browser must be chromium or firefox, not ${browserArg}`);
  process.exit(2);
}

await buildFixtures();
if (!args.includes('--no-build') && !process.env.PV_EXTENSION_PATH) {
  const r = spawnSync('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox', '--mv3'] : [])], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

register();
if (firefox) {
  const { runFirefoxDemo } = await import('./demo-firefox.ts');
  await runFirefoxDemo({ headed, outDir: path.join(root, 'screenshots') });
  process.exit(0);
}
const { launchWithExtension, URLS, SEL } = await import('../tests/e2e/harness.ts');

const h = await launchWithExtension({ headless: !headed, viewport: headed ? null : { width: 1280, height: 900 } });
console.log(`extension ${h.extensionId} loaded (${headed ? 'headed' : 'headless'})`);

if (headed) {
  const first = await h.open(URLS.playground);
  await h.open(URLS.linkedinFeed);
  await h.open(URLS.xHome);
  await first.bringToFront();
  console.log('Playground open. Close the browser window to quit.');
  await new Promise((resolve) => h.context.on('close', resolve));
  console.log(`blocked requests: ${h.blockedRequests.length ? h.blockedRequests.join(', ') : 'none'}`);
  process.exit(0);
}

const outDir = path.join(root, 'screenshots');
await mkdir(outDir, { recursive: true });

/** @type {[string, string, (page: import('playwright-core').Page) => Promise<void>][]} */
const scenarios = [
  ['playground', URLS.playground, async () => {}],
  ['linkedin-classic-share', URLS.linkedinFeed, async (p) => {
    await p.click(SEL.linkedinClassicTrigger);
    await p.locator(SEL.linkedinClassicEditor).click();
  }],
  ['linkedin-classic-comment', URLS.linkedinFeed, (p) => p.locator(SEL.linkedinClassicCommentEditor).click()],
  ['linkedin-sdui-share', URLS.linkedinSharingCompose, (p) => p.locator(SEL.linkedinSduiEditor).click()],
  ['linkedin-sdui-comment', URLS.linkedinSduiFeed, (p) => p.locator(SEL.linkedinSduiCommentEditor).click()],
  ['x-home', URLS.xHome, (p) => p.locator(SEL.xHomeEditor).click()],
  ['x-compose-thread', URLS.xCompose, async (p) => {
    await p.locator(SEL.xModalEditor(0)).click();
    await p.click(SEL.xAddButton);
  }],
  ['x-reply', URLS.xStatus, (p) => p.click(SEL.xReplyPlaceholder)],
];

for (const [name, url, act] of scenarios) {
  const page = await h.open(url);
  try {
    await act(page);
    const panel = await page
      .locator('porte-voix-panel')
      .first()
      .waitFor({ state: 'attached', timeout: 4000 })
      .then(() => true, () => false);
    await page.waitForTimeout(300);
    const file = path.join(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`${name}: ${panel ? 'panel present' : 'no porte-voix-panel (yet)'} -> ${path.relative(root, file)}`);
  } catch (e) {
    console.warn(`${name}: ${String(e).split('\n')[0]}`);
  } finally {
    await page.close();
  }
}
console.log(`blocked requests: ${h.blockedRequests.length ? h.blockedRequests.join(', ') : 'none'}`);
await h.close();
process.exit(0);
