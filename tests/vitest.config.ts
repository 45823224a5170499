import { defineConfig } from 'vitest/config';

// CONTENT_BASE_REF (set by CI so the site build compares figures with the previous commit)
// must not reach the tests: they validate and build fixture folders whose figures are not
// the committed ones, and the tests that cover the comparison set the base themselves.
delete process.env['CONTENT_BASE_REF'];

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
