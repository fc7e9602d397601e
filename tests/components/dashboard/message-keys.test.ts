import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hasMessage } from '../../../utils/i18n/translate';
import { TABLE_NAMES } from '../../../utils/db/data';
import { ComposerKindSchema, DraftStatusSchema } from '../../../utils/db/records';
import { EXPORT_FORMATS } from '../../../utils/reach/exported-post';
import { REACH_COUNT_FIELDS } from '../../../utils/reach/import-plan';
import { PLATFORMS } from '../../../utils/platform';
import { EDITORIAL_KINDS } from '../../../utils/reach/types';

/*
 * The dashboard's strings live only in public/_locales (the components read them through useI18n):
 * every key its code names, literally or from a template over known values, exists in both languages.
 */

const root = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const keysIn = (files: readonly string[], pattern: RegExp) =>
  files.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(pattern)].map((match) => match[1] as string));
const missingFrom = (keys: readonly string[]) => [...new Set(keys)].filter((key) => !hasMessage('en', key) || !hasMessage('fr', key));

test('every dash_ key used in the dashboard code exists in English and French', () => {
  const files = [...sourceFiles('components/dashboard'), ...sourceFiles('utils/db'), ...sourceFiles('utils/reach'), 'utils/stores/dashboard-store.ts'];
  const templated = [
    ...PLATFORMS.map((platform) => `dash_platform_${platform}`),
    ...EDITORIAL_KINDS.map((kind) => `dash_kind_${kind}`),
    ...ComposerKindSchema.options.map((kind) => `dash_composer_${kind}`),
    ...[...DraftStatusSchema.options, 'all'].map((status) => `dash_drafts_status_${status}`),
    ...['merge', 'replace'].flatMap((mode) => [`dash_import_mode_${mode}`, `dash_import_mode_${mode}_hint`]),
    ...['impressions', 'reactions', 'comments', 'reposts', 'colleagueShare'].map((field) => `dash_reach_field_${field}`),
    ...TABLE_NAMES.flatMap((table) => [`dash_stored_${table}`, `dash_stored_${table}_why`]),
  ];
  expect(missingFrom([...keysIn(files, /['"`](dash_[A-Za-z0-9_]+)['"`]/g), ...templated])).toEqual([]);
});

test('every reach import key in the code exists in English and French', () => {
  const files = [
    ...sourceFiles('components/dashboard'),
    'utils/stores/reach-import-store.ts',
    'utils/reach/exported-post.ts',
    'utils/reach/export-cells.ts',
    'utils/reach/export-csv.ts',
    'utils/reach/linkedin-analytics.ts',
    'utils/reach/linkedin-shares.ts',
    'utils/reach/x-analytics.ts',
    'utils/reach/detect-export.ts',
  ];
  const literal = keysIn(files, /['"`](reach_(?:import|count|log)_[A-Za-z0-9_]+)['"`]/g);
  const templated = [
    ...EXPORT_FORMATS.map((format) => `reach_import_format_${format}`),
    ...REACH_COUNT_FIELDS.map((field) => `reach_count_${field}`),
    ...['url', 'date_text', 'date'].map((basis) => `reach_import_basis_${basis}`),
    ...['matched', 'added', 'unchanged'].map((list) => `reach_import_list_${list}`),
  ];
  expect(literal.length).toBeGreaterThan(40);
  expect(missingFrom([...literal, ...templated])).toEqual([]);
});
