/**
 * The search index of the previous build, kept for the next one. Pagefind's bundle is a
 * function of what it is given (each page's URL and the HTML handed to it, pairs included),
 * its version and options, and what this project does to its files afterwards; the key digests
 * all of those, so a build whose indexed pages are the same as last time copies the bundle back
 * instead of having Pagefind build it again (about 60 to 100 s at national scale). Any change to
 * an indexed page, to the glossary or to how pages are prepared changes what is handed over,
 * and so the key. Only the last bundle is kept: one folder of about 30 MB at national scale.
 */
import { createHash, type Hash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Names the code that changes Pagefind's files after it writes them (the pairs taken out of
 * each fragment, the unused UI left out, in src/integrations/pagefind.ts): raise it when that
 * code changes what is written.
 */
const AFTER_PAGEFIND_VERSION = 'after-pagefind 1';

/** A finished entry holds this file, written last: a build stopped mid-copy leaves no entry to trust. */
const COMPLETE = '.complete';

/** Where the bundle is kept: PAGEFIND_CACHE_DIR, or beside Astro's own cache. */
export function pagefindCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env['PAGEFIND_CACHE_DIR'] || join(process.cwd(), 'node_modules', '.cache', 'pagefind');
}

/**
 * Pagefind's version, from its package.json: the package exports neither that file nor a
 * require entry, so it is looked for where Node would look for the package.
 */
function pagefindVersion(): string {
  for (const dir of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
    const file = join(dir, 'pagefind', 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  throw new Error('could not find the installed pagefind package to read its version');
}

/** Starts the key: everything but the pages. Feed it each page with `addPage`, in the order they are handed over. */
export function bundleKeyHash(options: Readonly<Record<string, unknown>>): Hash {
  return createHash('sha256').update(
    JSON.stringify([AFTER_PAGEFIND_VERSION, `pagefind ${pagefindVersion()}`, options]),
  );
}

export function addPage(hash: Hash, url: string, content: string): void {
  // Lengths first, so no two different pages can run together into the same bytes.
  hash.update(`${url.length}:${url}${Buffer.byteLength(content)}:`).update(content);
}

/** Copies the bundle kept under `key` into `outputPath`; false when there is none. */
export function restoreBundle(cacheDir: string, key: string, outputPath: string): boolean {
  const entry = join(cacheDir, key);
  if (!existsSync(join(entry, COMPLETE))) return false;
  rmSync(outputPath, { recursive: true, force: true });
  cpSync(entry, outputPath, { recursive: true, filter: (source) => source !== join(entry, COMPLETE) });
  return true;
}

/** Keeps the bundle just written under `key`, and drops every other. A failure only costs the next build time. */
export function keepBundle(cacheDir: string, key: string, outputPath: string): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const staging = join(cacheDir, `${key}.${process.pid}.tmp`);
    rmSync(staging, { recursive: true, force: true });
    cpSync(outputPath, staging, { recursive: true });
    writeFileSync(join(staging, COMPLETE), '');
    rmSync(join(cacheDir, key), { recursive: true, force: true });
    renameSync(staging, join(cacheDir, key));
    for (const name of readdirSync(cacheDir))
      if (name !== key) rmSync(join(cacheDir, name), { recursive: true, force: true });
  } catch {
    // The cache is an optimisation: the bundle in the site is already complete.
  }
}
