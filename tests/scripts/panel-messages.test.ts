// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { keysUsedBy } from '../../scripts/panel-messages';
import { CHECK_CATEGORIES } from '../../utils/checks/types';
import { messageKeys } from '../../utils/i18n/translate';

test('a quoted key and a family the code builds are kept; a key nothing names is not', () => {
  const keys = ['panel_title', 'category_email', 'category_phone', 'feed_error_http_404', 'dash_title'];
  const used = keysUsedBy(["t('panel_title')", 't(`category_${finding.category}`)', "'feed_error_' + code"], keys);
  expect([...used].sort()).toEqual(['category_email', 'category_phone', 'feed_error_http_404', 'panel_title']);
});

test('every key the panel code names or builds is in the panel catalogue (no raw key shown in a panel)', () => {
  const root = path.resolve(__dirname, '../..');
  const read = (dir: string): string[] =>
    readdirSync(path.join(root, dir)).flatMap((name) => {
      const rel = path.join(dir, name);
      if (statSync(path.join(root, rel)).isDirectory()) return read(rel);
      return /\.tsx?$/.test(name) ? [readFileSync(path.join(root, rel), 'utf8')] : [];
    });
  const used = keysUsedBy([...read('components/panel'), ...read('components/ui'), ...read('utils')], messageKeys('en'));
  for (const category of CHECK_CATEGORIES) expect(used).toContain(`category_${category}`);
  for (const key of ['panel_hold_waiting_policy', 'voice_prompt_learned', 'err_background_unavailable']) expect(used).toContain(key);
  // The pages' own strings stay out.
  expect([...used].filter((key) => key.startsWith('onb_') || key.startsWith('popup_'))).toEqual([]);
});
