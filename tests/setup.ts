import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, vi } from 'vitest';

// WXT's test alias for wxt/browser loads wxt/testing, which pulls in esbuild, whose TextEncoder
// check fails under jsdom. Every test gets the in-memory fake browser directly instead.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

// findBy*/waitFor: live queries settle slower on a loaded two-core machine than on a laptop.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
});
