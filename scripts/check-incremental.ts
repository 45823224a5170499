// Proves the incremental build safe: a rebuild that copies unchanged pages from the previous
// build must ship exactly what a full build of the same content ships. It builds a copy of
// content/, then, for each kind of thing a keyed page (a figure, model, article or report page, a
// report's CSV, the open-data workbook) or an Open Graph card (painted into its own cache, keyed the
// same way) shows, edits it in the copy, rebuilds incrementally, builds the same content again with
// --force, and compares the two byte for byte. The edits: a figure's value, a report's title, the
// indicator a figure measures (which changes how many figures measure each), the name of an
// indicator, a model, a province, the unit a province belongs to now and a category, the
// glossary, and an article's body and title.
// It also fails when a rebuild without edits changes anything, when a rebuild copied nothing, or
// when no edit rendered a keyed page of one of the kinds again: each would mean the keys no
// longer do their job.
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
  NO_COLOR: '1',
  CONTENT_DIR: content,
  BUILD_CACHE_DIR: join(work, 'cache'),
  OG_CACHE_DIR: join(work, 'og-cache'),
  PRECOMPRESS_CACHE_DIR: join(work, 'precompress-cache'),
  PAGEFIND_CACHE_DIR: join(work, 'pagefind-cache'),
};

function build(outDir: string, force = false): string {
  const run = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir, ...(force ? ['--force'] : [])],
    { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`a build failed:\n${(run.stderr || run.stdout).slice(-4000)}`);
  // Colours are off (NO_COLOR), and any escape left is taken out: a CI environment turns them on,
  // and one between a path and its "(restored)" would hide the copy from the counts below.
  return run.stdout.replace(/\u001b\[[0-9;]*m/gu, '');
}

