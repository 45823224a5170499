/**
 * The measurement sections of docs/benchmark.md: builds, search, page weights, Lighthouse.
 * Pure: numbers in, markdown lines out.
 */
import type { LighthouseResult } from './lighthouse.ts';
import { CATEGORIES } from './lighthouse.ts';
import { PAGEFIND_PHASE, type BuildRun } from './measure-build.ts';
import type { PageWeight } from './page-weights.ts';
import type { BenchResults } from './report.ts';
import { budgetFor } from '../../src/lib/budgets.ts';
import { gb, int, kb, mb, sec, table } from './report-format.ts';
import type { QueryResult } from './search-queries.ts';
import { firstRate } from './search-relevance.ts';

export function buildSection(r: BenchResults): string[] {
  const { real, bare, realWarm, realEdited, realNoOg, site, starlight, starlightWarm } = r.builds;
  const out: string[] = ['## Build: real site vs bare Astro and the Starlight peer', ''];
  const runs: Array<[string, BuildRun | undefined]> = [
    ['real site, synthetic corpus', real],
    ['bare Astro, same URLs', bare],
    [`Starlight ${r.machine.starlight ?? ''} peer, same corpus, short sidebar`, starlight],
    ['real site, rebuilt with warm caches', realWarm],
    ['Starlight peer, rebuilt with warm caches', starlightWarm],
    ['real site, rebuilt after one figure’s value changed', realEdited],
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
        'routes copied from the previous build',
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
          int(b.copiedRoutes),
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
    if (realWarm?.ok)
      out.push(
        '',
        `Rebuilt in the same root with its caches warm (same corpus): ${sec(realWarm.wallMs)} s, ` +
          `**${(realWarm.wallMs / bare.wallMs).toFixed(2)}×** bare; ${int(realWarm.copiedRoutes)} routes (figure, ` +
          `model, article and report pages, reports’ CSVs, the open-data workbooks and Open Graph cards whose content was unchanged) copied ` +
          `from the previous build, and the search index too when no indexed page changed.`,
      );
    if (realEdited?.ok)
      out.push(
        '',
        `Rebuilt again after one figure’s value changed, as after an editor’s save: ${sec(realEdited.wallMs)} s, ` +
          `${int(realEdited.copiedRoutes)} routes copied; the pages that show the figure changed, so Pagefind ` +
          `indexed the whole site again. The Starlight peer’s routes give Astro no cache key, so it renders every ` +
          `page on every build; its rebuild after such an edit was not measured.`,
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
  out.push(
    'Per-route times are Astro’s “(+N ms)” from start to end of each route; with `build.concurrency` above 1 routes ' +
      'render in parallel, so a group’s sum can exceed the wall time of the rendering phase.',
    '',
  );
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
        ['routes', 'count', 'sum of Astro’s per-route (+ms) (s)', 'ms per route'],
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

export function searchSection(r: BenchResults): string[] {
  const out: string[] = ['## Search (Pagefind)', ''];
  if (r.pagefind) {
    const p = r.pagefind;
    out.push(
      `Index folder \`pagefind/\` of the synthetic build: ${int(p.totalBytes)} bytes (${mb(p.totalBytes)} MB) in ${int(p.files)} files ` +
        `including .gz/.br copies; ${int(p.withoutPrecompressedBytes)} bytes without them; ` +
        `index proper (.pf_meta, .pf_index, .pf_fragment, .pf_filter) ${int(p.indexBytes)} bytes` +
        (p.largestFragmentBytes === undefined ? '. ' : `; largest fragment ${int(p.largestFragmentBytes)} bytes. `) +
        `Pages indexed: ${p.pagesIndexed === undefined ? 'n/a' : int(p.pagesIndexed)}.`,
      '',
    );
  }
  const pagefindPhase = r.builds.real?.phases[PAGEFIND_PHASE];
  if (r.pagefindRuns && r.pagefindRuns.length > 0) {
    out.push(
      'Pagefind run alone on the pages of the synthetic build (src/integrations/pagefind.ts `indexSite`), once as ' +
        'the site indexes now and once without the pages’ body pairs and with Pagefind’s own chunk size, the index ' +
        'as it was before them (title and place pairs, a few per page, are in the pages’ HTML and stay in both).' +
        (pagefindPhase === undefined
          ? ''
          : ` In the build itself the Pagefind phase, with the pages compressed alongside, took ${sec(pagefindPhase)} s.`),
      '',
      table(
        ['index', 's', 'pages', 'body pairs', 'index files', 'index bytes', 'all bytes written'],
        r.pagefindRuns.map((run) => [
          run.withPairs ? 'with body pairs (as built)' : 'without body pairs (before)',
          sec(run.ms),
          int(run.pages),
          int(run.pairs),
          int(run.indexFiles),
          int(run.indexBytes),
          int(run.totalBytes),
        ]),
      ),
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
        'been pending for 600 ms. Bytes are what the server sent for every /pagefind/ request, the search worker’s ' +
        'included: status line, headers and body as encoded on the wire (Brotli where the browser accepts it, as ' +
        'scripts/serve.ts serves the .br files the build writes). The split by kind and the other columns are those ' +
        'of the median run. Target ≤ 300 KB per query, mean ≤ 200 KB.',
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
  if (r.relevance && r.relevance.length > 0) out.push(...relevanceSection(r.relevance));
  return out;
}

function relevanceSection(results: NonNullable<BenchResults['relevance']>): string[] {
  const models = firstRate(results, 'model');
  const places = firstRate(results, 'province');
  const misses = results.filter((x) => !x.ok);
  return [
    '### Relevance',
    '',
    `Typed into the search page as readers type names, without diacritics (the name’s words, folded), one ` +
      `after another in one page: ${models.of} model names drawn with a fixed seed, and every province name with a ` +
      `page (${places.of}). The page of that name came first for ${models.ok} of ${models.of} model names and ` +
      `${places.ok} of ${places.of} province names.`,
    '',
    ...(misses.length === 0
      ? ['No misses.', '']
      : [
          table(
            ['query', 'expected first', 'first result'],
            misses.map((x) => [`\`${x.query}\``, x.expected, x.first || '(no result)']),
          ),
          '',
        ]),
  ];
}

export function weightsSection(weights: PageWeight[]): string[] {
  const cell = (bytes: number, budget: number) => `${kb(bytes)}${bytes > budget * 1024 ? ` (over ${budget})` : ''}`;
  return [
    '## Page weights, synthetic build (gzip KB, as measurePage counts them)',
    '',
    'Budgets (src/lib/budgets.ts): HTML ≤ 60 KB (≤ 150 KB for /so-lieu/ and its unit pages), CSS ≤ 20 KB, ' +
      'JS ≤ 12 KB, fonts ≤ 100 KB.',
    '',
    table(
      ['page', 'path', 'HTML', 'CSS', 'JS', 'fonts', 'requests', 'note'],
      weights.map((w) =>
        w.ok
          ? [
              w.label,
              `\`${w.path}\``,
              cell(w.html, budgetFor(w.path).html / 1024),
              cell(w.css, budgetFor(w.path).css / 1024),
              cell(w.js, budgetFor(w.path).js / 1024),
              cell(w.fonts, budgetFor(w.path).fonts / 1024),
              int(w.requests),
              w.note ?? '',
            ]
          : [w.label, `\`${w.path}\``, `failed: ${w.error ?? ''}`, '', '', '', '', ''],
      ),
    ),
    '',
  ];
}

export function lighthouseSection(results: LighthouseResult[], origin: string | undefined): string[] {
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
