import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, vi } from 'vitest';

// WXT's test alias for wxt/browser loads wxt/testing, which pulls in esbuild, whose TextEncoder
// check fails under jsdom. Every test gets the in-memory fake browser directly instead.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
});
