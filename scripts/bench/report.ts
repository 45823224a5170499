/**
 * Turns the benchmark's measurements into docs/benchmark.md. Pure: numbers in, markdown out.
 * Every number is printed with its unit; targets are printed beside the measurement.
 */
import type { CorpusSummary } from './generate-corpus.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { CATEGORIES } from './lighthouse.ts';
import type { BuildRun } from './measure-build.ts';
import type { OutputComparison } from './outputs.ts';
import type { PageWeight } from './page-weights.ts';
import { overBudget } from '../../src/lib/budgets.ts';
import { gb, int, kb, mb, sec, table } from './report-format.ts';
import { buildSection, lighthouseSection, searchSection, weightsSection } from './report-sections.ts';
import type { QueryResult } from './search-queries.ts';
import { slowNetworkSection, slowNetworkTargets } from './report-slow-network.ts';
import type { NetworkProfile, SlowNetworkResult } from './slow-network.ts';
import { firstRate, type RelevanceResult } from './search-relevance.ts';
import type { IndexSummary } from '../../src/integrations/pagefind.ts';

export interface StageResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: string;
  skipped?: boolean;
}

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  astro: string;
  pagefind: string;
  lighthouse: string;
  /** The Starlight version built as the peer, when it was. */
  starlight?: string | undefined;
}

export interface PagefindSize {
  totalBytes: number;
  withoutPrecompressedBytes: number;
  indexBytes: number;
  /** The largest single .pf_fragment: what one result costs at worst. */
  largestFragmentBytes?: number;
  files: number;
  pagesIndexed: number | undefined;
}

export interface BenchResults {
  small: boolean;
  machine: Machine;
  /** When `--browser-only` redid the browser stages on this run's builds. */
  browserRerun?: string;
  /** When `--slow-3g` measured first paint alone, on dist/. */
  slowNetworkRerun?: string;
  stages: StageResult[];
  corpus?: CorpusSummary;
  contentBytes?: number;
  builds: {
    real?: BuildRun;
    bare?: BuildRun;
    realWarm?: BuildRun;
    /** Rebuilt after one figure's value changed: an editor's save (incremental build). */
    realEdited?: BuildRun;
    realNoOg?: BuildRun;
    site?: BuildRun;
    /** The peer: the same corpus as a Starlight site (scripts/bench/starlight-site.ts). */
    starlight?: BuildRun;
    starlightWarm?: BuildRun;
  };
  outputs?: OutputComparison;
  distBytes?: number;
  pagefind?: PagefindSize;
  /** Pagefind run alone on the synthetic build, with and without the body pairs. */
  pagefindRuns?: Array<IndexSummary & { withPairs: boolean; ms: number }>;
  queries?: QueryResult[];
  relevance?: RelevanceResult[];
  weights?: PageWeight[];
  lighthouse?: LighthouseResult[];
  lighthouseOrigin?: string;
  /** First paint of the key page types on an emulated slow link, the link, and the build measured. */
  slowNetwork?: SlowNetworkResult[];
  slowNetworkProfile?: NetworkProfile;
  slowNetworkSite?: string;
  /** The same measurement of a page of one heading (scripts/bench/floor-page.ts). */
  slowNetworkFloor?: SlowNetworkResult;
}

const perPage = (run: BuildRun) =>
  run.astroPageCount ? `, ${(run.wallMs / run.astroPageCount).toFixed(1)} ms/page` : '';
const load = (run: BuildRun) => `load ${run.loadBefore.toFixed(1)}→${run.loadAfter.toFixed(1)}`;

