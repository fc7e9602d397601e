#!/usr/bin/env node
// Bundles the e2e fixture pages (tests/fixtures/sites) into tests/fixtures/dist with esbuild.
// Real editor libraries: Quill 1.3.7, TipTap 3, Draft.js 0.11.7 on React 18 (aliased, because
// the app itself uses React 19, which removed findDOMNode that Draft.js needs).
// Idempotent: wipes and rewrites dist every run (takes well under a second).
import { build } from 'esbuild';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const sites = path.join(root, 'tests/fixtures/sites');
const dist = path.join(root, 'tests/fixtures/dist');

// URL -> page routes, read by tests/e2e/harness.ts. Assets are served from
// https://<fixture host>/__fixtures__/<file>.
export const routes = [
  { pattern: '^https://www\\.linkedin\\.com/feed/?(?:[?#].*)?$', file: 'linkedin.html' },
  { pattern: '^https://www\\.linkedin\\.com/sharing/compose/?(?:[?#].*)?$', file: 'linkedin.html' },
  { pattern: '^https://x\\.com/(?:home|compose/post)/?(?:[?#].*)?$', file: 'x.html' },
  { pattern: '^https://x\\.com/[A-Za-z0-9_]{1,15}/status/\\d+/?(?:[?#].*)?$', file: 'x.html' },
];

export async function buildFixtures({ quiet = false } = {}) {
  const t0 = performance.now();
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: {
      linkedin: path.join(sites, 'linkedin.js'),
      x: path.join(sites, 'x.jsx'),
    },
    outdir: dist,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'transform',
    jsxFactory: 'React.createElement',
    jsxFragment: 'React.Fragment',
    loader: { '.css': 'text' },
    alias: { react: 'react-18', 'react-dom': 'react-dom-18' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: quiet ? 'error' : 'warning',
    metafile: true,
  });
  for (const f of ['linkedin.html', 'x.html', 'index.html']) await cp(path.join(sites, f), path.join(dist, f));
  await writeFile(path.join(dist, 'manifest.json'), JSON.stringify({ routes, builtAt: new Date().toISOString() }, null, 2));
  const ms = Math.round(performance.now() - t0);
  if (!quiet) {
    const sizes = Object.entries(result.metafile.outputs)
      .filter(([f]) => f.endsWith('.js'))
      .map(([f, o]) => `${path.basename(f)} ${(o.bytes / 1024).toFixed(0)} KiB`);
    console.log(`fixtures built in ${ms} ms -> ${path.relative(root, dist)} (${sizes.join(', ')})`);
  }
  return { dist, ms };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  buildFixtures().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
