// `npm test`: the unit and whole-site suites. The browser suites run on their own (`npm run test:browser`,
// vitest.browser.config.ts), so CI does not drive Chromium twice.
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    exclude: [...configDefaults.exclude, 'tests/browser/**'],
  },
});
