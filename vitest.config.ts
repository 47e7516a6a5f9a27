import { defineConfig } from 'vitest/config';

// Unit and whole-site tests; the browser suite has its own config (vitest.browser.config.ts).
export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.cache/test-results-unit.json' },
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
