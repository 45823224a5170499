import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { recordBuiltFiles, type BuiltFile } from './built-files.ts';
import { inlineStyleHashes } from './csp-policy.ts';
import { PAGEFIND_PACKED, unpack } from './pagefind-files.ts';
import {
  bodyDigest,
  openPrecompressCache,
  precompressCacheDir,
  precompressKey,
  type PrecompressCache,
} from './precompress-cache.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|csv|txt|webmanifest)$/;
/** Files compressed at once: zlib's async calls run on libuv's pool, one file per core. */
const PARALLEL = 4;
/**
 * Brotli quality by file. Measured on a 1,219-file build (27.8 MB of text): quality 6 took
 * 0.47 s for 5,682 KB, quality 9 took 9.3 s for 5,563 KB (2% smaller, 20× the time: its
 * hasher is slow on large files), quality 11 took 29 s for 5,074 KB. The hashed bundles
 * under /_astro/ and the search engine are few, small and fetched on every visit or search,
 * so they get 11; pages and data files, which grow with the content, get 6. Of Pagefind's
 * files, the metadata and WebAssembly every search loads get 11 (83 → 64 KB and 54 → 47 KB at
 * 10,000 pages); its index chunks, fragments and filters, thousands and growing with the
 * content, get 6: 11 packs chunks 14% tighter but took 50 times as long (40 MB of chunks at
 * 10,000 pages: over four minutes on two cores).
 */
const BROTLI_SHARED_ASSETS = 11;
const BROTLI_CONTENT = 6;
const SHARED_ASSET = /[\\/](?:_astro[\\/][^\\/]+|pagefind[\\/][^\\/]+\.(?:js|css|pf_meta|pagefind))$/;
/**
 * The web editor's bundle (2.3 MB) is no reader's asset: quality 11 took 14 s of the build for
 * it and saved 9% over quality 6, for the few editors who load it once.
 */
const LARGE_ASSET = 512 * 1024;

export function brotliQuality(file: string, size = 0): number {
  return SHARED_ASSET.test(file) && size <= LARGE_ASSET ? BROTLI_SHARED_ASSETS : BROTLI_CONTENT;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => COMPRESSIBLE.test(file) || PAGEFIND_PACKED.test(file))
    .sort();
}

/**
 * The bytes to compress: the file itself, or for Pagefind's packed files the payload inside
 * Pagefind's own gzip (src/integrations/pagefind-files.ts), which Brotli then packs tighter.
 */
export async function compressibleBody(file: string, body: Buffer): Promise<Buffer> {
  return PAGEFIND_PACKED.test(file) ? unpack(file, body) : body;
}

const GZIP_LEVEL = 9;

/** The compressed body, from the cache when these bytes were compressed the same way before. */
async function compressCached(
  cache: PrecompressCache,
  method: 'gzip' | 'br',
  level: number,
  digest: Buffer,
  compress: () => Promise<Buffer>,
): Promise<{ bytes: Buffer; hit: boolean }> {
  const key = precompressKey(method, level, digest);
  const cached = await cache.read(key);
  if (cached) return { bytes: cached, hit: true };
  const bytes = await compress();
  await cache.write(key, bytes);
  return { bytes, hit: false };
}

export interface PrecompressStats {
  raw: number;
  gzip: number;
  /** Files whose .gz and .br both came from the cache. */
  cached: number;
  /** What was learnt of each file on the way (src/integrations/built-files.ts), by path. */
  files: Map<string, BuiltFile>;
}

/** Writes `<file>.gz` and `<file>.br` beside each file; returns the bytes before and after gzip. */
export async function precompressFiles(files: readonly string[], cache: PrecompressCache): Promise<PrecompressStats> {
  let raw = 0;
  let gz = 0;
  let cachedFiles = 0;
  const built = new Map<string, BuiltFile>();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const bytes = await readFile(file);
      const body = await compressibleBody(file, bytes);
      const quality = brotliQuality(file, body.length);
      const digest = bodyDigest(body);
      const [gzipped, brotli] = await Promise.all([
        compressCached(cache, 'gzip', GZIP_LEVEL, digest, () => gzipAsync(body, { level: GZIP_LEVEL })),
        compressCached(cache, 'br', quality, digest, () =>
          brotliAsync(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: quality,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          }),
        ),
      ]);
      await Promise.all([writeFile(`${file}.gz`, gzipped.bytes), writeFile(`${file}.br`, brotli.bytes)]);
      raw += body.length;
      gz += gzipped.bytes.length;
      if (gzipped.hit && brotli.hit) cachedFiles += 1;
      built.set(file, {
        // The file's own bytes: for Pagefind's packed files the body is their unpacked payload.
        digest: body === bytes ? digest : bodyDigest(bytes),
        brotliBytes: brotli.bytes.length,
        ...(file.endsWith('.html') ? { styleHashes: inlineStyleHashes(bytes.toString('utf8')) } : {}),
      });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { raw, gzip: gz, cached: cachedFiles, files: built };
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
 * else is compressed first, then, once `ready` has settled, the folder's files. If `ready`
 * rejects, the pass stops with its error after the first part.
 */
export async function precompressSite(
  dist: string,
  later?: { dir: string; ready: Promise<unknown> },
): Promise<SitePrecompression> {
  // Handled here so a failure while the first part runs is not reported as unhandled; it is
  // thrown where the pass waits for it.
  later?.ready.catch(() => undefined);
  const cache = await openPrecompressCache(precompressCacheDir());
  const inLater = (file: string) => later !== undefined && file.startsWith(`${later.dir}${sep}`);
  const first = (await listFiles(dist)).filter((file) => !inLater(file));
  const before = await precompressFiles(first, cache);
  await later?.ready;
  const rest = later ? await listFiles(later.dir) : [];
  const after = await precompressFiles(rest, cache);
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
}
