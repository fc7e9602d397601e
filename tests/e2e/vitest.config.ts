import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

// End-to-end tests drive a real Chromium with the built extension (see harness.ts).
// One file at a time: the machines have 2 cores and each file owns a browser.
export default defineConfig({
  root,
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
    retry: 0,
    // expect.poll waits for what the page does after an action (an insert landing in the editor model, a publish
    // written to IndexedDB). Its default of 1 s failed two different cases per run on a machine 2.2 times slower than
    // the one the suite was written on (2026-12-02), each passing alone; a person waits that long too.
    expect: { poll: { timeout: 5_000 } },
    reporters: ['default'],
  },
});