function edit<T>(file: string, change: (data: T) => void): void {
  const path = join(content, file);
  const data = JSON.parse(readFileSync(path, 'utf8')) as T;
  change(data);
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

function editText(file: string, change: (text: string) => string): void {
  const path = join(content, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

function named<T extends Named>(list: T[], key: (item: T) => boolean, what: string): T {
  const found = list.find(key);
  if (!found) throw new Error(`the edits expect ${what} in content/`);
  return found;
}

/** An article without charts: its page has a key. */
const ARTICLE = 'articles/hoa-binh-muoi-nam-chuong-trinh-phoi-hop.mdx';

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
  {
    what: 'the name of a category',
    apply: () =>
      edit<Named[]>('reference/categories.json', (list) => {
        const category = named(list, (c) => c.id === 'to-chuc-quan-chung', 'category to-chuc-quan-chung');
        category.name = `${category.name} (đã sửa)`;
      }),
  },
  {
    what: 'the glossary (a new way to write an abbreviation)',
    apply: () =>
      edit<{ abbr: string; variants: string[] }[]>('reference/glossary.json', (list) => {
        const entry = list.find((e) => e.abbr === 'ANTT');
        if (!entry) throw new Error('the edits expect the abbreviation ANTT in the glossary');
        entry.variants.push('an ninh và trật tự');
      }),
  },
  {
    what: 'the body of an article',
    apply: () => editText(ARTICLE, (text) => `${text.trimEnd()}\n\nMột đoạn thêm để thử bản dựng lại.\n`),
  },
  {
    what: 'the title of an article',
    apply: () =>
      editText(ARTICLE, (text) => {
        const edited = text.replace(/^title: '(.*)'$/mu, "title: '$1 (đã sửa)'");
        if (edited === text) throw new Error(`the edits expect a title line in ${ARTICLE}`);
        return edited;
      }),
  },
];

// Astro logs each path as it starts, then "(restored)" at once for a copied one, or its time
// once rendered (other paths' lines may come between, as pages render four at a time).
const count = (log: string, pattern: RegExp) => (log.match(pattern) ?? []).length;
const COPIED = / \((?:restored|cached)\)/gu;
/** Open Graph cards taken from their cache (src/integrations/og-images.ts says how many): copied too, by their keys. */
const cardsReused = (log: string): number =>
  Number(/\[og-images\] .*?: \d+ painted in this build, (\d+) from the cache/u.exec(log)?.[1] ?? 0);
/**
 * What a rebuild after an edit copied from the previous build: pages and files by their render keys, and cards. An
 * edit seen on every keyed page (a province's name: every page's key holds the places) leaves only the cards.
 */
const copiedFrom = (log: string): number => count(log, COPIED) + cardsReused(log);
/** The keyed pages, as Astro logs them. */
const KEYED_PAGES = {
  figure: '\\/so-lieu\\/f\\/[^/ \\n]+\\/index\\.html',
  model: '\\/mo-hinh\\/(?!tinh\\/)[^/ \\n]+\\/index\\.html',
  article: '\\/bai-viet\\/(?!trang\\/)[^/ \\n]+\\/index\\.html',
  report: '\\/nguon\\/[^/ \\n]+\\/index\\.html',
  workbook: '\\/du-lieu\\/[^/ \\n]+\\.(?:xlsx|ods)',
} as const;
type PageKind = keyof typeof KEYED_PAGES;
const renderedAgain = (log: string, kind: PageKind) =>
  count(log, new RegExp(` ${KEYED_PAGES[kind]}`, 'gu')) -
  count(log, new RegExp(` ${KEYED_PAGES[kind]} \\((?:restored|cached)\\)`, 'gu'));

/** Stops the check when two builds differ, naming the first files that do. */
function requireSame(builtA: string, builtB: string, what: string): void {
  const a = treeHashes(builtA);
  const b = treeHashes(builtB);
  const differences = differingFiles(a, b);
  if (differences.length === 0) return;
  console.error(`${what} in ${differences.length} file(s):`);
  console.error(describeDifferences(a, b, differences));
  process.exit(1);
}

try {
  cpSync('content', content, { recursive: true });
  const first = join(work, 'out');
  build(first);
  // Without an edit, a rebuild copies every keyed page and ships the same files; the pages it
  // still renders (no key: models and articles with charts) are left out of the counts below.
  const unchanged = build(join(work, 'unchanged'));
  const alwaysRendered = Object.fromEntries(
    (Object.keys(KEYED_PAGES) as PageKind[]).map((kind) => [kind, renderedAgain(unchanged, kind)]),
  ) as Record<PageKind, number>;
  if (count(unchanged, COPIED) === 0) {
    console.error('A rebuild without any edit copied nothing from the previous build.');
    process.exit(1);
  }
  requireSame(first, join(work, 'unchanged'), 'A rebuild without any edit differs from the first build');
  const summary: string[] = [];
  const totals: Record<PageKind, number> = { figure: 0, model: 0, article: 0, report: 0, workbook: 0 };
  for (const [round, { what, apply }] of EDITS.entries()) {
    apply();
    const incremental = join(work, `incremental-${round}`);
    const full = join(work, `full-${round}`);
    const log = build(incremental);
    // Forced, this build renders every page; it also leaves the cache the next round starts from.
    build(full, true);
    requireSame(incremental, full, `After an edit of ${what}, the incremental rebuild differs from a full build`);
    const copied = copiedFrom(log);
    if (copied === 0) {
      console.error(`After an edit of ${what}, the incremental rebuild copied nothing from the previous build.`);
      process.exit(1);
    }
    const again = (Object.keys(KEYED_PAGES) as PageKind[]).map((kind) => {
      const pages = renderedAgain(log, kind) - alwaysRendered[kind];
      totals[kind] += pages;
      return `${pages} ${kind}`;
    });
    summary.push(`${what}: ${copied} copied; rendered again ${again.join(', ')} keyed pages`);
    rmSync(incremental, { recursive: true, force: true });
    rmSync(full, { recursive: true, force: true });
  }
  // Keys that never change would pass the comparison only if no edit touched those pages.
  for (const kind of Object.keys(totals) as PageKind[])
    if (totals[kind] === 0) {
      console.error(`No edit rendered a ${kind} page again: the ${kind} pages' keys do not follow their content.`);
      process.exit(1);
    }
  console.log(`incremental: identical to a full build after each of ${EDITS.length} edits (${summary.join('; ')})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
