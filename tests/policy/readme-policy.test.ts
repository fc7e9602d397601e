// @vitest-environment node
import { readFileSync } from 'node:fs';
import { MAX_POLICY_SALTS, MAX_POLICY_TERMS, MAX_TERM_CHARS } from '../../utils/policy';

// The README's policy section is what administrators read: it must say what hashing does not protect
// against, and state the limits the code enforces (issue 10). Kept in step with the constants here.
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const start = readme.indexOf('## For companies: the policy');
// Lines wrap anywhere in Markdown: compare with single spaces.
const section = readme.slice(start, readme.indexOf('\n## ', start + 1)).replace(/\s+/g, ' ');

test('the policy section says what hashing does not protect against', () => {
  expect(section).toMatch(/not encryption/);
  expect(section).toMatch(/word list/);
  expect(section).toMatch(/salt of the document that listed it/);
});

test('the policy section states the limits the code enforces', () => {
  expect(section).toContain(`${MAX_POLICY_TERMS.toLocaleString('en')} entries per list`);
  expect(section).toContain(`${MAX_TERM_CHARS} characters per name`);
  expect(section).toContain(`${MAX_POLICY_SALTS} different salts per document`);
  expect(section).toMatch(/https:\/\//);
});
