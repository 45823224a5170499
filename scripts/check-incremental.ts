// Proves the incremental build safe: a rebuild that copies unchanged pages from the previous
// build must ship exactly what a full build of the same content ships. It builds a copy of
// content/, then, for each kind of thing a figure page or an Open Graph card shows (a figure's
// value, a report's title, the indicator a figure measures, which changes how many figures
// measure each, the name of an indicator, a model, a province and the unit it belongs to now), edits it in the copy,
// rebuilds incrementally, builds the same content again with --force, and compares the two
// byte for byte.
// It also fails when a rebuild copied nothing, or rendered no figure page again: either would
// mean the keys no longer do their job.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDifferences, differingFiles, treeHashes } from './build-checks/tree-diff.ts';

interface Named {
  id?: string;
  code?: string;
  slug?: string;
  name: string;
}
interface ReportFile {
  title: string | null;
  name: string;
  province: string;
  figures: { id: string; indicator: string; value: number | null; model?: string | null }[];
}

const work = mkdtempSync(join(tmpdir(), 'antq-incremental-'));
const content = join(work, 'content');
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  CONTENT_DIR: content,
  BUILD_CACHE_DIR: join(work, 'cache'),
  OG_CACHE_DIR: join(work, 'og-cache'),
  PRECOMPRESS_CACHE_DIR: join(work, 'precompress-cache'),
};

function build(outDir: string, force = false): string {
  const run = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...(force ? ['--force'] : [])],
    { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`a build failed:\n${(run.stderr || run.stdout).slice(-4000)}`);
  return run.stdout;
}

function edit<T>(file: string, change: (data: T) => void): void {
  const path = join(content, file);
  const data = JSON.parse(readFileSync(path, 'utf8')) as T;
  change(data);
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

function named<T extends Named>(list: T[], key: (item: T) => boolean, what: string): T {
  const found = list.find(key);
  if (!found) throw new Error(`the edits expect ${what} in content/`);
  return found;
}

/**
 * Each kind of thing the keyed pages show, changed in the copy one at a time: with several edits
 * in one rebuild, a page whose key missed one of them could still be rendered again for another.
 */
const EDITS: { what: string; apply: () => void }[] = [
  {
    what: 'the value of a figure',
    apply: () =>
      edit<ReportFile>('reports/bac-kan-2024-so-ket-mo-hinh.json', (report) => {
        const figure = report.figures.find((f) => typeof f.value === 'number')!;
        figure.value = figure.value! + 1;
      }),
  },
  {
    what: 'the title of a report',
    apply: () =>
      edit<ReportFile>('reports/hoa-binh-2023-chuong-trinh-09.json', (report) => {
        report.name = `${report.name} (đã sửa)`;
        report.title = `${report.title ?? report.name} (đã sửa)`;
      }),
  },
  {
    what: 'the indicator a figure measures (how many figures measure each)',
    apply: () =>
      edit<ReportFile>('reports/thanh-hoa-khu-dan-cu-an-toan.json', (report) => {
        report.figures.find((f) => f.indicator !== 'documents-issued')!.indicator = 'documents-issued';
      }),
  },
  {
    what: 'the name of an indicator',
    apply: () =>
      edit<Named[]>('reference/indicators.json', (list) => {
        const indicator = named(list, (i) => i.id === 'review-span', 'indicator review-span');
        indicator.name = `${indicator.name} (đã sửa)`;
      }),
  },
  {
    what: 'the name of a model',
    apply: () =>
      edit<{ name: string }>('models/khu-dan-cu-an-toan-ve-antt.json', (model) => {
        model.name = `${model.name} (đã sửa)`;
      }),
  },
  {
    what: 'the name of a province',
    apply: () =>
      edit<{ former: Named[] }>('reference/provinces.json', (provinces) => {
        const province = named(provinces.former, (p) => p.code === '38', 'former province 38');
        province.name = `${province.name} (đã sửa)`;
      }),
  },
  {
    what: 'the name of the unit a former province belongs to now',
    apply: () =>
      edit<{ former: (Named & { mergedInto: string })[]; current: Named[] }>(
        'reference/provinces.json',
        (provinces) => {
          const former = named(provinces.former, (p) => p.slug === 'bac-kan', 'former province bac-kan');
          const current = named(provinces.current, (p) => p.code === former.mergedInto, 'the unit bac-kan merged into');
          current.name = `${current.name} (đã sửa)`;
        },
      ),
  },
];

// Astro logs each path as it starts, then "(restored)" at once for a copied one, or its time
// once rendered (other paths' lines may come between, as pages render four at a time).
const count = (log: string, pattern: RegExp) => (log.match(pattern) ?? []).length;
const COPIED = / \((?:restored|cached)\)/gu;
const FIGURE_PAGE = / \/so-lieu\/f\/[^ \n]+\/index\.html/gu;
const COPIED_FIGURE_PAGE = / \/so-lieu\/f\/[^ \n]+\/index\.html \((?:restored|cached)\)/gu;

try {
  cpSync('content', content, { recursive: true });
  build(join(work, 'out'));
  const summary: string[] = [];
  for (const [round, { what, apply }] of EDITS.entries()) {
    apply();
    const incremental = join(work, `incremental-${round}`);
    const full = join(work, `full-${round}`);
    const log = build(incremental);
    // Forced, this build renders every page; it also leaves the cache the next round starts from.
    build(full, true);
    const a = treeHashes(incremental);
    const b = treeHashes(full);
    const differences = differingFiles(a, b);
    if (differences.length > 0) {
      console.error(
        `After an edit of ${what}, the incremental rebuild differs from a full build in ${differences.length} file(s):`,
      );
      console.error(describeDifferences(a, b, differences));
      process.exit(1);
    }
    const copied = count(log, COPIED);
    const rendered = count(log, FIGURE_PAGE) - count(log, COPIED_FIGURE_PAGE);
    if (copied === 0 || rendered === 0) {
      console.error(
        `After an edit of ${what}, the incremental rebuild copied ${copied} file(s) and rendered ` +
          `${rendered} figure page(s) again: both should be above 0.`,
      );
      process.exit(1);
    }
    summary.push(`${what}: ${copied} copied, ${rendered} figure pages rendered again`);
    rmSync(incremental, { recursive: true, force: true });
    rmSync(full, { recursive: true, force: true });
  }
  console.log(`incremental: identical to a full build after each of ${EDITS.length} edits (${summary.join('; ')})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
