/**
 * One file's precompression: its .gz and .br written beside it, from the cache when the same
 * bytes were compressed the same way before. Synchronous, for the worker threads that run it
 * (src/integrations/precompress-worker.ts): measured on 1,672 national-scale pages, zlib's
 * async calls, four at a time, took 3.7 s of CPU where the same work done synchronously took
 * 1.7 s, and each async file write cost the main thread more than a whole synchronous one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { BuiltFile } from './built-files.ts';
import { inlineStyleHashes } from './csp-policy.ts';
import { PAGEFIND_PACKED, unpack } from './pagefind-files.ts';
import { bodyDigest, precompressKey, type Method, type PackStore } from './precompress-cache.ts';

export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|csv|txt|webmanifest)$/;

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

const GZIP_LEVEL = 9;

/**
 * The bytes to compress: the file itself, or for Pagefind's packed files the payload inside
 * Pagefind's own gzip (src/integrations/pagefind-files.ts), which Brotli then packs tighter.
 */
export function compressibleBody(file: string, body: Buffer): Buffer {
  return PAGEFIND_PACKED.test(file) ? unpack(file, body) : body;
}

/** The compressed body, from the store when these bytes were compressed the same way before. */
function compressCached(
  store: PackStore,
  method: Method,
  level: number,
  digest: Buffer,
  compress: () => Buffer,
): { bytes: Buffer; hit: boolean } {
  const key = precompressKey(method, level, digest);
  const cached = store.read(key);
  if (cached) return { bytes: cached, hit: true };
  const bytes = compress();
  store.write(key, bytes);
  return { bytes, hit: false };
}

export interface CompressedFile {
  file: string;
  /** Bytes compressed (for Pagefind's packed files, their payload). */
  raw: number;
  gzip: number;
  /** Whether both bodies came from the cache. */
  cached: boolean;
  built: BuiltFile;
}

/** Writes `<file>.gz` and `<file>.br` beside the file and says what was learnt on the way. */
export function compressFile(file: string, store: PackStore): CompressedFile {
  const bytes = readFileSync(file);
  const body = compressibleBody(file, bytes);
  const quality = brotliQuality(file, body.length);
  const digest = bodyDigest(body);
  const gzipped = compressCached(store, 'gzip', GZIP_LEVEL, digest, () => gzipSync(body, { level: GZIP_LEVEL }));
  const brotli = compressCached(store, 'br', quality, digest, () =>
    brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  );
  writeFileSync(`${file}.gz`, gzipped.bytes);
  writeFileSync(`${file}.br`, brotli.bytes);
  return {
    file,
    raw: body.length,
    gzip: gzipped.bytes.length,
    cached: gzipped.hit && brotli.hit,
    built: {
      // The file's own bytes: for Pagefind's packed files the body is their unpacked payload.
      digest: body === bytes ? digest : bodyDigest(bytes),
      brotliBytes: brotli.bytes.length,
      ...(file.endsWith('.html') ? { styleHashes: inlineStyleHashes(bytes.toString('utf8')) } : {}),
    },
  };
}
