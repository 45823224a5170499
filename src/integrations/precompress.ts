import { readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { recordBuiltFiles, type BuiltFile } from './built-files.ts';
import { PAGEFIND_PACKED } from './pagefind-files.ts';
import {
  openPrecompressCache,
  precompressCacheDir,
  type PackStoreReport,
  type PrecompressCache,
} from './precompress-cache.ts';
import { COMPRESSIBLE, type CompressedFile } from './precompress-file.ts';
import type { WorkerRequest } from './precompress-worker.ts';

/**
 * Files a worker is given at once: enough that messages cost little beside the work, few
 * enough that both workers finish at about the same time.
 */
const BATCH = 32;

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => COMPRESSIBLE.test(file) || PAGEFIND_PACKED.test(file))
    .sort();
}

type WorkerReply = { results: CompressedFile[] } | { error: string } | { report: PackStoreReport };

/** One worker thread and the reply to the request it is working on. */
class CompressingWorker {
  readonly #worker: Worker;
  #waiting: { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void } | undefined;
  #failure: Error | undefined;

  constructor(cache: PrecompressCache) {
    this.#worker = new Worker(new URL('./precompress-worker.ts', import.meta.url), { workerData: cache.storeSetup() });
    this.#worker.on('message', (reply: WorkerReply) => {
      const waiting = this.#waiting;
      this.#waiting = undefined;
      waiting?.resolve(reply);
    });
    const fail = (error: Error) => {
      this.#failure ??= error;
      this.#waiting?.reject(error);
      this.#waiting = undefined;
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', (code) => fail(new Error(`a compressing worker stopped (exit code ${code})`)));
  }

  ask(request: WorkerRequest): Promise<WorkerReply> {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
      this.#worker.postMessage(request);
    });
  }

  stop(): Promise<number> {
    return this.#worker.terminate();
  }
}

/**
 * Worker threads that compress files into one cache. Each worker reads the cache's entries as
 * they were when it started and appends to a pack of its own; `close` folds what each did into
 * the cache, which the caller then finishes.
 */
export class CompressionPool {
  readonly #workers: CompressingWorker[];
  readonly #cache: PrecompressCache;

  constructor(cache: PrecompressCache, size = availableParallelism()) {
    this.#cache = cache;
    this.#workers = Array.from({ length: Math.max(1, size) }, () => new CompressingWorker(cache));
  }

  /** Compresses the files, a batch per worker at a time; the first failure stops the pass with its message. */
  async compress(files: readonly string[]): Promise<CompressedFile[]> {
    const done: CompressedFile[] = [];
    let next = 0;
    const feed = async (worker: CompressingWorker): Promise<void> => {
      while (next < files.length) {
        const batch = files.slice(next, next + BATCH);
        next += BATCH;
        const reply = await worker.ask({ batch });
        if ('error' in reply) throw new Error(reply.error);
        if (!('results' in reply)) throw new Error('a compressing worker answered a batch with no results');
        done.push(...reply.results);
      }
    };
    await Promise.all(this.#workers.map(feed));
    return done;
  }

  /** Folds each worker's cache report into the cache and stops the workers. */
  async close(): Promise<void> {
    try {
      for (const worker of this.#workers) {
        const reply = await worker.ask({ close: true });
        if (!('report' in reply)) throw new Error('a compressing worker closed without a report');
        this.#cache.merge(reply.report);
      }
    } finally {
      await this.stop();
    }
  }

  /** Stops the workers without keeping what they wrote: after a failure, when the pass is given up. */
  async stop(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.stop()));
  }
}

export interface PrecompressStats {
  raw: number;
  gzip: number;
  /** Files whose .gz and .br both came from the cache. */
  cached: number;
  /** What was learnt of each file on the way (src/integrations/built-files.ts), by path. */
  files: Map<string, BuiltFile>;
}

function statsOf(compressed: readonly CompressedFile[]): PrecompressStats {
  const stats: PrecompressStats = { raw: 0, gzip: 0, cached: 0, files: new Map() };
  for (const { file, raw, gzip, cached, built } of compressed) {
    stats.raw += raw;
    stats.gzip += gzip;
    if (cached) stats.cached += 1;
    // A Buffer arrives from a worker as a plain Uint8Array.
    stats.files.set(file, { ...built, digest: Buffer.from(built.digest) });
  }
  return stats;
}

