/**
 * What one search costs a reader: Chromium opens /tim-kiem/?q=<query> cold (fresh profile,
 * empty cache), the search page runs the query through Pagefind, and we add up the bytes
 * received under /pagefind/ until the first results are on screen and their excerpts loaded.
 */
import { chromium, type Browser, type Request } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../tests/support/chromium.ts';

/** Vietnamese queries, each with and without diacritics, as readers type them. */
export const QUERIES: readonly string[] = [
  'tổ an ninh nhân dân',
  'to an ninh nhan dan',
  'hòa giải',
  'hoa giai',
  'camera giám sát',
  'camera giam sat',
  'Đà Nẵng',
  'da nang',
  'tự quản',
  'antt',
];

export interface QueryResult {
  query: string;
  ok: boolean;
  /** Navigation start → first result (or the "no result" summary) rendered. */
  msToResults: number;
  /** Encoded bytes received under /pagefind/, by kind of file. */
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
  return 'UI and loader (JS, CSS, JSON)';
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
  queries: readonly string[],
  runs: number,
  onResult: (result: QueryResult) => void = () => undefined,
): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  for (const query of queries.flatMap((q) => Array.from({ length: runs }, () => q))) {
    const browser = await launchChromium(executablePath);
    try {
      const result = await measureQuery(browser, baseUrl, query);
      results.push(result);
      onResult(result);
    } finally {
      await Promise.race([browser.close(), sleep(15_000)]);
    }
  }
  return results;
}

export async function measureQuery(browser: Browser, baseUrl: string, query: string): Promise<QueryResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const bytes: Record<string, number> = {};
  const pending = new Set<Request>();
  const sized: Array<Promise<void>> = [];
  let largest = { path: '', bytes: 0 };
  let lastActivity = performance.now();
  let requests = 0;
  page.on('request', (request) => {
    if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
    pending.add(request);
    lastActivity = performance.now();
  });
  const settle = (request: Request) => {
    if (!pending.delete(request)) return;
    lastActivity = performance.now();
    requests += 1;
    const path = new URL(request.url()).pathname;
    sized.push(
      request
        .sizes()
        .then((s) => {
          const size = s.responseBodySize + s.responseHeadersSize;
          bytes[kindOf(path)] = (bytes[kindOf(path)] ?? 0) + size;
          if (size > largest.bytes) largest = { path, bytes: size };
        })
        .catch(() => undefined),
    );
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  const total = () => Object.values(bytes).reduce((a, b) => a + b, 0);

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
    await Promise.all(sized);
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
      bytes,
      totalBytes: total(),
      requests,
      largest,
      summary: await text('[data-search-summary]'),
      firstResult: await text('[data-search-results] .search-hit-link'),
    };
  };
  try {
    return await Promise.race([run(), deadline]);
  } catch (error) {
    await Promise.race([Promise.all(sized), sleep(2000)]);
    return {
      query,
      ok: false,
      msToResults: performance.now() - start,
      bytes,
      totalBytes: total(),
      requests,
      largest,
      summary: '',
      firstResult: '',
      error: (error as Error).message.split('\n')[0] ?? 'unknown error',
    };
  } finally {
    clearTimeout(timer);
  }
}
