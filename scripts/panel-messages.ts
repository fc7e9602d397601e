import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/*
 * The panel bundle carries only the strings the panel can show (issue 12): about a quarter of each catalogue.
 * The extension pages keep the whole catalogues; public/_locales stays the single source of every string.
 */

/** Where the panel's code lives: whatever it can show is named here (utils is shared, hence over-included). */
const PANEL_SOURCES = ['components/panel', 'components/ui', 'utils'];
const PANEL_ENTRY = /entrypoints\/(linkedin|x)-panel\.ts$/;
const CATALOGUE = /\/public\/_locales\/([a-z]+)\/messages\.json$/;

type Catalogue = Record<string, { message: string; description?: string }>;

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

function sourcesUnder(root: string, folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(name)) out.push(readFileSync(full, 'utf8'));
    }
  };
  walk(path.join(root, folder));
  return out;
}

/** Vite plugin: in the builds of the panel bundles, the locale catalogues shrink to the panel's keys. */
export function panelMessages(root: string): Plugin {
  let panelBuild = false;
  let used: Set<string> | undefined;
  return {
    name: 'porte-voix:panel-messages',
    buildStart(options) {
      const input: unknown = options.input ?? [];
      const inputs = typeof input === 'string' ? [input] : Object.values(input as Record<string, string>);
      panelBuild = inputs.some((input) => PANEL_ENTRY.test(input));
    },
    load(id) {
      if (!panelBuild || !CATALOGUE.test(id)) return null;
      const catalogue = JSON.parse(readFileSync(id, 'utf8')) as Catalogue;
      used ??= keysUsedBy(PANEL_SOURCES.flatMap((folder) => sourcesUnder(root, folder)), Object.keys(catalogue));
      const kept = Object.fromEntries(
        Object.entries(catalogue).filter(([key]) => used!.has(key)).map(([key, { message }]) => [key, { message }]),
      );
      return JSON.stringify(kept);
    },
  };
}
