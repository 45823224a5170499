// National-scale benchmark. Generates a synthetic corpus, builds it with the real site and
// with a bare Astro site, measures search, page weights and Lighthouse, and writes
// docs/benchmark.md (raw numbers in .bench/results.json). Every stage is timed; a failed
// stage is reported, stages that need its output are marked skipped, and the script exits
// non-zero at the end. Everything it builds or deletes is under .bench/, never dist/ (which
// --slow-3g only reads, and builds with `npm run build` when there is none).
//
//   npm run bench                    full corpus (20–40 min on 2 cores)
//   npm run bench -- --small         the corpus ÷ 20 (about 4 min), to check the pipeline
//   npm run bench -- --og-stub       also build with the Open Graph renderer stubbed (+7 min)
//   npm run bench -- --no-peer       leave out the Starlight peer's builds
//   npm run bench -- --browser-only  keep the last run's builds and numbers; redo search,
//                                    page weights and Lighthouse (after fixing those stages)
//   npm run bench -- --slow-3g       only first paint on emulated slow 3G, on dist/ (built with
//                                    `npm run build` when missing), kept with the last run's numbers
//   npm run bench -- --report-only   re-render docs/benchmark.md from .bench/results.json
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Provinces } from '../src/schemas/reference.ts';
import type { Server } from 'node:http';
import { startStaticServer } from './serve.ts';
import { writeBareSite } from './bench/bare-site.ts';
import { generateCorpus } from './bench/generate-corpus.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { buildNodeOptions, measureBuild, type BuildRun } from './bench/measure-build.ts';
import { compareOutputs, filesUnder, folderBytes } from './bench/outputs.ts';
import { measureWeights, withDistAs } from './bench/page-weights.ts';
import { writeRealRoot } from './bench/real-root.ts';
import { STARLIGHT_VERSION, writeStarlightSite } from './bench/starlight-site.ts';
import { renderReport, type BenchResults, type StageResult } from './bench/report.ts';
import { launchChromium, measureQueries, QUERIES } from './bench/search-queries.ts';
import { measureRelevance, relevanceCases } from './bench/search-relevance.ts';
import { logTransfers } from './bench/transfer-log.ts';
import { measureSlowNetwork, SLOW_3G } from './bench/slow-network.ts';
import { FLOOR_PAGE, startFloorServer } from './bench/floor-page.ts';
import { KEY_PAGES } from '../tests/support/page-types.ts';
import {
  INDEX_CHUNK_SIZE,
  indexSite,
  PAGEFIND_ALLOCATOR,
  PAGEFIND_CHUNK_SIZE,
  readGlossary,
} from '../src/integrations/pagefind.ts';

const MAIN = resolve(import.meta.dirname, '..');
const BENCH = join(MAIN, '.bench');
const CONTENT = join(BENCH, 'content');
const REAL_DIST = join(BENCH, 'dist-real');
const BARE_DIST = join(BENCH, 'dist-bare');
const SITE_DIST = join(BENCH, 'dist-site');
const RESULTS = join(BENCH, 'results.json');
/** Node's options in `npm run build`, under which every build is measured. */
const NODE_OPTIONS = buildNodeOptions(MAIN);
const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
/** Fixed so the Lighthouse build can use it as SITE_URL: canonical URLs then match the server. */
const LIGHTHOUSE_PORT = 4391;
/** Each page loads this often on the slow link: one run is one draw of a busy machine's timing. */
const SLOW_NETWORK_RUNS = 3;
/** Each query runs this often: a search page that hangs now and then must show up as such. */
const QUERY_RUNS = 3;
/** Model names drawn for the relevance check, and the seed that draws them. */
const RELEVANCE_MODELS = 50;
const RELEVANCE_SEED = 15;
const args = new Set(process.argv.slice(2));

