import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import type { IndexFile } from 'pagefind';
import { indexedText, pageForIndexing } from '../lib/indexed-text.ts';
import { PairMaker } from '../lib/search-pairs.ts';
import { SEARCH_FIELDS, type Abbreviation } from '../lib/search-text.ts';
import { glossaryListSchema } from '../schemas/reference.ts';
import { addPage, bundleKeyHash, keepBundle, restoreBundle } from './pagefind-cache.ts';
import { fragmentWithout } from './pagefind-files.ts';

/** Result fragments, one per page, as Pagefind names them in its bundle. */
const FRAGMENT = /(?:^|\/)fragment\/[^/]+\.pf_fragment$/u;
/** Whether a page can hold a data-pagefind-body element (attribute names are case-insensitive). */
const MAY_HAVE_BODY = /data-pagefind-body/iu;

/** Files of the search index itself, as opposed to the UI bundles Pagefind writes beside it. */
const INDEX_FILE = /\.(?:pf_meta|pf_index|pf_fragment|pf_filter)$/u;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Pagefind's ready-made UIs (about 430 KB): the site draws results itself on pagefind.js
 * (src/client/search/), so these would only be deployed and precompressed for nothing.
 */
const UNUSED_UI = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/u;

/**
 * Markup that is layout or interface, not content: field labels, and the controls around charts,
 * citations, sharing and offline saving (their button and link texts would otherwise fill search
 * excerpts). Table headers and figures' link texts carry data-pagefind-ignore themselves.
 */
const EXCLUDED_FROM_INDEX = ['dt', 'chart-actions', 'figure-cite', 'share-bar', 'offline-save'];

/**
 * Index chunk size, in word positions. A query loads the chunk holding each of its terms; pair
 * tokens are many and mostly rare, so smaller chunks mean a rare pair costs less, at the price
 * of a longer chunk list in the metadata file that every search loads. At 10,103 indexed pages
 * the benchmark's 13 queries cost 168.5 KB on average with 8,000 (the longest phrase 211.9 KB),
 * 167.0 KB with 4,000 (196.9 KB) and 169.8 KB with 2,000 (186.2 KB).
 */
export const INDEX_CHUNK_SIZE = 4000;
/** Pagefind's own chunk size, the index's before syllable pairs. */
export const PAGEFIND_CHUNK_SIZE = 20_000;

/**
 * Pagefind's binary allocates with jemalloc, which by default keeps freed memory for 10 s.
 * Building the index, Pagefind copies every page's words and frees them in large steps, so its
 * resident memory rose well above what it used: at 10,103 pages it peaked at 3.51 and 3.56 GB
 * in two runs, and at 3.23 and 3.22 GB with freed memory returned at once, in the same time
 * (94 and 106 s against 102 and 102 s). A setting already in the environment is kept.
 */
export const PAGEFIND_ALLOCATOR = {
  variable: '_RJEM_MALLOC_CONF',
  settings: 'dirty_decay_ms:0,muzzy_decay_ms:0',
} as const;

/** Pages handed to Pagefind at once: its service parses them while Node reads the next ones. */
const IN_FLIGHT = 8;

