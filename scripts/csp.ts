// npm run csp: writes the hashes of the built pages' inline styles into the style-src of
// public/_headers and docs/nginx.conf (exactly those hashes, sorted). Run it after a build that
// failed because a style changed, then build again. README, "Content-Security-Policy".
import { existsSync } from 'node:fs';
import { builtStyleHashes, writePolicyHashes } from '../src/integrations/csp-hashes.ts';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`npm run csp: no ${dist}/ to read; run npm run build first`);
  process.exit(1);
}
const hashes = await builtStyleHashes(dist);
if (hashes.length === 0) {
  console.error(`npm run csp: no inline style in ${dist}/; is it a build of this site?`);
  process.exit(1);
}
const changed = await writePolicyHashes(hashes);
console.log(
  `${hashes.length} style hash(es); ${changed.length > 0 ? `rewrote ${changed.join(', ')}` : 'both files already hold exactly these'}`,
);
