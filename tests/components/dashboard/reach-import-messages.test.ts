import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasMessage, translate } from '../../../utils/i18n/translate';
import { EXPORT_FORMATS } from '../../../utils/reach/exported-post';
import { REACH_COUNT_FIELDS } from '../../../utils/reach/import-plan';
import source from '../../../components/dashboard/reach-import-messages.json';

const root = join(__dirname, '../../..');
const files = [
  'components/dashboard/ReachImport.tsx',
  'components/dashboard/ReachSection.tsx',
  'utils/stores/reach-import-store.ts',
  'utils/reach/exported-post.ts',
  'utils/reach/export-cells.ts',
  'utils/reach/export-csv.ts',
  'utils/reach/linkedin-analytics.ts',
  'utils/reach/linkedin-shares.ts',
  'utils/reach/x-analytics.ts',
  'utils/reach/detect-export.ts',
];
const templated = [
  ...EXPORT_FORMATS.map((format) => `reach_import_format_${format}`),
  ...REACH_COUNT_FIELDS.map((field) => `reach_count_${field}`),
  ...['url', 'date_text', 'date'].map((basis) => `reach_import_basis_${basis}`),
  ...['matched', 'added', 'unchanged'].map((list) => `reach_import_list_${list}`),
];

test('every reach import key in the code exists in English and French', () => {
  const literal = files.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/['"`](reach_(?:import|count|log)_[A-Za-z0-9_]+)['"`]/g)].map((match) => match[1] as string));
  const missing = [...new Set([...literal, ...templated])].filter((key) => !hasMessage('en', key) || !hasMessage('fr', key));
  expect(literal.length).toBeGreaterThan(40);
  expect(missing).toEqual([]);
});

test('the source file of the import strings matches the locale files', () => {
  for (const locale of ['en', 'fr'] as const) {
    for (const [key, message] of Object.entries(source[locale])) {
      expect(translate(locale, key, ['$1', '$2', '$3', '$4'])).toBe(message);
    }
  }
  expect(Object.keys(source.en).sort()).toEqual(Object.keys(source.fr).sort());
});
