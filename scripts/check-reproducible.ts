// Builds the site a second time into a temporary folder and compares every file with
// dist/ byte for byte: the same input must give the same output (cache-friendly deploys,
// reviewable diffs). Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

function hashes(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        out.set(
          relative(root, full).split(sep).join('/'),
          createHash('sha256').update(readFileSync(full)).digest('hex'),
        );
    }
  };
  walk(root);
  return out;
}

if (!existsSync('dist/index.html')) {
  console.error('No dist/: run "npm run build" first.');
  process.exit(1);
}
const second = mkdtempSync(join(tmpdir(), 'antq-rebuild-'));
// An empty Open Graph cache: the second build renders every image afresh, so the comparison
// also proves that cached images (which the first build may have used) equal fresh ones.
const ogCache = mkdtempSync(join(tmpdir(), 'antq-og-cache-'));
try {
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', second], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OG_CACHE_DIR: ogCache },
  });
  if (build.status !== 0) throw new Error('the second build failed');
  const a = hashes('dist');
  const b = hashes(second);
  const differences = [...new Set([...a.keys(), ...b.keys()])].filter((file) => a.get(file) !== b.get(file)).sort();
  if (differences.length > 0) {
    console.error(`Two builds of the same input differ in ${differences.length} file(s):`);
    for (const file of differences.slice(0, 30))
      console.error(`  ${file}${a.has(file) && b.has(file) ? '' : ' (only in one build)'}`);
    process.exit(1);
  }
  console.log(`reproducible: ${a.size} files identical across two builds`);
} finally {
  rmSync(second, { recursive: true, force: true });
  rmSync(ogCache, { recursive: true, force: true });
}
