import { defineConfig } from 'vitest/config';

// Browser tests: one static server for the built dist/, Chromium per file, files in sequence
// so two browsers never fight for the machine's two cores.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/browser.json' },
  },
});
