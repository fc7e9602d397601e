import { defineConfig } from 'wxt';
import type { InlineConfig, Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { panelMessages } from './scripts/panel-messages';

/**
 * `wxt build --mode e2e` must be production code with an open panel shadow root, nothing else. WXT (0.20, 2026) sets
 * NODE_ENV to the mode and defines process.env.NODE_ENV as the mode in script entrypoints, so the e2e build shipped
 * React's development build (30% larger, several times slower to start) to the end-to-end tests and the benches.
 * Vite reads NODE_ENV when it resolves the build (JSX runtime, import.meta.env.DEV); the define fixes the bundles.
 */
function productionCode(mode: string): Plugin[] {
  if (mode !== 'e2e') return [];
  process.env.NODE_ENV = 'production';
  return [{ name: 'porte-voix:production-code', config: () => ({ define: { 'process.env.NODE_ENV': '"production"' } }) }];
}

/**
 * The scripts that run in LinkedIn's and X's pages (the watchers, on every page view, and the panel bundles the
 * background injects) use the browser's own promise-based `browser`/`chrome` namespace instead of
 * webextension-polyfill: evaluating the polyfill was 2.7 of the watcher's 6 ms per LinkedIn page load in Chromium
 * 156 (2026-12-02), and 3 kB gzipped of each panel. They only call runtime.sendMessage/getURL and storage.local /
 * onChanged, which return promises natively in Chrome MV3 and Firefox; the background never rejects a message (it
 * replies { ok: false }), so the polyfill's rejection protocol is not needed on this side. Every other context
 * keeps the polyfill: the background's promise-returning onMessage listener needs it in Chrome.
 * The same builds are minified with terser (below).
 */
function nativeBrowserInSitePages(entrypoints: readonly { type: string; name: string }[], config: InlineConfig): void {
  const inSitePages = (entrypoint: { type: string; name: string }) =>
    entrypoint.type === 'content-script' || (entrypoint.type === 'unlisted-script' && entrypoint.name.endsWith('-panel'));
  if (!entrypoints.every(inSitePages)) return;
  const native = { find: /^wxt\/browser$/, replacement: NATIVE_BROWSER };
  const alias = config.resolve?.alias;
  const rest = Array.isArray(alias)
    ? alias.filter((entry) => entry.find !== 'wxt/browser')
    : Object.entries(alias ?? {}).filter(([find]) => find !== 'wxt/browser').map(([find, replacement]) => ({ find, replacement }));
  config.resolve = { ...config.resolve, alias: [native, ...rest] };
  // Terser, two compress passes, for what site pages evaluate: 4 kB gzipped less per panel than esbuild's minifier
  // (Vite's default) on the same code (2026-12-02), against the 150 kB per-site goal. The extension's own pages
  // keep the faster default.
  config.build = { ...config.build, minify: 'terser', terserOptions: { compress: { passes: 2 } } };
}
const NATIVE_BROWSER = fileURLToPath(import.meta.resolve('wxt/browser'));

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  hooks: { 'vite:build:extendConfig': nativeBrowserInSitePages },
  imports: false,
  vite: (env) => ({ plugins: [...productionCode(env.mode), panelMessages()] }),
  // addons.mozilla.org rebuilds the Firefox package from the sources zip: `npm ci` there needs .npmrc
  // (legacy-peer-deps), which dotfile rules would leave out.
  zip: { includeSources: ['.npmrc'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the watcher content script has the background inject the panel where the person writes (issue 12).
    permissions: ['storage', 'alarms', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: [
      'https://www.linkedin.com/*',
      'https://x.com/*',
      'https://twitter.com/*',
    ],
    // The company feed origin is asked for when the person sets its URL; feeds are https only.
    optional_host_permissions: ['https://*/*'],
    storage: { managed_schema: 'managed-schema.json' },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing personal leaves the device: no data collection to declare. The key needs Firefox 140 (ESR) and
            // Firefox for Android 142; 128+ is needed anyway for optional_host_permissions (the company feed origin).
            gecko: { id: 'porte-voix@porte-voix.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