/**
 * Writes `<file>.gz` and `<file>.br` beside each file; returns the bytes before and after gzip.
 * Without a pool, one is started for these files and closed after them.
 */
export async function precompressFiles(
  files: readonly string[],
  cache: PrecompressCache,
  pool?: CompressionPool,
): Promise<PrecompressStats> {
  if (pool) return statsOf(await pool.compress(files));
  const own = new CompressionPool(cache, Math.min(availableParallelism(), Math.ceil(files.length / BATCH)));
  return withPool(own, async () => statsOf(await own.compress(files)));
}

/**
 * Runs `work` on the pool, then folds what its workers did into the cache; after a failure the
 * workers are stopped without it, and the failure is thrown.
 */
async function withPool<T>(pool: CompressionPool, work: () => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await pool.stop();
    throw error;
  }
  await pool.close();
  return result;
}

export interface SitePrecompression {
  files: number;
  /** Of them, compressed while the search index was being built. */
  alongside: number;
  raw: number;
  gzip: number;
  cached: number;
  pruned: number;
}

/** A precompression pass under way (startSitePrecompression). */
export interface SitePrecompressionRun {
  /**
   * Settles once every file outside the later folder is compressed and recorded for the hooks that run after it
   * (src/integrations/built-files.ts); rejects if the pass fails before.
   */
  firstPart: Promise<void>;
  /** The whole pass, the later folder's files included. */
  done: Promise<SitePrecompression>;
}

/**
 * Writes .gz and .br beside every text file in dist/, so a static host (nginx gzip_static,
 * brotli_static) serves them without compressing on each request. Pagefind's packed files get
 * them too, of their unpacked payload: the browser decodes the Content-Encoding and Pagefind
 * finds its signature, so it skips its own unpacking; a client that accepts neither gets the
 * plain file, still Pagefind's gzip.
 * zlib writes no timestamp into the gzip header, so output stays byte-identical, and bodies
 * compressed by an earlier build come from a disk cache (src/integrations/precompress-cache.ts).
 * What it reads on the way (digests, inline style hashes, compressed sizes) is recorded for
 * the CSP check and the offline lists that run after it (src/integrations/built-files.ts).
 *
 * `later` is a folder still being written when the pass starts (the search index): everything
 * else is compressed first, and recorded, then, once `ready` has settled, the folder's files,
 * and the record is completed. If `ready` rejects, the pass stops with its error after the
 * first part.
 */
export function startSitePrecompression(
  dist: string,
  later?: { dir: string; ready: Promise<unknown> },
): SitePrecompressionRun {
  // Handled here so a failure while the first part runs is not reported as unhandled; it is
  // thrown where the pass waits for it.
  later?.ready.catch(() => undefined);
  let firstPartDone!: () => void;
  let firstPartFailed!: (error: unknown) => void;
  const firstPart = new Promise<void>((resolve, reject) => {
    firstPartDone = resolve;
    firstPartFailed = reject;
  });
  const done = (async (): Promise<SitePrecompression> => {
    const cache = await openPrecompressCache(precompressCacheDir());
    const inLater = (file: string) => later !== undefined && file.startsWith(`${later.dir}${sep}`);
    const first = (await listFiles(dist)).filter((file) => !inLater(file));
    const pool = new CompressionPool(cache);
    const { before, rest, after } = await withPool(pool, async () => {
      const pages = await precompressFiles(first, cache, pool);
      recordBuiltFiles(dist, pages.files);
      firstPartDone();
      await later?.ready;
      const indexFiles = later ? await listFiles(later.dir) : [];
      return { before: pages, rest: indexFiles, after: await precompressFiles(indexFiles, cache, pool) };
    });
    recordBuiltFiles(dist, new Map([...before.files, ...after.files]));
    const pruned = await cache.finish();
    return {
      files: first.length + rest.length,
      alongside: first.length,
      raw: before.raw + after.raw,
      gzip: before.gzip + after.gzip,
      cached: before.cached + after.cached,
      pruned,
    };
  })();
  // After the first part this changes nothing; before it, the first part fails with the pass's error.
  done.catch(firstPartFailed);
  return { firstPart, done };
}

/** The whole pass of startSitePrecompression, awaited. */
export function precompressSite(
  dist: string,
  later?: { dir: string; ready: Promise<unknown> },
): Promise<SitePrecompression> {
  return startSitePrecompression(dist, later).done;
}
