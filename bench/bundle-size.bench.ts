// Bundle sizes: raw and gzip size of every script and style of the built extension (.output/chrome-mv3), then what
// makes the content scripts and the background big. WXT builds with Vite/Rollup and keeps no module map, so each
// entry is rebundled here with esbuild (minified, tree-shaken, metafile) only to attribute bytes to packages:
// its totals differ slightly from Vite's, the ranking is what matters. Prints numbers only; never asserts.
//   node --import tsx bench/bundle-size.bench.ts
import { build, type Metafile, type Plugin } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, '.output/chrome-mv3');
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => ext.test(name))
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).isFile());
}

function sizeTable() {
  const rows = [...files(path.join(OUT, 'content-scripts'), /\.(js|css)$/), ...readdirSync(OUT).filter((name) => name.endsWith('-panel.js')).map((name) => path.join(OUT, name)), path.join(OUT, 'background.js'), ...files(path.join(OUT, 'chunks'), /\.js$/), ...files(path.join(OUT, 'assets'), /\.css$/)]
    .filter((file) => existsSync(file))
    .map((file) => {
      const data = readFileSync(file);
      return { file: path.relative(OUT, file), raw: data.length, gz: gzip(data) };
    });
  console.log('file                                        raw        gzip -9');
  for (const row of rows) console.log(`${row.file.padEnd(40)} ${kB(row.raw).padStart(10)} ${kB(row.gz).padStart(10)}`);
  const js = rows.filter((row) => row.file.endsWith('.js'));
  // Issue 12 goals: what every page view evaluates (the content script), and everything a site's panel needs.
  console.log('\nper site                                  evaluated at load (goal ≤ 20 kB gz)   everything the panel needs (goal ≤ 150 kB gz)');
  for (const site of ['linkedin', 'x']) {
    const gz = (file: string) => rows.find((row) => row.file === file)?.gz ?? 0;
    const atLoad = gz(`content-scripts/${site}.js`) + gz(`content-scripts/${site}.css`);
    const all = atLoad + gz(`${site}-panel.js`);
    const mark = (value: number, goal: number) => `${kB(value)} ${value <= goal * 1024 ? '(met)' : '(over)'}`;
    console.log(`${site.padEnd(40)}  ${mark(atLoad, 20).padEnd(36)}  ${mark(all, 150)}`);
  }
  console.log('');
  console.log(`${'all JS'.padEnd(40)} ${kB(js.reduce((s, r) => s + r.raw, 0)).padStart(10)} ${kB(js.reduce((s, r) => s + r.gz, 0)).padStart(10)}`);
}

/** '#imports' is WXT's virtual module: re-export the real modules it stands for. */
const wxtImports: Plugin = {
  name: 'wxt-imports',
  setup(b) {
    b.onResolve({ filter: /^#imports$/ }, () => ({ path: '#imports', namespace: 'wxt-imports' }));
    // Vite virtual modules WXT's runtime imports (app config): empty here.
    b.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: 'wxt-virtual' }));
    // Vite's `?inline` CSS (the panel's stylesheet, a string in the bundle): as text here too.
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path.replace(/\?inline$/, '')), namespace: 'css-inline' }));
    b.onLoad({ filter: /.*/, namespace: 'css-inline' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
    b.onLoad({ filter: /.*/, namespace: 'wxt-virtual' }, () => ({ contents: 'export default {};', loader: 'js' }));
    b.onLoad({ filter: /.*/, namespace: 'wxt-imports' }, () => {
      const declared = readFileSync(path.join(ROOT, '.wxt/types/imports-module.d.ts'), 'utf8');
      const modules = [...declared.matchAll(/from '([^']+)'/g)].map((m) => m[1]!).filter((m) => m.startsWith('wxt/') && m !== 'wxt/testing');
      return { contents: [...new Set(modules)].map((m) => `export * from '${m}';`).join('\n'), resolveDir: ROOT, loader: 'js' };
    });
  },
};

/** node_modules package (or "app: <folder>") an input belongs to. */
function owner(input: string): string {
  // Rollup drops zod's locales (only English is used); esbuild keeps them through the `z` namespace: count them apart.
  if (input.includes('node_modules/zod/v4/locales/') && !input.endsWith('/en.js')) return 'zod/v4/locales (not in the Vite build)';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (match) return match[1]!;
  const parts = input.split('/');
  return `app: ${parts.slice(0, parts[0] === 'utils' || parts[0] === 'components' ? 2 : 1).join('/')}`;
}

async function contributors(entry: string, label: string) {
  const result = await build({
    entryPoints: [path.join(ROOT, entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    outdir: path.join(ROOT, '.bench-out'),
    metafile: true,
    jsx: 'automatic',
    loader: { '.css': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.MODE': '"production"', 'import.meta.env.DEV': 'false', 'import.meta.env.PROD': 'true' },
    plugins: [wxtImports],
    logLevel: 'silent',
  });
  const meta: Metafile = result.metafile;
  const output = Object.values(meta.outputs).find((o) => o.entryPoint);
  if (!output) return;
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!;
  const byOwner = new Map<string, { bytes: number; modules: number }>();
  const byModule: { input: string; bytes: number }[] = [];
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const key = owner(input);
    const row = byOwner.get(key) ?? { bytes: 0, modules: 0 };
    row.bytes += bytesInOutput;
    row.modules += 1;
    byOwner.set(key, row);
    byModule.push({ input, bytes: bytesInOutput });
  }
  console.log(`\n${label}: esbuild rebundle ${kB(js.contents.length)} raw, ${kB(gzip(Buffer.from(js.contents)))} gzip`);
  console.log('  top contributors (minified bytes in output)');
  for (const [key, row] of [...byOwner].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 12)) {
    console.log(`  ${key.padEnd(36)} ${kB(row.bytes).padStart(10)} ${`${((100 * row.bytes) / js.contents.length).toFixed(1)} %`.padStart(7)}  (${row.modules} modules)`);
  }
  console.log('  biggest single modules');
  for (const row of byModule.sort((a, b) => b.bytes - a.bytes).slice(0, 6)) console.log(`  ${kB(row.bytes).padStart(10)}  ${row.input}`);
}

if (!existsSync(path.join(OUT, 'manifest.json'))) {
  console.log('bundle-size: skipped (run `npx wxt build` first)');
} else {
  sizeTable();
  const entry = (base: string) => [`${base}.tsx`, `${base}.ts`].find((file) => existsSync(path.join(ROOT, file)))!;
  await contributors(entry('entrypoints/x.content/index'), 'content-scripts/x.js');
  await contributors(entry('entrypoints/linkedin.content/index'), 'content-scripts/linkedin.js');
  // The panel bundles, injected where the person writes (issue 12); absent before it.
  for (const site of ['x', 'linkedin']) {
    if (existsSync(path.join(ROOT, `entrypoints/${site}-panel.ts`))) await contributors(`entrypoints/${site}-panel.ts`, `${site}-panel.js`);
  }
  await contributors('entrypoints/background/index.ts', 'background.js');
}