/** "mo-hinh/x/index.html" → "/mo-hinh/x/", as Pagefind names a page it reads from disk. */
export function pageUrl(relativePath: string): string {
  const path = relativePath.split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/u, '$1')}`;
}

/** The page with more metadata fields, each in an empty element Pagefind reads and no one sees. */
export function withMetaFields(html: string, fields: Readonly<Record<string, string>>): string {
  const elements = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .map(([field, value]) => `<span data-pagefind-meta="${field}:${value}" hidden></span>`)
    .join('');
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + elements : html.slice(0, at) + elements + html.slice(at);
}

/**
 * The body pairs of every page, each page's list ordered by how many pages share a pair, most
 * first. Pagefind stores where in the field each word sits; with the common pairs ("an ninh",
 * on nearly every page) at the same small positions everywhere, their long posting lists,
 * which the commonest queries load, pack smaller (by a quarter for "tổ an ninh nhân dân" at
 * 10,000 pages).
 */
export function orderedPairs(pairsByPage: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const pagesWith = new Map<string, number>();
  for (const pairs of pairsByPage.values())
    for (const pair of pairs) pagesWith.set(pair, (pagesWith.get(pair) ?? 0) + 1);
  // One order for all pairs, then each page's list sorted by place in it as numbers: sorting
  // every page's strings with that comparison (two lookups a step) took 3.2 s of the 35 s this
  // thread spends on indexing at 10,103 pages, before Pagefind is handed the first page.
  const order = [...pagesWith.keys()].sort(
    (a, b) => pagesWith.get(b)! - pagesWith.get(a)! || (a < b ? -1 : a > b ? 1 : 0),
  );
  const place = new Map(order.map((pair, at) => [pair, at]));
  return new Map(
    [...pairsByPage].map(([page, pairs]) => [
      page,
      Array.from(Int32Array.from(pairs, (pair) => place.get(pair)!).sort(), (at) => order[at]!),
    ]),
  );
}

export interface IndexOptions {
  /** The built site. */
  site: string;
  /** Where Pagefind writes its bundle. */
  outputPath: string;
  glossary: readonly Abbreviation[];
  /** False indexes the pages as they are, without their body pairs: the index as it was before them. */
  pairs?: boolean;
  /** Index chunk size, in word positions. */
  chunkSize?: number;
  /**
   * Called once every page is with Pagefind, as it starts building the index in its own process: from here to the
   * end, this thread only waits.
   */
  onPagesHandedOver?: () => void;
  /**
   * Where the last bundle is kept (src/integrations/pagefind-cache.ts): when what Pagefind would be
   * given is the same as then, the bundle is copied back and Pagefind does not run. None: always indexed.
   */
  cacheDir?: string;
}

export interface IndexSummary {
  pages: number;
  /** Body pairs given to Pagefind, summed over pages. */
  pairs: number;
  /** .pf_* files: index chunks, fragments, filters, metadata. */
  indexFiles: number;
  indexBytes: number;
  /** Everything written, pagefind.js, its worker and WebAssembly included. */
  totalBytes: number;
  /** True when the bundle was copied from the cache, Pagefind having been given the same pages before. */
  fromCache: boolean;
}

/**
 * Indexes a built site with Pagefind's Node API. Each page goes in with one field more than its
 * HTML carries: the syllable pairs of the text Pagefind indexes on it (src/lib/search-pairs.ts),
 * with the glossary's abbreviations both ways. They are computed here, not written into the
 * pages, so readers never download them. Any Pagefind error, or an index with no pages, throws:
 * a site whose search silently finds nothing must not ship. The whole site is indexed as
 * Vietnamese, including /en/, so one query searches every page.
 */
export async function indexSite({
  site,
  outputPath,
  glossary,
  pairs = true,
  chunkSize = INDEX_CHUNK_SIZE,
  onPagesHandedOver,
  cacheDir,
}: IndexOptions): Promise<IndexSummary> {
  const fail = (step: string, errors: readonly string[]): never => {
    throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  const pairMaker = new PairMaker(glossary);
  const pages = filesUnder(site)
    .filter((file) => file.endsWith('.html') && !file.startsWith(outputPath))
    .map((file) => relative(site, file))
    .sort();
  // Each page is read and cut down once; what Pagefind is handed later is this copy, kept as
  // UTF-8: half the memory of a JavaScript string of Vietnamese text (some 130 MB at 10,000 pages).
  const prepared = new Map<string, Buffer>();
  const pairsByPage = new Map<string, string[]>();
  for (const page of pages) {
    const html = readFileSync(join(site, page), 'utf8');
    // Pages without data-pagefind-body are left out, as Pagefind itself leaves them out; most
    // pages (embeds, lists, English copies) have none, and need no parsing to tell.
    if (!MAY_HAVE_BODY.test(html)) continue;
    const forIndexing = pageForIndexing(html);
    const { hasBody, blocks } = indexedText(forIndexing, EXCLUDED_FROM_INDEX);
    if (!hasBody) continue;
    prepared.set(page, Buffer.from(forIndexing, 'utf8'));
    pairsByPage.set(page, pairs ? pairMaker.pairs(blocks) : []);
  }
  if (pairsByPage.size === 0) return fail('indexing', [`no HTML page with data-pagefind-body in ${site}`]);
  const ordered = orderedPairs(pairsByPage);
  const pairCount = [...ordered.values()].reduce((sum, list) => sum + list.length, 0);
  const contentOf = (page: string, pagePairs: readonly string[]) =>
    withMetaFields(prepared.get(page)!.toString('utf8'), { [SEARCH_FIELDS.pairs]: pagePairs.join(' ') });
  let key: string | undefined;
  if (cacheDir) {
    const hash = bundleKeyHash({ forceLanguage: 'vi', excludeSelectors: EXCLUDED_FROM_INDEX, chunkSize, pairs });
    for (const [page, pagePairs] of ordered) addPage(hash, pageUrl(page), contentOf(page, pagePairs));
    key = hash.digest('hex');
    if (restoreBundle(cacheDir, key, outputPath)) {
      onPagesHandedOver?.();
      // Only the sizes are summed: the files are not read back.
      const restored = filesUnder(outputPath).map((file) => ({
        path: relative(outputPath, file),
        size: statSync(file).size,
      }));
      return summarise(ordered.size, pairCount, restored, true);
    }
  }

  // The Node API starts Pagefind's binary with this process's environment, where Pagefind reads
  // the chunk size (it has no option for it), and its allocator its settings.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(chunkSize);
  process.env[PAGEFIND_ALLOCATOR.variable] ??= PAGEFIND_ALLOCATOR.settings;
  let files: IndexFile[];
  try {
    const { index, errors } = await pagefind.createIndex({
      forceLanguage: 'vi',
      // Field labels ("Tỉnh", "Năm bắt đầu", "Nguồn" …) repeat on thousands of pages: indexed,
      // they swell the chunks of common syllables every reader downloads and run into excerpts.
      excludeSelectors: EXCLUDED_FROM_INDEX,
    });
    if (!index || errors.length > 0) return fail('createIndex', errors);
    const queue = [...ordered];
    let taken = 0;
    const addNext = async (): Promise<void> => {
      for (let next = queue[taken++]; next; next = queue[taken++]) {
        const [page, pagePairs] = next;
        const content = contentOf(page, pagePairs);
        // Handed over: the page's copy is not needed again.
        prepared.delete(page);
        const added = await index.addHTMLFile({ url: pageUrl(page), content });
        if (added.errors.length > 0) fail(`addHTMLFile (${page})`, added.errors);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, addNext));
    onPagesHandedOver?.();
    // The files in memory rather than on disk: result fragments are rewritten before anything
    // is written, so each file is written once and none is read back.
    const built = await index.getFiles();
    if (built.errors.length > 0) return fail('getFiles', built.errors);
    files = built.files;
  } finally {
    await pagefind.close();
  }
  // A bundle left from an earlier run must not mix with this one (as writeFiles replaces it).
  rmSync(outputPath, { recursive: true, force: true });
  const kept = files.filter(({ path }) => !UNUSED_UI.test(basename(path)));
  // One at a time, with synchronous calls: async zlib on libuv's pool, eight at once, took
  // 10.4 s for the 11,581 files at national scale, the precompression workers busy beside it.
  for (const item of kept) {
    const file = join(outputPath, item.path);
    // The body pairs are for finding pages, never for showing them: out of every result fragment.
    if (pairs && FRAGMENT.test(item.path)) {
      item.content = fragmentWithout(file, Buffer.from(item.content), [SEARCH_FIELDS.pairs]);
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, item.content);
  }
  if (cacheDir && key) keepBundle(cacheDir, key, outputPath);
  const written = kept.map(({ path, content }) => ({ path, size: content.length }));
  return summarise(ordered.size, pairCount, written, false);
}

function summarise(
  pages: number,
  pairs: number,
  files: readonly { path: string; size: number }[],
  fromCache: boolean,
): IndexSummary {
  const bytes = (list: readonly { size: number }[]) => list.reduce((sum, file) => sum + file.size, 0);
  const indexFiles = files.filter(({ path }) => INDEX_FILE.test(path));
  return {
    pages,
    pairs,
    indexFiles: indexFiles.length,
    indexBytes: bytes(indexFiles),
    totalBytes: bytes(files),
    fromCache,
  };
}

/** The glossary a content folder holds: the abbreviations search reads both ways. */
export function readGlossary(contentRoot: string): Abbreviation[] {
  return glossaryListSchema.parse(JSON.parse(readFileSync(join(contentRoot, 'reference/glossary.json'), 'utf8')));
}

/** What indexSite did, in one line for the build log. */
export function indexSummaryLine(indexed: IndexSummary, outputPath: string): string {
  return (
    `indexed ${indexed.pages} pages (${indexed.pairs} syllable pairs)` +
    (indexed.fromCache ? ', the same pages as the last build: bundle copied from the cache' : '') +
    `: index ${kb(indexed.indexBytes)} in ` +
    `${indexed.indexFiles} files, ${kb(indexed.totalBytes)} with pagefind.js, its worker and wasm, in ${outputPath}`
  );
}
