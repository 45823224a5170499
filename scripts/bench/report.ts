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
import type { QueryResult } from './search-queries.ts';

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
  stages: StageResult[];
  corpus?: CorpusSummary;
  contentBytes?: number;
  builds: { real?: BuildRun; bare?: BuildRun; realNoOg?: BuildRun; site?: BuildRun };
  outputs?: OutputComparison;
  distBytes?: number;
  pagefind?: PagefindSize;
  queries?: QueryResult[];
  weights?: PageWeight[];
  lighthouse?: LighthouseResult[];
  lighthouseOrigin?: string;
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(0);
const gb = (bytes: number): string => (bytes / 1024 ** 3).toFixed(2);
const sec = (ms: number): string => (ms / 1000).toFixed(1);
const table = (head: string[], rows: string[][]): string =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/** Budgets from /work/shared/DESIGN.md, in gzip KB. */
const BUDGET_KB = { html: 60, htmlStatistics: 150, css: 20, js: 12, fonts: 100 };

function buildSection(r: BenchResults): string[] {
  const { real, bare, realNoOg, site } = r.builds;
  const out: string[] = ['## Build: real site vs bare Astro', ''];
  const runs: Array<[string, BuildRun | undefined]> = [
    ['real site, synthetic corpus', real],
    ['bare Astro, same URLs', bare],
    ['real site, Open Graph renderer stubbed', realNoOg],
    ['real site, real content (for Lighthouse)', site],
  ];
  out.push(
    table(
      [
        'build',
        'result',
        'wall time (s)',
        'peak RSS, process tree (MB)',
        'largest process RSS (MB)',
        'Astro page count',
        'load avg before → after',
      ],
      runs
        .filter((entry): entry is [string, BuildRun] => entry[1] !== undefined)
        .map(([name, b]) => [
          name,
          b.ok ? 'ok' : `failed (exit ${b.exitCode})`,
          sec(b.wallMs),
          mb(b.peakTreeRssBytes),
          b.maxProcessRssBytes === undefined ? 'n/a' : mb(b.maxProcessRssBytes),
          b.astroPageCount === undefined ? 'n/a' : int(b.astroPageCount),
          `${b.loadBefore.toFixed(2)} → ${b.loadAfter.toFixed(2)}`,
        ]),
    ),
    '',
  );
  if (real?.ok && bare?.ok) {
    const ratio = real.wallMs / bare.wallMs;
    out.push(
      `Ratio real ÷ bare: **${ratio.toFixed(2)}×** wall time (target ≤ 1.5×: ${ratio <= 1.5 ? 'met' : 'missed'}), ` +
        `${(real.peakTreeRssBytes / bare.peakTreeRssBytes).toFixed(2)}× peak memory ` +
        `(${gb(real.peakTreeRssBytes)} GB vs ${gb(bare.peakTreeRssBytes)} GB).`,
    );
    if (realNoOg?.ok)
      out.push(
        '',
        `With the Open Graph renderer stubbed (same routes, a 1×1 PNG each): ${sec(realNoOg.wallMs)} s, ` +
          `${(realNoOg.wallMs / bare.wallMs).toFixed(2)}× bare; Open Graph rendering accounts for ` +
          `${sec(real.wallMs - realNoOg.wallMs)} s of the real build.`,
      );
    out.push('');
  }
  for (const [name, b] of runs) {
    if (!b || b === site) continue;
    out.push(`### Where the time goes: ${name}`, '');
    out.push(
      table(
        ['phase (between log lines)', 's', 'share of wall time'],
        Object.entries(b.phases).map(([phase, ms]) => [phase, sec(ms), `${((ms / b.wallMs) * 100).toFixed(0)}%`]),
      ),
      '',
      table(
        ['routes', 'count', 'render time, sum of Astro’s per-route (+ms) (s)', 'ms per route'],
        b.routes.map((g) => [g.kind, int(g.count), sec(g.ms), (g.ms / g.count).toFixed(1)]),
      ),
      '',
    );
  }
  if (r.outputs) {
    const o = r.outputs;
    out.push(
      `Routes written (HTML, PNG, CSV, JSON, SVG, XML, TXT; without .gz/.br copies, _astro/, pagefind/, sitemap and public/): ` +
        `real ${int(o.real)}, bare ${int(o.bare)}. ` +
        (o.onlyReal.length + o.onlyBare.length === 0
          ? 'The two sets of URLs are identical.'
          : `Only in real: ${o.onlyReal.length} (${o.onlyReal.slice(0, 8).join(', ')}); only in bare: ${o.onlyBare.length} (${o.onlyBare.slice(0, 8).join(', ')}).`),
      '',
    );
  }
  return out;
}