/** The project against its peer, Starlight on the same corpus: cold, warm, and peak memory. */
export function peerRows(
  real: BuildRun | undefined,
  starlight: BuildRun | undefined,
  realWarm: BuildRun | undefined,
  starlightWarm: BuildRun | undefined,
  mark: (ok: boolean) => string,
  realEdited?: BuildRun,
): string[][] {
  const rows: string[][] = [];
  const compare = (target: string, limit: number, ours?: BuildRun, peer?: BuildRun) => {
    if (!ours?.ok || !peer?.ok) return;
    const ratio = ours.wallMs / peer.wallMs;
    rows.push([
      target,
      `${ratio.toFixed(2)}× (${sec(ours.wallMs)} s${perPage(ours)}, ${load(ours)} ÷ Starlight ${sec(peer.wallMs)} s` +
        `${perPage(peer)}, ${load(peer)})`,
      mark(ratio <= limit),
    ]);
  };
  compare('cold build ≤ 1.5× Starlight’s cold build (Open Graph images included)', 1.5, real, starlight);
  compare('warm rebuild ≤ 1.0× Starlight’s warm rebuild', 1.0, realWarm, starlightWarm);
  // Not a target of its own: an editor's save, held to the same limit so the table shows what the
  // same-corpus rebuild leaves out (Pagefind runs again whenever an indexed page changed).
  compare('rebuild after one figure changed ≤ 1.0× Starlight’s warm rebuild', 1.0, realEdited, starlightWarm);
  const peaks = [real, realWarm, realEdited].filter((b): b is BuildRun => Boolean(b?.ok));
  if (peaks.length > 0) {
    const peak = Math.max(...peaks.map((b) => b.peakTreeRssBytes));
    const peer = starlight?.ok ? `; Starlight ${gb(starlight.peakTreeRssBytes)} GB` : '';
    rows.push(['peak memory of the build’s process tree ≤ 3 GB', `${gb(peak)} GB${peer}`, mark(peak <= 3 * 2 ** 30)]);
  }
  return rows;
}

/** One line per target: what was measured against it, and whether it was met. */
function targetsSection(r: BenchResults): string[] {
  const rows: string[][] = [];
  const mark = (ok: boolean) => (ok ? 'met' : 'missed');
  const { real, bare, realWarm, starlight, starlightWarm } = r.builds;
  rows.push(...peerRows(real, starlight, realWarm, starlightWarm, mark, r.builds.realEdited));
  if (realWarm?.ok && bare?.ok) {
    const ratio = realWarm.wallMs / bare.wallMs;
    rows.push([
      'build time real ÷ bare ≤ 1.5×, rebuild with warm caches',
      `${ratio.toFixed(2)}× (${sec(realWarm.wallMs)} s ÷ ${sec(bare.wallMs)} s)`,
      mark(ratio <= 1.5),
    ]);
  }
  if (real?.ok && bare?.ok) {
    const ratio = real.wallMs / bare.wallMs;
    const top = Object.entries(real.phases)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([phase, ms]) => `${phase} ${sec(ms)} s`)
      .join(', ');
    rows.push([
      'build time real ÷ bare ≤ 1.5×, cold build',
      `${ratio.toFixed(2)}× (${sec(real.wallMs)} s ÷ ${sec(bare.wallMs)} s); largest phases: ${top}`,
      mark(ratio <= 1.5),
    ]);
  }
  const runs = r.queries ?? [];
  const queries = runs.filter((q) => q.ok);
  if (queries.length > 0) {
    const max = Math.max(...queries.map((q) => q.totalBytes));
    const mean = queries.reduce((sum, q) => sum + q.totalBytes, 0) / queries.length;
    const over = queries.filter((q) => q.totalBytes > 300 * 1024).length;
    const hung = runs.length - queries.length;
    rows.push([
      'search ≤ 300 KB per query, mean ≤ 200 KB',
      `mean ${kb(mean)} KB, max ${kb(max)} KB; ${over} of ${queries.length} runs with results over 300 KB; ` +
        `${hung} of ${runs.length} runs showed no result within 60 s`,
      mark(over === 0 && hung === 0 && mean <= 200 * 1024),
    ]);
  }
  if (r.relevance && r.relevance.length > 0) {
    const models = firstRate(r.relevance, 'model');
    const places = firstRate(r.relevance, 'province');
    rows.push([
      'search: the named page first for ≥ 95% of model names typed without diacritics',
      `${models.ok} of ${models.of} (${((100 * models.ok) / Math.max(1, models.of)).toFixed(0)}%)`,
      mark(models.of > 0 && models.ok >= 0.95 * models.of),
    ]);
    rows.push([
      'search: the province page first for every province name typed without diacritics',
      `${places.ok} of ${places.of}`,
      mark(places.of > 0 && places.ok === places.of),
    ]);
  }
  for (const w of (r.weights ?? []).filter((x) => x.ok)) {
    // The same budgets the browser tests enforce (src/lib/budgets.ts).
    const over = overBudget(w.path, w);
    rows.push([
      `page weight budgets, ${w.label}`,
      over.length > 0 ? over.join('; ') : `HTML ${kb(w.html)} KB`,
      mark(over.length === 0),
    ]);
  }
  for (const l of (r.lighthouse ?? []).filter((x) => x.ok)) {
    const misses = CATEGORIES.filter((c) => (l.scores[c] ?? 0) < (c === 'performance' ? 95 : 100));
    rows.push([
      `Lighthouse, ${l.label}`,
      CATEGORIES.map((c) => `${c} ${l.scores[c] ?? 'n/a'}`).join(', '),
      mark(misses.length === 0),
    ]);
  }
  if (r.slowNetwork && r.slowNetworkProfile) rows.push(...slowNetworkTargets(r.slowNetwork, r.slowNetworkProfile));
  return rows.length > 0 ? ['## Targets', '', table(['target', 'measured', 'result'], rows), ''] : [];
}

