// Builds the site a second time into a temporary folder and compares every file with
// dist/ byte for byte: the same input must give the same output (cache-friendly deploys,
// reviewable diffs). Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDifferences, differingFiles, treeHashes } from './build-checks/tree-diff.ts';

if (!existsSync('dist/index.html')) {
  console.error('No dist/: run "npm run build" first.');
  process.exit(1);
}
const second = mkdtempSync(join(tmpdir(), 'antq-rebuild-'));
// An empty Open Graph cache: the second build renders every image afresh, so the comparison
// also proves that cached images (which the first build may have used) equal fresh ones.
const ogCache = mkdtempSync(join(tmpdir(), 'antq-og-cache-'));
// Likewise an empty search-index cache: Pagefind indexes again, rather than the bundle being copied.
const pagefindCache = mkdtempSync(join(tmpdir(), 'antq-pagefind-cache-'));
try {
  // --force: every page is rendered again, none copied from the previous build's incremental cache.
  const build = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', second],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OG_CACHE_DIR: ogCache, PAGEFIND_CACHE_DIR: pagefindCache },
    },
  );
  if (build.status !== 0) throw new Error('the second build failed');
  const a = treeHashes('dist');
  const b = treeHashes(second);
  const differences = differingFiles(a, b);
  if (differences.length > 0) {
    console.error(`Two builds of the same input differ in ${differences.length} file(s):`);
    console.error(describeDifferences(a, b, differences));
    process.exit(1);
  }
  console.log(`reproducible: ${a.size} files identical across two builds`);
} finally {
  rmSync(second, { recursive: true, force: true });
  rmSync(ogCache, { recursive: true, force: true });
  rmSync(pagefindCache, { recursive: true, force: true });
}