const version = (pkg: string): string =>
  (JSON.parse(readFileSync(join(MAIN, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** Writes docs/benchmark.md and prints it. */
function publish(results: BenchResults): void {
  const report = renderReport(results);
  writeFileSync(join(MAIN, 'docs/benchmark.md'), report + '\n');
  console.log('\n' + report);
}

if (args.has('--report-only')) {
  publish(JSON.parse(readFileSync(RESULTS, 'utf8')) as BenchResults);
  process.exit(0);
}

/** Stages `--browser-only` runs again (by name prefix, so older runs' names match too). */
// Two runs at once would delete each other's corpus and builds (fixed folders under .bench/).
const LOCK = join(BENCH, 'bench.lock');
const holder = existsSync(LOCK) ? Number(readFileSync(LOCK, 'utf8')) : undefined;
if (holder && existsSync(`/proc/${holder}`)) {
  console.error(`Another benchmark (pid ${holder}) is using .bench/; wait for it to finish or stop it.`);
  process.exit(1);
}
mkdirSync(BENCH, { recursive: true });
writeFileSync(LOCK, String(process.pid));
process.on('exit', () => rmSync(LOCK, { force: true }));

const BROWSER_STAGES = [
  'search queries',
  'search relevance',
  'page weights',
  'build real site (real content)',
  'Lighthouse',
  'slow 3G',
];
const slowOnly = args.has('--slow-3g');
const previous =
  args.has('--browser-only') || (slowOnly && existsSync(RESULTS))
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as BenchResults)
    : undefined;
const rerun = slowOnly ? ['slow 3G'] : BROWSER_STAGES;
const results: BenchResults = previous
  ? {
      ...previous,
      stages: previous.stages.filter((s) => !rerun.some((prefix) => s.name.startsWith(prefix))),
      ...(slowOnly ? { slowNetworkRerun: new Date().toISOString() } : { browserRerun: new Date().toISOString() }),
    }
  : {
      small: args.has('--small'),
      machine: {
        date: new Date().toISOString(),
        cpus: availableParallelism(),
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryBytes: totalmem(),
        node: process.version,
        astro: version('astro'),
        pagefind: version('pagefind'),
        lighthouse: version('lighthouse'),
        starlight: args.has('--no-peer') ? undefined : STARLIGHT_VERSION,
      },
      stages: [],
      builds: {},
    };

/** Runs one stage, timing it; a thrown error marks it failed and is kept for the report. */
async function stage<T>(name: string, run: () => Promise<T> | T): Promise<T | undefined> {
  const start = performance.now();
  console.log(`\n▶ ${name}`);
  try {
    const value = await run();
    results.stages.push({ name, ok: true, ms: performance.now() - start });
    console.log(`✓ ${name} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
    return value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.stages.push({ name, ok: false, ms: performance.now() - start, error: message });
    console.error(`✗ ${name}: ${message}`);
    return undefined;
  }
}

/** A stage that cannot run is a failure; one the caller asked to leave out (`requested`) is not. */
function skip(name: string, because: string, requested = false): undefined {
  results.stages.push({ name, ok: requested, skipped: true, ms: 0, error: `skipped: ${because}` });
  console.error(`- ${name}: skipped (${because})`);
  return undefined;
}

/**
 * Builds cold (fresh root, cache and output folder) and keeps the numbers in the report even
 * when the build fails; a failure then throws so the stage is marked failed with the log's tail.
 */
async function build(
  slot: keyof BenchResults['builds'],
  root: string,
  outDir: string,
  env: Record<string, string>,
  cwd = MAIN,
) {
  rmSync(outDir, { recursive: true, force: true });
  const logFile = join(BENCH, 'logs', `${slot}.log`);
  // The peer runs Pagefind too: its binary gets the allocator setting the project's own build gives it.
  const withAllocator = { [PAGEFIND_ALLOCATOR.variable]: PAGEFIND_ALLOCATOR.settings, ...env };
  const run: BuildRun = await measureBuild({
    label: slot,
    root,
    outDir,
    cwd,
    env: withAllocator,
    nodeOptions: NODE_OPTIONS,
    logFile,
  });
  results.builds[slot] = run;
  console.log(`  ${(run.wallMs / 1000).toFixed(1)} s, peak ${(run.peakTreeRssBytes / 2 ** 20).toFixed(0)} MB`);
  if (!run.ok) throw new Error(`build failed (log: ${run.logFile}):\n${run.errorTail ?? ''}`);
  return run;
}

async function withServer<T>(dir: string, port: number, run: (url: string, server: Server) => Promise<T>): Promise<T> {
  const { server, url } = await startStaticServer(dir, port);
  try {
    return await run(url, server);
  } finally {
    server.close();
  }
}

/** 1–2: the corpus, then the real, bare and Open-Graph-stubbed builds of it. */
async function corpusAndBuilds(): Promise<void> {
  const corpus = await stage('generate synthetic corpus', () =>
    generateCorpus({ outDir: CONTENT, referenceDir: join(MAIN, 'content/reference'), scale: results.small ? 0.05 : 1 }),
  );
  if (corpus) {
    results.corpus = corpus;
    results.contentBytes = folderBytes(CONTENT);
  }
  const valid = corpus
    ? await stage('validate corpus (scripts/validate-content.ts)', () => {
        const run = spawnSync(process.execPath, ['scripts/validate-content.ts', CONTENT], {
          cwd: MAIN,
          encoding: 'utf8',
        });
        if (run.status !== 0) throw new Error((run.stderr || run.stdout).split('\n').slice(-20).join('\n'));
        return run.stdout.trim();
      })
    : skip('validate corpus', 'no corpus');
  if (!valid) {
    skip('builds', 'corpus missing or invalid');
    return;
  }
  const realRoot = join(BENCH, 'roots/real');
  // The Open Graph, precompression and search-index caches live in the root, which writeRealRoot clears: the
  // first build is cold. (Left at their defaults, in the project's node_modules/.cache, a "cold"
  // build read back whatever an earlier run of the same corpus had compressed.)
  const caches = (root: string) => ({
    OG_CACHE_DIR: join(root, 'og-cache'),
    PRECOMPRESS_CACHE_DIR: join(root, 'precompress-cache'),
    PAGEFIND_CACHE_DIR: join(root, 'pagefind-cache'),
  });
  const env = { CONTENT_DIR: CONTENT, ...caches(realRoot) };
  const real = await stage('build real site (synthetic corpus)', () => {
    writeRealRoot({ project: MAIN, root: realRoot, stubOgImages: false });
    return build('real', realRoot, REAL_DIST, env);
  });
  // The peer right after the project's cold build, and again after its warm one, so that the
  // machine's load falls on both alike.
  const peerRoot = join(BENCH, 'starlight');
  const peer = args.has('--no-peer')
    ? skip('build Starlight peer', '--no-peer', true)
    : await stage(`build Starlight ${STARLIGHT_VERSION} peer (same corpus, short sidebar)`, () => {
        const { pages } = writeStarlightSite(peerRoot, CONTENT);
        console.log(`  ${pages} docs pages`);
        rmSync(join(peerRoot, 'node_modules/.astro'), { recursive: true, force: true });
        return build('starlight', peerRoot, join(BENCH, 'dist-starlight'), {}, peerRoot);
      });
  const bare = await stage('build bare Astro site (same URLs)', () => {
    writeBareSite(join(BENCH, 'bare'));
    return build('bare', join(BENCH, 'bare'), BARE_DIST, env);
  });
  if (real && bare) {
    results.outputs = compareOutputs(REAL_DIST, BARE_DIST, join(MAIN, 'public'));
    results.distBytes = folderBytes(REAL_DIST);
  }
  // The same build again in the same root: Astro's content cache and the Open Graph cache are
  // warm, as on a host that keeps its build cache between deploys.
  if (real)
    await stage('rebuild real site, caches warm (same corpus)', () => build('realWarm', realRoot, REAL_DIST, env));
  if (peer)
    await stage('rebuild Starlight peer, caches warm', () =>
      build('starlightWarm', peerRoot, join(BENCH, 'dist-starlight'), {}, peerRoot),
    );
  // An editor's save: one figure's value changed, the rest as before. The keyed pages (figure
  // pages, Open Graph cards) that do not show it are copied from the warm build above.
  if (real)
    await stage('rebuild real site after one figure changed (incremental)', () => {
      const edited = editOneFigure(CONTENT);
      console.log(`  edited ${edited}`);
      return build('realEdited', realRoot, REAL_DIST, env);
    });
  if (args.has('--og-stub'))
    await stage('build real site with Open Graph renderer stubbed', () => {
      const root = join(BENCH, 'roots/real-no-og');
      writeRealRoot({ project: MAIN, root, stubOgImages: true });
      return build('realNoOg', root, join(BENCH, 'dist-real-no-og'), { ...env, ...caches(root) });
    });
}

/** Adds 1 to the first figure with a value in the corpus's first report; names what it changed. */
function editOneFigure(content: string): string {
  const dir = join(content, 'reports');
  const file = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()[0];
  if (!file) throw new Error(`no report in ${dir}`);
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { figures: { id: string; value: unknown }[] };
  const figure = report.figures.find((f) => typeof f.value === 'number');
  if (!figure) throw new Error(`no figure with a value in ${file}`);
  figure.value = (figure.value as number) + 1;
  writeFileSync(join(dir, file), `${JSON.stringify(report, null, 2)}\n`);
  return `figure ${figure.id} in reports/${file}`;
}

/** 3–4: Pagefind's index, search queries and page weights on the synthetic build. */
async function syntheticInBrowser(): Promise<void> {
  const real = results.builds.real;
  if (!real?.ok || !existsSync(REAL_DIST)) {
    skip('search queries and page weights', 'no synthetic build');
    return;
  }
  const files = filesUnder(join(REAL_DIST, 'pagefind'));
  const bytesOf = (list: string[]) => list.reduce((sum, f) => sum + readFileSync(f).length, 0);
  const indexed = /indexed (\d+) pages/.exec(readFileSync(real.logFile, 'utf8'))?.[1];
  results.pagefind = {
    totalBytes: bytesOf(files),
    withoutPrecompressedBytes: bytesOf(files.filter((f) => !/\.(gz|br)$/.test(f))),
    indexBytes: bytesOf(files.filter((f) => /\.pf_(meta|index|fragment|filter)$/.test(f))),
    largestFragmentBytes: Math.max(0, ...files.filter((f) => f.endsWith('.pf_fragment')).map((f) => bytesOf([f]))),
    files: files.length,
    pagesIndexed: indexed === undefined ? undefined : Number(indexed),
  };

  await stage('search queries in Chromium (synthetic build)', async () => {
    // Counted where the bytes leave: the server sees the search worker's requests too.
    results.queries = await withServer(REAL_DIST, 0, (url, server) =>
      measureQueries(CHROMIUM, url, logTransfers(server), QUERIES, QUERY_RUNS, (q) =>
        console.log(
          `  ${q.query}: ${q.msToResults.toFixed(0)} ms, ${(q.totalBytes / 1024).toFixed(1)} KB ${q.error ?? ''}`,
        ),
      ),
    );
    // A run without results is a measurement (reported per query), not a failure of the stage;
    // the stage fails only when a query never produced results.
    const never = QUERIES.filter((query) => !results.queries?.some((q) => q.query === query && q.ok));
    if (never.length > 0) throw new Error(`no run of ${never.map((q) => `"${q}"`).join(', ')} showed results`);
  });

  await stage('search relevance in Chromium (synthetic build)', () =>
    withServer(REAL_DIST, 0, async (url) => {
      const cases = relevanceCases(CONTENT, REAL_DIST, RELEVANCE_MODELS, RELEVANCE_SEED);
      const browser = await launchChromium(CHROMIUM);
      try {
        results.relevance = await measureRelevance(browser, url, cases);
      } finally {
        await browser.close();
      }
      for (const miss of results.relevance.filter((r) => !r.ok))
        console.log(`  "${miss.query}": expected ${miss.expected}, first ${miss.first || '(none)'}`);
    }),
  );

  const provinces = JSON.parse(readFileSync(join(CONTENT, 'reference/provinces.json'), 'utf8')) as Provinces;
  // The current unit formed from the most former provinces has the largest province page.
  const formers = (code: string) => provinces.former.filter((f) => f.mergedInto === code).length;
  const biggest = [...provinces.current].sort((a, b) => formers(b.code) - formers(a.code))[0];
  const firstFile = (dir: string, ext: string) => readdirSync(join(CONTENT, dir)).sort()[0]?.replace(ext, '') ?? '';
  // The unit pages with the most rows: the heaviest pages of the split lists.
  const largestUnitPage = (folder: string) =>
    readdirSync(join(REAL_DIST, folder), { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(REAL_DIST, folder, e.name, 'index.html')))
      .map((e) => ({ name: e.name, bytes: statSync(join(REAL_DIST, folder, e.name, 'index.html')).size }))
      .sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name))[0]?.name ?? '';
  const biggestFigures = largestUnitPage('so-lieu');
  const biggestModels = largestUnitPage('mo-hinh/tinh');
  const timelineChart =
    readdirSync(join(CONTENT, 'charts'))
      .sort()
      .find((f) => /"type":\s*"timeline"/.test(readFileSync(join(CONTENT, 'charts', f), 'utf8')))
      ?.replace('.json', '') ?? '';
  await stage('page weights in Chromium (synthetic build)', () =>
    withServer(REAL_DIST, 0, async (url) => {
      const browser = await launchChromium(CHROMIUM);
      try {
        results.weights = await withDistAs(join(BENCH, 'weights-cwd'), REAL_DIST, () =>
          measureWeights(browser, url, REAL_DIST, [
            { label: 'home', path: '/' },
            { label: 'province (most former provinces)', path: `/tinh-thanh/${biggest?.slug ?? ''}/` },
            { label: 'model', path: `/mo-hinh/${firstFile('models', '.json')}/` },
            { label: 'article', path: `/bai-viet/${firstFile('articles', '.mdx')}/` },
            { label: 'statistics', path: '/so-lieu/' },
            { label: 'statistics of the largest unit', path: `/so-lieu/${biggestFigures}/` },
            { label: 'model directory', path: '/mo-hinh/' },
            { label: 'model directory of the largest unit', path: `/mo-hinh/tinh/${biggestModels}/` },
            { label: 'article list', path: '/bai-viet/' },
            { label: 'sources', path: '/nguon/' },
            { label: 'timeline chart', path: `/bieu-do/${timelineChart}/` },
          ]),
        );
      } finally {
        await browser.close();
      }
      const failures = results.weights.filter((w) => !w.ok);
      if (failures.length > 0) throw new Error(failures.map((w) => `${w.path}: ${w.error ?? ''}`).join('\n'));
    }),
  );
}

/**
 * 3b: the index with and without the body pairs, built from the same synthetic pages and timed
 * the same way, so the report sets its size and indexing time beside the index before pairs.
 */
async function pagefindComparison(): Promise<void> {
  if (!results.builds.real?.ok || !existsSync(REAL_DIST)) {
    skip('Pagefind with and without syllable pairs', 'no synthetic build');
    return;
  }
  const glossary = readGlossary(CONTENT);
  for (const pairs of [false, true]) {
    const label = pairs ? 'with pairs' : 'without pairs';
    await stage(`Pagefind alone, ${label} (synthetic build)`, async () => {
      const outputPath = join(BENCH, 'pagefind-compare', pairs ? 'pairs' : 'syllables');
      rmSync(outputPath, { recursive: true, force: true });
      const start = performance.now();
      // Without pairs, as before them: with Pagefind's own chunk size too.
      const chunkSize = pairs ? INDEX_CHUNK_SIZE : PAGEFIND_CHUNK_SIZE;
      const summary = await indexSite({ site: REAL_DIST, outputPath, glossary, pairs, chunkSize });
      (results.pagefindRuns ??= []).push({ withPairs: pairs, ms: performance.now() - start, ...summary });
    });
  }
}

/** 5: Lighthouse on the real content, built with SITE_URL set to the origin it is served from. */
async function lighthouseOnRealContent(): Promise<void> {
  const origin = `http://127.0.0.1:${LIGHTHOUSE_PORT}`;
  results.lighthouseOrigin = origin;
  const site = await stage('build real site (real content) for Lighthouse', () => {
    writeRealRoot({ project: MAIN, root: join(BENCH, 'roots/site'), stubOgImages: false });
    return build('site', join(BENCH, 'roots/site'), SITE_DIST, {
      CONTENT_DIR: join(MAIN, 'content'),
      SITE_URL: origin,
    });
  });
  if (!site) {
    skip('Lighthouse', 'the real-content build failed');
    return;
  }
  // The five page types readers land on (the ones tests/lighthouse.test.ts holds to 100), and
  // the heaviest list page.
  const pages = [...KEY_PAGES, { label: 'statistics', path: '/so-lieu/' }];
  await stage('Lighthouse (real content)', () =>
    withServer(SITE_DIST, LIGHTHOUSE_PORT, async (url) => {
      results.lighthouse = await runLighthouse(CHROMIUM, url, pages);
      for (const l of results.lighthouse) console.log(`  ${l.path}: ${l.ok ? JSON.stringify(l.scores) : l.error}`);
      const failures = results.lighthouse.filter((l) => !l.ok);
      if (failures.length > 0) throw new Error(failures.map((l) => `${l.path}: ${l.error ?? ''}`).join('\n'));
    }),
  );
}

/** 6: first paint of the five key page types on an emulated slow 3G link. */
async function slowNetwork(dist: string): Promise<void> {
  results.slowNetworkSite = dist === SITE_DIST ? '.bench/dist-site (the real-content build above)' : 'dist/';
  await stage(`slow 3G first paint in Chromium (real content, ${results.slowNetworkSite})`, () =>
    withServer(dist, 0, async (url, server) => {
      const browser = await launchChromium(CHROMIUM);
      try {
        results.slowNetwork = await measureSlowNetwork(
          browser,
          server,
          url,
          KEY_PAGES,
          SLOW_NETWORK_RUNS,
          SLOW_3G,
          (label, r) =>
            console.log(
              `  ${label}: first paint ${r.fcpMs.toFixed(0)} ms (${r.fcpAfterHtmlMs.toFixed(0)} after the HTML), ` +
                `${(r.bytesBeforePaint / 1024).toFixed(1)} KB before it, ${(r.serverBytes / 1024).toFixed(1)} KB in all, CLS ${r.cls}`,
            ),
        );
        results.slowNetworkProfile = SLOW_3G;
        // The same browser, link and runs on a page of one heading: the floor the pages are read against.
        const floor = await startFloorServer();
        try {
          const [measured] = await measureSlowNetwork(
            browser,
            floor.server,
            floor.url,
            [FLOOR_PAGE],
            SLOW_NETWORK_RUNS,
            SLOW_3G,
            (label, r) =>
              console.log(
                `  ${label}: first paint ${r.fcpMs.toFixed(0)} ms (${r.fcpAfterHtmlMs.toFixed(0)} after the HTML)`,
              ),
          );
          if (measured) results.slowNetworkFloor = measured;
        } finally {
          floor.server.close();
        }
      } finally {
        await browser.close();
      }
      const failures = results.slowNetwork.filter((p) => !p.ok);
      if (failures.length > 0) throw new Error(failures.map((p) => `${p.path}: ${p.error ?? ''}`).join('\n'));
    }),
  );
}

if (slowOnly) {
  const dist = join(MAIN, 'dist');
  const built = existsSync(join(dist, 'index.html'))
    ? true
    : await stage('build dist/ (npm run build)', () => {
        const run = spawnSync('npm', ['run', 'build'], { cwd: MAIN, encoding: 'utf8', stdio: 'inherit' });
        if (run.status !== 0) throw new Error(`npm run build exited with ${run.status}`);
        return true;
      });
  if (built) await slowNetwork(dist);
  else skip('slow 3G first paint', 'the build of dist/ failed');
} else {
  if (!previous) await corpusAndBuilds();
  await syntheticInBrowser();
  if (!previous) await pagefindComparison();
  await lighthouseOnRealContent();
  if (results.builds.site?.ok && existsSync(SITE_DIST)) await slowNetwork(SITE_DIST);
  else skip('slow 3G first paint', 'no real-content build');
}

writeFileSync(RESULTS, JSON.stringify(results, null, 2));
publish(results);
const failed: StageResult[] = results.stages.filter((s) => !s.ok);
if (failed.length > 0) {
  console.error(`\n${failed.length} stage(s) failed or were skipped: ${failed.map((s) => s.name).join(', ')}`);
  process.exit(1);
}
