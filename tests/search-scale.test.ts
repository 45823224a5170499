// Search at a larger scale than the real content: the benchmark's synthetic corpus at a
// twentieth of national scale (about 500 pages), built with the site's own configuration and
// the Open Graph renderer stubbed. Readers type a model's or a province's name without
// diacritics and expect that page first, among hundreds of pages that share its words.
// `npm run bench` runs the same check on the full corpus.
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../scripts/bench/generate-corpus.ts';
import { writeRealRoot } from '../scripts/bench/real-root.ts';
import { firstRate, measureRelevance, relevanceCases } from '../scripts/bench/search-relevance.ts';
import { startStaticServer } from '../scripts/serve.ts';
import { launch, type Session } from './support/browser.ts';

/** A twentieth of national scale, as `npm run bench -- --small`. */
const SCALE = 0.05;
const MODELS = 50;
const SEED = 15;

let root = '';
let content = '';
let dist = '';
let server: Server;
let url = '';
let session: Session;

beforeAll(async () => {
  // Inside the project, so the build resolves the project's packages; inside .bench/ (never
  // deployed, ignored by git), where the corpus generator agrees to write.
  mkdirSync('.bench', { recursive: true });
  root = resolve(mkdtempSync(join('.bench', 'search-scale-')));
  content = join(root, 'content');
  dist = join(root, 'dist');
  generateCorpus({ outDir: content, referenceDir: 'content/reference', scale: SCALE });
  const siteRoot = join(root, 'site');
  writeRealRoot({ project: resolve('.'), root: siteRoot, stubOgImages: true });
  const build = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--root', siteRoot, '--outDir', dist],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: content,
        OG_CACHE_DIR: join(siteRoot, 'og-cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      maxBuffer: 1 << 28,
    },
  );
  if (build.status !== 0) throw new Error(`the build failed:\n${(build.stderr || build.stdout).slice(-3000)}`);
  ({ server, url } = await startStaticServer(dist));
  session = await launch();
}, 600_000);

afterAll(async () => {
  await session?.close();
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('search at a twentieth of national scale', () => {
  it('puts the named page first for model names and every province name, typed without diacritics', async () => {
    const cases = relevanceCases(content, dist, MODELS, SEED);
    const results = await measureRelevance(session.browser, url, cases);
    const models = firstRate(results, 'model');
    const places = firstRate(results, 'province');
    const misses = results.filter((r) => !r.ok).map((r) => `"${r.query}": ${r.first || '(none)'}, not ${r.expected}`);
    console.log(
      `first result: ${models.ok} of ${models.of} model names, ${places.ok} of ${places.of} province names` +
        (misses.length > 0 ? `; misses:\n${misses.join('\n')}` : ''),
    );
    expect(models.of).toBe(MODELS);
    expect(places.of).toBeGreaterThanOrEqual(34);
    expect(models.ok).toBeGreaterThanOrEqual(Math.ceil(0.95 * models.of));
    expect(results.filter((r) => r.kind === 'province' && !r.ok).map((r) => r.query)).toEqual([]);
  }, 300_000);
});
