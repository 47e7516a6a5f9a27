// The browser suites: Debian's Chromium reading built sites. One file at a time, since each builds a site and drives a browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.cache/test-results-browser.json' },
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