function searchSection(r: BenchResults): string[] {
  const out: string[] = ['## Search (Pagefind)', ''];
  if (r.pagefind) {
    const p = r.pagefind;
    out.push(
      `Index folder \`pagefind/\` of the synthetic build: ${int(p.totalBytes)} bytes (${mb(p.totalBytes)} MB) in ${int(p.files)} files ` +
        `including .gz/.br copies of the UI; ${int(p.withoutPrecompressedBytes)} bytes without them; ` +
        `index proper (.pf_meta, .pf_index, .pf_fragment, .pf_filter) ${int(p.indexBytes)} bytes` +
        (p.largestFragmentBytes === undefined ? '. ' : `; largest fragment ${int(p.largestFragmentBytes)} bytes. `) +
        `Pages indexed: ${p.pagesIndexed === undefined ? 'n/a' : int(p.pagesIndexed)}.`,
      '',
    );
  }
  if (r.queries && r.queries.length > 0) {
    const kinds = [...new Set(r.queries.flatMap((q) => Object.keys(q.bytes)))].sort();
    const byQuery = new Map<string, QueryResult[]>();
    for (const q of r.queries) byQuery.set(q.query, [...(byQuery.get(q.query) ?? []), q]);
    const runs = Math.max(...[...byQuery.values()].map((list) => list.length));
    out.push(
      `Each query ${runs} time(s), each time in a fresh Chromium (empty cache): load \`/tim-kiem/?q=…\`, wait until ` +
        'the first result (or the no-result summary) is on screen, at most 60 s, then until no /pagefind/ request has ' +
        'been pending for 600 ms. Bytes are encoded body + headers of every /pagefind/ response; the split by kind ' +
        'and the other columns are those of the median run. Target ≤ 300 KB per query.',
      '',
      table(
        [
          'query',
          'runs with results',
          'median ms to results',
          'median KB under /pagefind/',
          'max KB',
          'requests',
          ...kinds.map((k) => `${k} (KB)`),
          'largest response (KB)',
          'summary',
          'first result shown',
        ],
        [...byQuery.entries()].map(([query, list]) => {
          const ok = list.filter((q) => q.ok).sort((a, b) => a.msToResults - b.msToResults);
          const median = ok[Math.floor((ok.length - 1) / 2)];
          const max = Math.max(...list.map((q) => q.totalBytes));
          const failures = list.filter((q) => !q.ok).map((q) => q.error ?? 'failed');
          return [
            `\`${query}\``,
            `${ok.length} of ${list.length}${failures.length > 0 ? ` (${[...new Set(failures)].join('; ')})` : ''}`,
            median ? int(median.msToResults) : 'n/a',
            median ? kb(median.totalBytes) : 'n/a',
            `${kb(max)}${max > 300 * 1024 ? ' (over 300)' : ''}`,
            median ? int(median.requests) : '',
            ...kinds.map((k) => (median ? kb(median.bytes[k] ?? 0) : '')),
            median?.largest ? `${median.largest.path.replace(/^.*\//, '')} ${kb(median.largest.bytes)}` : '',
            (median?.summary ?? '').replace(/\|/g, '/'),
            (median?.firstResult ?? '').replace(/\|/g, '/'),
          ];
        }),
      ),
      '',
    );
    const ok = r.queries.filter((q) => q.ok);
    if (ok.length > 0) {
      const avg = (f: (q: QueryResult) => number) => ok.reduce((s, q) => s + f(q), 0) / ok.length;
      out.push(
        `Mean over ${ok.length} runs with results: ${int(avg((q) => q.msToResults))} ms, ` +
          `${kb(avg((q) => q.totalBytes))} KB; max ${kb(Math.max(...ok.map((q) => q.totalBytes)))} KB. ` +
          `Runs with no result on screen within 60 s: ${r.queries.length - ok.length} of ${r.queries.length}.`,
        '',
      );
    }
  }
  return out;
}

