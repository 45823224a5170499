// Fails fast, before anything else runs, when the browser tests cannot run.
import { requireChromium } from './support/chromium.ts';

try {
  requireChromium();
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}
