/**
 * A disk cache for Open Graph PNGs, keyed by everything that decides their pixels: the
 * card's texts, the layout and colours, the font files and the painter's version. A rebuild
 * after editing one report then renders one or two cards instead of every card on the site;
 * a change of design changes the layout in the key, so nothing stale is served.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where cached PNGs live: OG_CACHE_DIR, or beside Astro's own cache in node_modules/.cache. */
export function ogCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env['OG_CACHE_DIR'] || join(process.cwd(), 'node_modules', '.cache', 'og-images');
}

/** The cache key: a SHA-256 over the parts, each length-prefixed so no two part lists collide. */
export function ogCacheKey(parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** The cached PNG for a key, or undefined. A file that is not a PNG counts as missing. */
export function readCached(dir: string, key: string): Buffer | undefined {
  try {
    const png = readFileSync(join(dir, `${key}.png`));
    return png.subarray(0, 8).equals(PNG_SIGNATURE) ? png : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the cache holds a file for a key (a broken one is found out, and replaced, when it is read). */
export function isCached(dir: string, key: string): boolean {
  return existsSync(join(dir, `${key}.png`));
}

/** Stores a PNG; written to a temporary name and renamed, so a concurrent build never reads half a file. */
export function writeCached(dir: string, key: string, png: Uint8Array): void {
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `${key}.${process.pid}.tmp`);
  writeFileSync(temporary, png);
  renameSync(temporary, join(dir, `${key}.png`));
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