function weightsSection(weights: PageWeight[]): string[] {
  const cell = (bytes: number, budget: number) => `${kb(bytes)}${bytes > budget * 1024 ? ` (over ${budget})` : ''}`;
  return [
    '## Page weights, synthetic build (gzip KB, as measurePage counts them)',
    '',
    'Budgets: HTML ≤ 60 KB (≤ 150 KB for /so-lieu/), CSS ≤ 20 KB, JS ≤ 12 KB, fonts ≤ 100 KB.',
    '',
    table(
      ['page', 'path', 'HTML', 'CSS', 'JS', 'fonts', 'requests', 'note'],
      weights.map((w) =>
        w.ok
          ? [
              w.label,
              `\`${w.path}\``,
              cell(w.html, w.path === '/so-lieu/' ? BUDGET_KB.htmlStatistics : BUDGET_KB.html),
              cell(w.css, BUDGET_KB.css),
              cell(w.js, BUDGET_KB.js),
              cell(w.fonts, BUDGET_KB.fonts),
              int(w.requests),
              w.note ?? '',
            ]
          : [w.label, `\`${w.path}\``, `failed: ${w.error ?? ''}`, '', '', '', '', ''],
      ),
    ),
    '',
  ];
}

function lighthouseSection(results: LighthouseResult[], origin: string | undefined): string[] {
  const out = [
    '## Lighthouse, real content',
    '',
    `Lighthouse defaults (mobile emulation, simulated throttling), Debian Chromium headless; site built with ` +
      `SITE_URL=${origin ?? 'n/a'} and served by scripts/serve.ts so canonical URLs match the served origin. ` +
      'Targets: performance ≥ 95, the others 100.',
    '',
    table(
      ['page', 'path', ...CATEGORIES, 'FCP', 'LCP', 'TBT', 'CLS'],
      results.map((l) =>
        l.ok
          ? [
              l.label,
              `\`${l.path}\``,
              ...CATEGORIES.map((c) => String(l.scores[c] ?? 'n/a')),
              l.metrics['first-contentful-paint'] ?? '',
              l.metrics['largest-contentful-paint'] ?? '',
              l.metrics['total-blocking-time'] ?? '',
              l.metrics['cumulative-layout-shift'] ?? '',
            ]
          : [l.label, `\`${l.path}\``, `failed: ${l.error ?? ''}`, '', '', '', '', '', '', ''],
      ),
    ),
    '',
  ];
  const below = results.flatMap((l) =>
    CATEGORIES.filter((c) => (l.scores[c] ?? 100) < (c === 'performance' ? 95 : 100) || (l.failing[c]?.length ?? 0) > 0)
      .filter((c) => (l.scores[c] ?? 100) < 100)
      .map(
        (c) =>
          `- ${l.label} \`${l.path}\`, ${c} ${l.scores[c]}: ${(l.failing[c] ?? []).join('; ') || 'no single audit below 1'}`,
      ),
  );
  out.push(
    below.length > 0
      ? 'Audits costing points (categories below 100):\n\n' + below.join('\n')
      : 'Every category scored 100.',
    '',
  );
  return out;
}

