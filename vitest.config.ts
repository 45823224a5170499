/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// CONTENT_BASE_REF (set by CI so the site build compares figures with the previous commit)
// must not reach the tests: they validate and build fixture folders whose figures are not
// the committed ones, and the tests that cover the comparison set the base themselves.
delete process.env['CONTENT_BASE_REF'];

// The dev toolbar adds data-astro-source-* attributes to rendered HTML; tests need clean output.
export default getViteConfig(
  {
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
      // Several tests run the project's scripts as child processes (a Node start each); the
      // default 5 s is a hang guard too tight for a busy two-core machine, not a speed budget.
      testTimeout: 30_000,
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results/unit.json' },
    },
  },
  { devToolbar: { enabled: false } },
);
