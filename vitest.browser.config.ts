import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension: no WxtVitest plugin (the code under test is the
// build in .output/chrome-mv3), one file at a time (each launches its own browser).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
