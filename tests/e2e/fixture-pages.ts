// What answers a request at a real LinkedIn / X URL in the end-to-end tests: the offline fixture
// pages built by scripts/build-fixtures.mjs, their assets, or the answers a test registered. The
// Playwright harness (Chromium) and the puppeteer driver (Chromium and Firefox) both route through
// here, so a fixture page is served the same way whichever browser loads it.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

const FIXTURE_ASSET = /^https:\/\/(?:www\.linkedin\.com|x\.com)\/__fixtures__\/([A-Za-z0-9._-]+)(?:[?#].*)?$/;
const FIXTURE_SITE = /^https:\/\/(?:www\.linkedin\.com|x\.com)\//;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

interface FixtureManifest {
  routes: { pattern: string; file: string }[];
}

export interface FixtureAnswer {
  status: number;
  body: Buffer | string;
  contentType: string;
}

export interface FixturePages {
  /** Whether `url` is one of the fixture pages (not an asset): a test waits for its app to start. */
  isPage(url: string): boolean;
  /** The fixture file that answers `url` (a 404 for the sites' favicons), or undefined: the request is not ours. */
  answer(url: string): Promise<FixtureAnswer | undefined>;
}

/** Reads the fixture build in `dist` (its manifest maps URL patterns to page files). */
export async function loadFixturePages(dist: string): Promise<FixturePages> {
  const manifestFile = path.join(dist, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: run \`node scripts/build-fixtures.mjs\` first`);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as FixtureManifest;
  const routes = manifest.routes.map((route) => ({ re: new RegExp(route.pattern), file: route.file }));
  return {
    isPage: (url) => routes.some((route) => route.re.test(url)),
    async answer(url) {
      const asset = FIXTURE_ASSET.exec(url);
      if (asset) {
        const file = path.join(dist, asset[1]!);
        if (existsSync(file)) return { status: 200, body: await readFile(file), contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' };
      }
      const page = routes.find((route) => route.re.test(url));
      if (page) return { status: 200, body: await readFile(path.join(dist, page.file)), contentType: CONTENT_TYPES['.html']! };
      if (FIXTURE_SITE.test(url) && /\/favicon\.ico$/.test(withoutHash(url))) return { status: 404, body: '', contentType: 'image/x-icon' };
      return undefined;
    },
  };
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

/** The answer a test registered last for `url`: a string matches the URL with or without its #hash. */
export function lastRegistered<T extends { match: string | RegExp }>(served: readonly T[], url: string): T | undefined {
  const noHash = withoutHash(url);
  return served.findLast((s) => (typeof s.match === 'string' ? s.match === url || s.match === noHash : s.match.test(url)));
}
