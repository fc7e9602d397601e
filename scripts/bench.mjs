// Runs every bench/*.bench.ts with tsx and prints their numbers. Benchmarks print; they never assert.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

// npm run bench [name] [-- flags]: flags (e.g. --cold, --warm) go to every selected bench.
const only = process.argv[2]?.startsWith('--') ? undefined : process.argv[2];
const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const files = readdirSync(new URL('../bench/', import.meta.url))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => !only || name.includes(only))
  .sort();
let failed = false;
for (const file of files) {
  console.log(`\n## ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/${file}`, ...flags], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
