import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/*
 * The panel bundle carries only the English strings the panel can show (issue 12): about a quarter of the catalogue.
 * A panel in another language asks the background for its strings (i18n:messages) with the settings. The extension
 * pages keep the whole catalogues; public/_locales stays the single source of every string.
 */

const PANEL_ENTRY = /entrypoints\/(linkedin|x)-panel\.ts$/;
const CATALOGUE = /\/public\/_locales\/([a-z]+)\/messages\.json$/;

type Catalogue = Record<string, { message: string; description?: string }>;

/** The one catalogue a panel bundle carries: the fallback of every other language, and the default UI language. */
const BUNDLED_LOCALE = 'en';

/**
 * The message keys some source names: every quoted key of the catalogue, and every key of a family the code builds
 * (`category_${id}`, 'feed_error_' + code).
 */
export function keysUsedBy(sources: readonly string[], keys: readonly string[]): Set<string> {
  const known = new Set(keys);
  const used = new Set<string>();
  const families = new Set<string>();
  for (const source of sources) {
    for (const match of source.matchAll(/['"`]([a-z][a-z0-9]*(?:_[a-z0-9]+)+)['"`]/gi)) {
      if (known.has(match[1]!)) used.add(match[1]!);
    }
    for (const match of source.matchAll(/`([a-z][a-z0-9]*(?:_[a-z0-9]+)*_)\$\{|['"]([a-z][a-z0-9]*(?:_[a-z0-9]+)*_)['"]\s*\+/gi)) {
      families.add((match[1] ?? match[2])!);
    }
  }
  for (const key of keys) if ([...families].some((family) => key.startsWith(family))) used.add(key);
  return used;
}

/** Stands in for a catalogue until the panel's module graph is known (the quotes survive minification). */
const placeholder = (locale: string) => `@@porte-voix-panel-catalogue-${locale}@@`;
const PLACEHOLDER = /(["'`])@@porte-voix-panel-catalogue-([a-z]+)@@\1/g;

/**
 * Vite plugin: in the builds of the panel bundles, the English catalogue shrinks to the keys that the modules
 * actually bundled in the panel name or build, and the others to nothing (the background sends them). The catalogue is a placeholder until the bundle is written, when
 * Rollup knows which modules made it in (shared utils the panel never imports no longer count).
 */
export function panelMessages(): Plugin {
  let panelBuild = false;
  const catalogues = new Map<string, Catalogue>();
  return {
    name: 'porte-voix:panel-messages',
    buildStart(options) {
      const input: unknown = options.input ?? [];
      const inputs = typeof input === 'string' ? [input] : Object.values(input as Record<string, string>);
      panelBuild = inputs.some((input) => PANEL_ENTRY.test(input));
    },
    load(id) {
      const match = CATALOGUE.exec(id);
      if (!panelBuild || !match) return null;
      catalogues.set(match[1]!, JSON.parse(readFileSync(id, 'utf8')) as Catalogue);
      return JSON.stringify(placeholder(match[1]!)); // still JSON: Vite's JSON plugin makes it a module
    },
    generateBundle(_options, bundle) {
      if (!panelBuild) return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.code.includes('@@porte-voix-panel-catalogue-')) continue;
        const sources = chunk.moduleIds.filter((id) => !CATALOGUE.test(id)).map((id) => this.getModuleInfo(id)?.code ?? '');
        const keys = [...new Set([...catalogues.values()].flatMap((catalogue) => Object.keys(catalogue)))];
        const used = keysUsedBy(sources, keys);
        chunk.code = chunk.code.replace(PLACEHOLDER, (_whole, _quote, locale: string) => {
          const catalogue = locale === BUNDLED_LOCALE ? (catalogues.get(locale) ?? {}) : {};
          const kept = Object.entries(catalogue).filter(([key]) => used.has(key)).map(([key, { message }]) => [key, { message }]);
          return JSON.stringify(Object.fromEntries(kept));
        });
      }
    },
  };
}
