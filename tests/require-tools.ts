// Fails fast, before anything else runs, when the checks on the built site cannot run:
// each missing program is named with the command that installs it.
import { requireChromium } from './support/chromium.ts';
import { requireJava, requireNginx, requireRsync, requireSoffice } from './support/tools.ts';

const missing: string[] = [];
for (const check of [requireChromium, requireJava, requireNginx, requireRsync, requireSoffice]) {
  try {
    check();
  } catch (error) {
    missing.push((error as Error).message);
  }
}
if (missing.length > 0) {
  console.error(`\n${missing.join('\n\n')}\n`);
  process.exit(1);
}
