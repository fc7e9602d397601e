// `npm run demo -- --browser firefox`: the offline playground in Debian's Firefox ESR with the
// Firefox MV3 build (production), through the same driver as the shared e2e cases.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchSession } from '../tests/e2e/driver';
import { ROOT, SEL, URLS } from '../tests/e2e/harness';
import type { Page } from 'puppeteer-core';

const scenarios: [string, string, (page: Page) => Promise<unknown>][] = [
  ['linkedin-classic-share', URLS.linkedinFeed, (p) => p.click(SEL.linkedinClassicTrigger)],
  ['linkedin-sdui-share', URLS.linkedinSharingCompose, async () => {}],
  ['x-home', URLS.xHome, (p) => p.click(SEL.xHomeEditor)],
  ['x-reply', URLS.xStatus, (p) => p.click(SEL.xReplyPlaceholder)],
];

export async function runFirefoxDemo({ headed, outDir }: { headed: boolean; outDir: string }): Promise<void> {
  const session = await launchSession('firefox', { extensionPath: path.join(ROOT, '.output/firefox-mv3'), headless: !headed });
  console.log(`Firefox with the extension (${headed ? 'headed' : 'headless'})`);
  if (headed) {
    await session.open(URLS.playground);
    await session.open(URLS.linkedinFeed);
    await session.open(URLS.xHome);
    console.log('Playground open. Close the browser window to quit.');
    await new Promise((resolve) => session.browser.on('disconnected', resolve));
    return;
  }
  await mkdir(outDir, { recursive: true });
  for (const [name, url, act] of scenarios) {
    const page = await session.open(url);
    try {
      await act(page);
      const panel = await page.waitForSelector('porte-voix-panel', { timeout: 4000 }).then(() => true, () => false);
      await new Promise((resolve) => setTimeout(resolve, 1200)); // LinkedIn 2026 replaces its dialog after 0.5 s
      const file = path.join(outDir, `firefox-${name}.png`) as `${string}.png`;
      await page.screenshot({ path: file });
      console.log(`${name}: ${panel ? 'panel present' : 'no porte-voix-panel (yet)'} -> ${path.relative(ROOT, file)}`);
    } catch (error) {
      console.warn(`${name}: ${String(error).split('\n')[0]}`);
    } finally {
      await page.close();
    }
  }
  console.log(`blocked requests: ${session.blockedRequests.length ? session.blockedRequests.join(', ') : 'none'}`);
  await session.close();
}