/** One line per target: what was measured against it, and whether it was met. */
function targetsSection(r: BenchResults): string[] {
  const rows: string[][] = [];
  const mark = (ok: boolean) => (ok ? 'met' : 'missed');
  const { real, bare } = r.builds;
  if (real?.ok && bare?.ok) {
    const ratio = real.wallMs / bare.wallMs;
    const top = Object.entries(real.phases)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([phase, ms]) => `${phase} ${sec(ms)} s`)
      .join(', ');
    rows.push([
      'build time real ÷ bare ≤ 1.5×',
      `${ratio.toFixed(2)}× (${sec(real.wallMs)} s ÷ ${sec(bare.wallMs)} s); largest phases: ${top}`,
      mark(ratio <= 1.5),
    ]);
  }
  const runs = r.queries ?? [];
  const queries = runs.filter((q) => q.ok);
  if (queries.length > 0) {
    const max = Math.max(...queries.map((q) => q.totalBytes));
    const over = queries.filter((q) => q.totalBytes > 300 * 1024).length;
    const hung = runs.length - queries.length;
    rows.push([
      'search ≤ 300 KB per query',
      `max ${kb(max)} KB; ${over} of ${queries.length} runs with results over 300 KB; ` +
        `${hung} of ${runs.length} runs showed no result within 60 s`,
      mark(over === 0 && hung === 0),
    ]);
  }
  for (const w of (r.weights ?? []).filter((x) => x.ok)) {
    const htmlBudget = w.path === '/so-lieu/' ? BUDGET_KB.htmlStatistics : BUDGET_KB.html;
    const over = [
      w.html > htmlBudget * 1024 ? `HTML ${kb(w.html)} > ${htmlBudget}` : '',
      w.css > BUDGET_KB.css * 1024 ? `CSS ${kb(w.css)} > ${BUDGET_KB.css}` : '',
      w.js > BUDGET_KB.js * 1024 ? `JS ${kb(w.js)} > ${BUDGET_KB.js}` : '',
      w.fonts > BUDGET_KB.fonts * 1024 ? `fonts ${kb(w.fonts)} > ${BUDGET_KB.fonts}` : '',
    ].filter(Boolean);
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
  return rows.length > 0 ? ['## Targets', '', table(['target', 'measured', 'result'], rows), ''] : [];
}

const METHOD = [
  '## Method',
  '',
  '- Every build is cold: a fresh root folder, content-layer cache and output folder under .bench/.',
  '- The real site is built with the project’s own astro.config.mjs through a generated wrapper root ' +
    '(.bench/roots/*/astro.config.mjs: srcDir, publicDir and cacheDir pointed back at the project and at a private ' +
    'cache). Built from /work/main itself, Astro would write .astro/ and node_modules/.astro/data-store.json, which ' +
    'the other engineers’ builds of dist/ use at the same time.',
  '- The bare site (.bench/bare/) reads the same content files with node:fs and writes the same URLs: pages, ' +
    '/og/*.png (a 1×1 PNG each), chart SVG/CSV, data downloads; trivial HTML, no integrations.',
  '- “Open Graph renderer stubbed” replaces src/og/render.ts with a function returning a 1×1 PNG, through a Vite ' +
    'plugin in the wrapper config; project code is unchanged.',
  '- Wall time is measured around the whole `astro build` process; peak memory is the largest sum of RSS over the ' +
    'build process and all its children (Pagefind runs as a child binary), polled from /proc every 200 ms; the largest ' +
    'single process comes from GNU time. Phases are the wall time between Astro’s log lines, timestamped on arrival; ' +
    'per-route times are Astro’s own “(+N ms)”.',
  '- The machine has 2 cores and is shared: builds of other engineers ran at the same time (see the load averages).',
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
      (r.browserRerun ? `; search, page weights and Lighthouse redone on the same builds on ${r.browserRerun}.` : '.'),
    '',
    `Machine: ${m.cpus} CPUs (${m.cpuModel}), ${gb(m.memoryBytes)} GB RAM, Node ${m.node}, Astro ${m.astro}, ` +
      `Pagefind ${m.pagefind}, Lighthouse ${m.lighthouse}. Other engineers' builds may share the machine: ` +
      'the load averages beside each build say how busy it was.',
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
  lines.push(...targetsSection(r), ...METHOD);
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
  lines.push(...buildSection(r), ...searchSection(r));
  if (r.weights) lines.push(...weightsSection(r.weights));
  if (r.lighthouse) lines.push(...lighthouseSection(r.lighthouse, r.lighthouseOrigin));
  if (failed.length > 0) {
    lines.push('## Failures', '');
    for (const s of failed) lines.push(`### ${s.name}`, '', '```', s.error ?? 'no message', '```', '');
  }
  return lines.join('\n');
}
