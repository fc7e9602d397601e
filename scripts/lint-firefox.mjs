#!/usr/bin/env node
// Builds the Firefox MV3 package and runs Mozilla's addons-linter on it (through web-ext).
// Fails on any linter error, and on any DANGEROUS_EVAL warning: Firefox MV3 refuses eval and Function() in
// extension code, so such a warning is a content script or page that dies at startup (issue 9: twitter-text's
// core-js did exactly that). Other warnings and notices are listed but allowed.
//   node scripts/lint-firefox.mjs            build, then lint
//   node scripts/lint-firefox.mjs --no-build lint the existing .output/firefox-mv3
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import webExt from 'web-ext';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = path.join(root, '.output/firefox-mv3');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) {
    console.error(`lint-firefox: the Firefox build failed (exit ${build.status ?? build.signal})`);
    process.exit(1);
  }
}
if (!existsSync(path.join(sourceDir, 'manifest.json'))) {
  console.error(`lint-firefox: no build at ${sourceDir}`);
  process.exit(1);
}

// output 'none' keeps web-ext quiet; the result is printed below in one line per message.
const result = await webExt.cmd.lint(
  { sourceDir, output: 'none', selfHosted: false, boring: true, warningsAsErrors: false, pretty: false, metadata: false },
  { shouldExitProgram: false },
);
if (!result || !result.summary) {
  console.error('lint-firefox: web-ext lint returned no result');
  process.exit(1);
}

const where = (m) => (m.file ? ` ${m.file}${m.line ? `:${m.line}${m.column ? `:${m.column}` : ''}` : ''}` : '');
for (const [kind, list] of [
  ['error', result.errors],
  ['warning', result.warnings],
  ['notice', result.notices],
]) {
  for (const m of list ?? []) console.log(`${kind.padEnd(7)} ${m.code}${where(m)}: ${m.message}`);
}
const { errors, warnings, notices } = result.summary;
console.log(`lint-firefox: ${errors} error(s), ${warnings} warning(s), ${notices} notice(s)`);
const evals = [...(result.errors ?? []), ...(result.warnings ?? []), ...(result.notices ?? [])].filter((m) => m.code === 'DANGEROUS_EVAL');
if (evals.length > 0) {
  console.error(`lint-firefox: ${evals.length} DANGEROUS_EVAL: Firefox refuses eval/Function() in MV3; remove the code (or dependency) that needs it:`);
  for (const m of evals) console.error(`  ${m.code}${where(m)}`);
}
process.exit(errors > 0 || evals.length > 0 ? 1 : 0);