const METHOD = [
  '## Method',
  '',
  '- Builds are cold (a fresh root folder, content-layer cache, Open Graph image cache, precompression cache and ' +
    'output folder under .bench/) except the warm rebuild, which runs again in the real build’s root with its caches ' +
    'kept, as a host that keeps its build cache between deploys would. The Open Graph cache (src/og/cache.ts) is keyed ' +
    'by the card’s texts, the layout, the fonts and the painter version, so a warm build renders only cards that ' +
    'changed; the precompression cache (src/integrations/precompress-cache.ts) by the bytes compressed; Astro’s ' +
    'incremental-build cache by each keyed route’s render key (src/data/render-keys.ts) and code; the search-index ' +
    'cache (src/integrations/pagefind-cache.ts) by every page as it is handed to Pagefind. The rebuild after an ' +
    'edit runs last, in the same root, after adding 1 to one figure’s value in the corpus.',
  '- The real site is built with the project’s own astro.config.mjs through a generated wrapper root ' +
    '(.bench/roots/*/astro.config.mjs: srcDir, publicDir and cacheDir pointed back at the project and at a private ' +
    'cache). Built from the project folder itself, Astro would write .astro/ and node_modules/.astro/data-store.json, ' +
    'which the project’s own builds of dist/ use too.',
  '- The bare site (.bench/bare/) reads the same content files with node:fs and writes the URLs of every route of ' +
    'the real site: pages (one per figure at /so-lieu/f/<id>/ and one per indicator included), /og/*.png (a 1×1 PNG ' +
    'each, figures’ cards included), chart SVG/CSV, per-report and per-indicator CSV, data downloads, feeds; trivial ' +
    'HTML, no integrations (so not the files integrations write, such as the offline lists under /ngoai-tuyen/).',
  '- The Starlight peer (.bench/starlight/, scripts/bench/starlight-site.ts) builds the same corpus with a short ' +
    'sidebar: every model, report, article and figure becomes one docs page at the portal’s path, holding the text ' +
    'the portal shows for it (a figure’s value as printed, qualifier, unit, period, scope, province, indicator, ' +
    'source and citation); Starlight writes no Open Graph images.',
  '- “Open Graph renderer stubbed” (only with --og-stub) replaces src/og/render.ts with a function returning a 1×1 PNG, through a Vite ' +
    'plugin in the wrapper config; project code is unchanged.',
  '- Wall time is measured around the whole `astro build` process; peak memory is the largest sum of RSS over the ' +
    'build process and all its children (Pagefind runs as a child binary), polled from /proc every 200 ms; the largest ' +
    'single process comes from GNU time. Phases are the wall time between Astro’s log lines, timestamped on arrival; ' +
    'per-route times are Astro’s own “(+N ms)”.',
  '- Every build, the peer’s and the bare one’s included, runs under the Node options of the project’s `npm run build` ' +
    '(`--env-file=build.env`: allocator settings for the Rust parts of Astro and Vite, which Starlight shares), and ' +
    'Pagefind, the peer’s included, under the project’s allocator setting (PAGEFIND_ALLOCATOR in src/integrations/pagefind.ts).',
  '- The machine has 2 cores; other work on it shows in the load averages beside each build.',
  '',
];

