/**
 * What one search costs a reader: Chromium opens /tim-kiem/?q=<query> cold (fresh profile,
 * empty cache), the search page runs the query through Pagefind, and we add up the bytes the
 * server sent under /pagefind/ (engine, worker, WebAssembly, index, fragments) until the first
 * results are on screen and their excerpts loaded.
 */
import { chromium, type Browser, type Request } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/support/chromium.ts';
import type { TransferLog } from './transfer-log.ts';

/**
 * Vietnamese queries as readers type them: names of kinds of model and of a province, with
 * and without diacritics and in capitals, an abbreviation, and a long phrase.
 */
export const QUERIES: readonly string[] = [
  'tổ an ninh nhân dân',
  'to an ninh nhan dan',
  'TỔ AN NINH NHÂN DÂN',
  'hòa giải',
  'hoa giai',
  'camera giám sát',
  'camera giam sat',
  'Đà Nẵng',
  'da nang',
  'tự quản',
  'antt',
  'to lien gia tu quan',
  'giup do nguoi chap hanh xong an phat tu',
];

export interface QueryResult {
  query: string;
  ok: boolean;
  /** Navigation start → first result (or the "no result" summary) rendered. */
  msToResults: number;
  /** Bytes the server sent under /pagefind/ (headers and encoded body), by kind of file. */
  bytes: Record<string, number>;
  totalBytes: number;
  requests: number;
  /** The largest single /pagefind/ response: a huge fragment explains a slow or failed query. */
  largest: { path: string; bytes: number };
  /** What Pagefind's summary line says ("12 kết quả cho …"). */
  summary: string;
  firstResult: string;
  error?: string;
}

/** How long no new /pagefind/ request may be pending before the search is taken as done. */
const QUIET_MS = 600;

function kindOf(path: string): string {
  if (/\.pf_fragment$/.test(path)) return 'fragments';
  if (/\.pf_index$/.test(path)) return 'index chunks';
  if (/\.pf_filter$/.test(path)) return 'filters';
  if (/\.pf_meta$/.test(path)) return 'meta';
  // Pagefind names its WebAssembly "wasm.<language>.pagefind".
  if (/\/wasm\.[^/]*\.pagefind$/.test(path) || /\.wasm$/.test(path)) return 'wasm';
  if (/\/pagefind-worker\.js$/.test(path)) return 'worker';
  return 'engine and entry (JS, JSON)';
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  // playwright-core adds its own --headless; the shared list carries it for other callers.
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS.filter((a) => a !== '--headless'), headless: true });
}

/** A query whose results never render must not hang the benchmark. */
const DEADLINE_MS = 60_000;
/** After the first result, the excerpts of the shown results may take this long at most. */
const SETTLE_MAX_MS = 20_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs each query `runs` times, each in its own Chromium: a cold cache like a first visit, and a renderer that
 * hangs on one query (a huge result fragment) cannot slow down or wedge the next one.
 */
export async function measureQueries(
  executablePath: string,
  baseUrl: string,
  transfers: TransferLog,
  queries: readonly string[],
  runs: number,
  onResult: (result: QueryResult) => void = () => undefined,
): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  for (const query of queries.flatMap((q) => Array.from({ length: runs }, () => q))) {
    const browser = await launchChromium(executablePath);
    try {
      const result = await measureQuery(browser, baseUrl, transfers, query);
      results.push(result);
      onResult(result);
    } finally {
      await Promise.race([browser.close(), sleep(15_000)]);
    }
  }
  return results;
}

export async function measureQuery(
  browser: Browser,
  baseUrl: string,
  transfers: TransferLog,
  query: string,
): Promise<QueryResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const pending = new Set<Request>();
  let lastActivity = performance.now();
  // Pending requests tell when the search is done; the server's log says what it cost.
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
    pending.add(request);
    lastActivity = performance.now();
  });
  const settle = (request: Request) => {
    if (!pending.delete(request)) return;
    lastActivity = performance.now();
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  transfers.take();
  const cost = () => {
    const sent = transfers.take().filter((t) => t.path.startsWith('/pagefind/'));
    const bytes: Record<string, number> = {};
    let largest = { path: '', bytes: 0 };
    for (const t of sent) {
      bytes[kindOf(t.path)] = (bytes[kindOf(t.path)] ?? 0) + t.bytes;
      if (t.bytes > largest.bytes) largest = { path: t.path, bytes: t.bytes };
    }
    return { bytes, largest, requests: sent.length, totalBytes: sent.reduce((sum, t) => sum + t.bytes, 0) };
  };

  const start = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result on screen after ${DEADLINE_MS / 1000} s`)), DEADLINE_MS);
  });
  const run = async (): Promise<QueryResult> => {
    await page.goto(`${baseUrl}/tim-kiem/?q=${encodeURIComponent(query)}`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(
      () =>
        document.querySelector('[data-search-results] .search-hit-link') !== null ||
        /không|no result/i.test(document.querySelector('[data-search-summary]')?.textContent ?? ''),
      undefined,
      { timeout: DEADLINE_MS, polling: 10 },
    );
    const msToResults = performance.now() - start;
    // The results list loads each shown result's fragment after the first one renders.
    const settleStart = performance.now();
    while (
      (pending.size > 0 || performance.now() - lastActivity < QUIET_MS) &&
      performance.now() - settleStart < SETTLE_MAX_MS
    )
      await sleep(50);
    const text = (selector: string) =>
      page
        .locator(selector)
        .first()
        .textContent({ timeout: 2000 })
        .then((t) => (t ?? '').trim())
        .catch(() => '');
    return {
      query,
      ok: true,
      msToResults,
      ...cost(),
      summary: await text('[data-search-summary]'),
      firstResult: await text('[data-search-results] .search-hit-link'),
    };
  };
  try {
    return await Promise.race([run(), deadline]);
  } catch (error) {
    await sleep(2000);
    return {
      query,
      ok: false,
      msToResults: performance.now() - start,
      ...cost(),
      summary: '',
      firstResult: '',
      error: (error as Error).message.split('\n')[0] ?? 'unknown error',
    };
  } finally {
    clearTimeout(timer);
  }
}
