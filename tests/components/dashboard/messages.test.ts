import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasMessage, translate } from '../../../utils/i18n/translate';
import { EDITORIAL_KINDS, REACH_PLATFORMS } from '../../../utils/reach/types';
import { TABLE_NAMES } from '../../../utils/db/data';
import { ComposerKindSchema, DraftStatusSchema } from '../../../utils/db/records';
import source from '../../../components/dashboard/messages.json';

const root = join(__dirname, '../../..');
const files = ['components/dashboard', 'utils/db', 'utils/reach']
  .flatMap((dir) => readdirSync(join(root, dir)).filter((name) => /\.tsx?$/.test(name)).map((name) => join(root, dir, name)))
  .concat(join(root, 'utils/stores/dashboard-store.ts'));

// Keys built from a template literal in the components, expanded over their known values.
const templated = [
  ...REACH_PLATFORMS.map((platform) => `dash_platform_${platform}`),
  ...EDITORIAL_KINDS.map((kind) => `dash_kind_${kind}`),
  ...ComposerKindSchema.options.map((kind) => `dash_composer_${kind}`),
  ...[...DraftStatusSchema.options, 'all'].map((status) => `dash_drafts_status_${status}`),
  ...['merge', 'replace'].flatMap((mode) => [`dash_import_mode_${mode}`, `dash_import_mode_${mode}_hint`]),
  ...['impressions', 'reactions', 'comments', 'reposts', 'colleagueShare'].map((field) => `dash_reach_field_${field}`),
  ...TABLE_NAMES.flatMap((table) => [`dash_stored_${table}`, `dash_stored_${table}_why`]),
];

test('every dash_ key used in the dashboard code exists in English and French', () => {
  const literal = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/['"`](dash_[A-Za-z0-9_]+)['"`]/g)].map((match) => match[1] as string));
  const missing = [...new Set([...literal, ...templated])].filter((key) => !hasMessage('en', key) || !hasMessage('fr', key));
  expect(missing).toEqual([]);
});

test('the source file of the dashboard strings matches the locale files', () => {
  for (const locale of ['en', 'fr'] as const) {
    for (const [key, message] of Object.entries(source[locale])) {
      // Substituting $1..$9 with themselves gives the raw message back.
      expect(translate(locale, key, ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'])).toBe(message);
    }
  }
  expect(Object.keys(source.en).sort()).toEqual(Object.keys(source.fr).sort());
});
