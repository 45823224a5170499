/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The dev toolbar adds data-astro-source-* attributes to rendered HTML; tests need clean output.
export default getViteConfig(
  {
    test: {
      include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
      reporters: ['default', 'json'],
      outputFile: { json: 'test-results/unit.json' },
    },
  },
  { devToolbar: { enabled: false } },
);
