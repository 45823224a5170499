/**
 * A disk cache for precompressed files, keyed by the bytes compressed and everything that
 * decides the output: the method, its level and the zlib and Brotli versions. Most of a
 * warm rebuild's pages are byte-identical to the last build's, so their .gz and .br are
 * read back instead of compressed again; a changed page has a new key, so nothing stale is
 * served. Entries unused for PRUNE_AFTER_DAYS are removed, so the folder does not grow with
 * every edit. Deleting the folder is always safe.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type Method = 'gzip' | 'br';

export const PRUNE_AFTER_DAYS = 14;

/** Where compressed bodies live: PRECOMPRESS_CACHE_DIR, or beside Astro's own cache. */
export function precompressCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env['PRECOMPRESS_CACHE_DIR'] || join(process.cwd(), 'node_modules', '.cache', 'precompress');
}

/** The versions that decide the compressed bytes besides the input and the level. */
const LIBRARY_VERSIONS = `zlib ${process.versions.zlib ?? '?'} brotli ${process.versions.brotli ?? '?'}`;

export function precompressKey(method: Method, level: number, body: Uint8Array, versions = LIBRARY_VERSIONS): string {
  return createHash('sha256').update(`${method}:${level}:${versions}\n`).update(body).digest('hex');
}

export interface PrecompressCache {
  /** The compressed body for a key, or undefined; a hit marks the entry as used now. */
  read(key: string, method: Method): Promise<Buffer | undefined>;
  write(key: string, method: Method, compressed: Uint8Array): Promise<void>;
  /** Removes entries not used for `days`; returns how many were removed. */
  prune(days?: number, now?: Date): Promise<number>;
}

export function precompressCache(dir: string): PrecompressCache {
  // Two levels of folders keep each directory to a few thousand entries at national scale.
  const path = (key: string, method: Method) => join(dir, key.slice(0, 2), `${key}.${method}`);
  let made = new Set<string>();
  return {
    async read(key, method) {
      const file = path(key, method);
      try {
        const body = await readFile(file);
        const now = new Date();
        await utimes(file, now, now);
        return body;
      } catch {
        return undefined;
      }
    },
    async write(key, method, compressed) {
      const folder = join(dir, key.slice(0, 2));
      if (!made.has(folder)) {
        await mkdir(folder, { recursive: true });
        made.add(folder);
      }
      // Written under a temporary name and renamed: a concurrent build never reads half a file.
      const temporary = `${path(key, method)}.${process.pid}.tmp`;
      await writeFile(temporary, compressed);
      await rename(temporary, path(key, method));
    },
    async prune(days = PRUNE_AFTER_DAYS, now = new Date()) {
      const cutoff = now.getTime() - days * 86_400_000;
      let removed = 0;
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true, recursive: true });
      } catch {
        return 0;
      }
      for (const entry of entries) {
        if (!entry.isFile()) continue;
        const file = join(entry.parentPath, entry.name);
        const { mtimeMs } = await stat(file);
        if (mtimeMs < cutoff) {
          await rm(file, { force: true });
          removed += 1;
        }
      }
      made = new Set();
      return removed;
    },
  };
}