export function renderReport(r: BenchResults): string {
  const m = r.machine;
  const c = r.corpus;
  const failed = r.stages.filter((s) => !s.ok);
  const lines: string[] = [
    `# Benchmark${r.small ? ' (small corpus, --small)' : ''}`,
    '',
    `Generated by \`npm run bench${r.small ? ' -- --small' : ''}\` (scripts/bench.ts) on ${m.date}` +
      (r.browserRerun
        ? `; search, page weights and Lighthouse redone on ${r.browserRerun} against .bench/dist-real as it then ` +
          'was (a build of the same deterministic corpus) and a fresh build of the real content.'
        : '.') +
      (r.slowNetworkRerun ? ` First paint on the slow link measured alone on ${r.slowNetworkRerun}.` : ''),
    '',
    `Machine: ${m.cpus} CPUs (${m.cpuModel}), ${gb(m.memoryBytes)} GB RAM, Node ${m.node}, Astro ${m.astro}, ` +
      `Pagefind ${m.pagefind}, Lighthouse ${m.lighthouse}${m.starlight ? `, Starlight ${m.starlight} (the peer)` : ''}. The load averages beside each build say how busy ` +
      'the machine was.',
    '',
    failed.length === 0
      ? 'All stages succeeded.'
      : `**${failed.length} stage(s) failed**: ${failed.map((s) => s.name).join(', ')} (details at the end).`,
    '',
    '## Stages',
    '',
    table(
      ['stage', 'result', 's'],
      r.stages.map((s) => [s.name, s.skipped ? 'skipped' : s.ok ? 'ok' : 'failed', sec(s.ms)]),
    ),
    '',
  ];
  // A run of the slow-link stage alone (--slow-3g, no earlier results) has no builds to explain.
  const built = Object.keys(r.builds).length > 0;
  lines.push(...targetsSection(r), ...(built ? METHOD : []));
  if (c) {
    lines.push(
      '## Synthetic corpus',
      '',
      'Deterministic (seeded PRNG), written to .bench/content/, every name and title prefixed “[Tổng hợp thử]”; ' +
        'report and model summaries say it is synthetic benchmark data. The reference files are the project’s own.',
      '',
      table(
        ['what', 'count'],
        [
          ['former provinces / current units', `${c.formerProvinces} / ${c.currentProvinces}`],
          ['reports', int(c.reports)],
          ['figures (of which totals with parts)', `${int(c.figures)} (${int(c.figuresWithParts)})`],
          ['models (highlighted)', `${int(c.models)} (${int(c.highlightedModels)})`],
          ['articles (mean words of body)', `${int(c.articles)} (${int(c.averageArticleWords)})`],
          ['charts', int(c.charts)],
          ['province overviews', int(c.overviews)],
          ['content folder size', r.contentBytes === undefined ? 'n/a' : `${mb(r.contentBytes)} MB`],
        ],
      ),
      '',
    );
    if (r.outputs)
      lines.push(
        `Pages built: ${int(r.outputs.htmlPages)} HTML pages, ${int(r.outputs.ogImages)} Open Graph PNGs, ` +
          `${int(r.outputs.real - r.outputs.htmlPages - r.outputs.ogImages)} other files from routes; ` +
          `${int(r.outputs.real)} in all` +
          (r.builds.real?.astroPageCount ? ` (Astro counts ${int(r.builds.real.astroPageCount)} pages)` : '') +
          (r.distBytes === undefined ? '.' : `; the output folder holds ${mb(r.distBytes)} MB with .gz/.br copies.`),
        '',
      );
  }
  if (built) lines.push(...buildSection(r));
  if (r.pagefind || r.pagefindRuns || r.queries || r.relevance) lines.push(...searchSection(r));
  if (r.weights) lines.push(...weightsSection(r.weights));
  if (r.lighthouse) lines.push(...lighthouseSection(r.lighthouse, r.lighthouseOrigin));
  if (r.slowNetwork && r.slowNetworkProfile)
    lines.push(...slowNetworkSection(r.slowNetwork, r.slowNetworkProfile, r.slowNetworkSite, r.slowNetworkFloor));
  if (failed.length > 0) {
    lines.push('## Failures', '');
    for (const s of failed) lines.push(`### ${s.name}`, '', '```', s.error ?? 'no message', '```', '');
  }
  return lines.join('\n');
}
