/**
 * A disk cache for precompressed files, keyed by the bytes compressed and everything that
 * decides the output: the method, its level and the zlib and Brotli versions. Most of a
 * warm rebuild's pages are byte-identical to the last build's, so their .gz and .br are
 * read back instead of compressed again; a changed page has a new key, so nothing stale is
 * served. Deleting the folder is always safe.
 *
 * The bodies live in a few pack files, not one file each: at national scale a build holds
 * some 94,000 compressed bodies, and a file per body cost a create and a rename, later an
 * open, a read, a close and a time stamp each, and a stat of every entry to prune (5.4 s of
 * its own); read from packs, a warm pass over 47,265 files took 31 s of CPU instead of 38,
 * and pruning 0.3 s. Each compressing worker of a build appends what it compressed to a new
 * pack of its own (PackStore), written once; the build then replaces the index
 * (`index.json`: key → pack, offset, length, day last used) in one rename, so a build that
 * runs beside another never reads half an entry; at worst one build's new entries are lost
 * to the other's index and compressed again next time. Entries unused for PRUNE_AFTER_DAYS
 * leave the index; packs are rewritten once more than half their bytes are no longer listed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

export type Method = 'gzip' | 'br';

export const PRUNE_AFTER_DAYS = 14;

const INDEX = 'index.json';
const PACK = /^[0-9a-f]{16}\.pack$/u;
const DAY_MS = 86_400_000;

/** Where compressed bodies live: PRECOMPRESS_CACHE_DIR, or beside Astro's own cache. */
export function precompressCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env['PRECOMPRESS_CACHE_DIR'] || join(process.cwd(), 'node_modules', '.cache', 'precompress');
}

/** The versions that decide the compressed bytes besides the input and the level. */
const LIBRARY_VERSIONS = `zlib ${process.versions.zlib ?? '?'} brotli ${process.versions.brotli ?? '?'}`;

/** SHA-256 of a body: taken once per file, as its .gz and .br keys both start from it. */
export function bodyDigest(body: Uint8Array): Buffer {
  return createHash('sha256').update(body).digest();
}

/** The key of a body (by its bodyDigest) compressed with `method` at `level`. */
export function precompressKey(method: Method, level: number, digest: Uint8Array, versions = LIBRARY_VERSIONS): string {
  return createHash('sha256').update(`${method}:${level}:${versions}\n`).update(digest).digest('hex');
}

/** Where a body lies: pack file, byte offset, length. */
export type Location = [pack: string, offset: number, length: number];

/**
 * What one compressing worker is given: the entries as they stand when it starts, and a pack
 * of its own to append to (written as `<pack>.tmp`; the main thread renames it when the build
 * finishes). Plain data, so it crosses to a worker thread as it is.
 */
export interface PackStoreSetup {
  dir: string;
  pack: string;
  entries: Map<string, Location>;
}

/** What a worker did with the cache: the keys it read, and the bodies it appended to its pack. */
export interface PackStoreReport {
  pack: string;
  used: string[];
  added: Array<[key: string, offset: number, length: number]>;
}

/**
 * One worker's synchronous view of the cache. Synchronous on purpose: a worker thread does
 * nothing else meanwhile, and at national scale the promise-based calls (an open, a read or a
 * write and a close per body, each a trip through libuv's pool) cost more CPU than the I/O.
 */
export class PackStore {
  readonly #setup: PackStoreSetup;
  readonly #readers = new Map<string, number | undefined>();
  #writer: number | undefined;
  #written = 0;
  readonly #used: string[] = [];
  readonly #added: PackStoreReport['added'] = [];

  constructor(setup: PackStoreSetup) {
    this.#setup = setup;
  }

  #reader(pack: string): number | undefined {
    if (pack === this.#setup.pack) return this.#writer;
    if (!this.#readers.has(pack)) {
      let fd: number | undefined;
      try {
        fd = openSync(join(this.#setup.dir, pack), 'r');
      } catch {
        fd = undefined;
      }
      this.#readers.set(pack, fd);
    }
    return this.#readers.get(pack);
  }

  /** The compressed body for a key, or undefined. */
  read(key: string): Buffer | undefined {
    const entry = this.#setup.entries.get(key);
    if (!entry) return undefined;
    const [pack, offset, length] = entry;
    const fd = this.#reader(pack);
    if (fd === undefined) return undefined;
    const body = Buffer.allocUnsafe(length);
    let bytesRead = -1;
    try {
      bytesRead = readSync(fd, body, 0, length, offset);
    } catch {
      // Unreadable: a miss, as below.
    }
    // A pack shorter than its index says (removed or cut short by another build): a miss.
    if (bytesRead !== length) return undefined;
    this.#used.push(key);
    return body;
  }

  /** Appends a body to this worker's pack; readable at once. */
  write(key: string, compressed: Uint8Array): void {
    this.#writer ??= openSync(join(this.#setup.dir, `${this.#setup.pack}.tmp`), 'w+');
    const offset = this.#written;
    writeSync(this.#writer, compressed, 0, compressed.length, offset);
    this.#written += compressed.length;
    this.#setup.entries.set(key, [this.#setup.pack, offset, compressed.length]);
    this.#added.push([key, offset, compressed.length]);
  }

  /** Closes its files; the store is not used after this. */
  close(): PackStoreReport {
    for (const fd of this.#readers.values()) if (fd !== undefined) closeSync(fd);
    if (this.#writer !== undefined) closeSync(this.#writer);
    this.#readers.clear();
    this.#writer = undefined;
    return { pack: this.#setup.pack, used: this.#used, added: this.#added };
  }
}

export interface PrecompressCache {
  /** A view for one worker (or this thread): the entries now, and a new pack of its own. */
  storeSetup(): PackStoreSetup;
  /** Folds what a store read and wrote into the index. */
  merge(report: PackStoreReport): void;
  /**
   * Writes the index with this build's entries, drops those unused for `days` and rewrites
   * packs that are mostly dropped bodies; returns how many entries were dropped. The cache
   * is not used after this.
   */
  finish(days?: number, now?: Date): Promise<number>;
}

/** Pack file, byte offset, length, day (since 1970) last used. */
type Entry = [pack: string, offset: number, length: number, usedDay: number];

interface IndexFile {
  version: 1;
  entries: Record<string, Entry>;
}

async function readIndex(dir: string): Promise<Map<string, Entry>> {
  try {
    const parsed = JSON.parse(await readFile(join(dir, INDEX), 'utf8')) as IndexFile;
    return parsed.version === 1 ? new Map(Object.entries(parsed.entries)) : new Map();
  } catch {
    // Missing or unreadable: an empty cache, rebuilt by this build.
    return new Map();
  }
}

const dayOf = (date: Date) => Math.floor(date.getTime() / DAY_MS);

export async function openPrecompressCache(dir: string, now = new Date()): Promise<PrecompressCache> {
  await mkdir(dir, { recursive: true });
  const entries = await readIndex(dir);
  const today = dayOf(now);
  /** Packs handed to stores this build, still under their temporary names. */
  const newPacks = new Set<string>();

  return {
    storeSetup() {
      const pack = `${randomBytes(8).toString('hex')}.pack`;
      newPacks.add(pack);
      const locations = new Map<string, Location>();
      for (const [key, [file, offset, length]] of entries) locations.set(key, [file, offset, length]);
      return { dir, pack, entries: locations };
    },
    merge({ pack, used, added }) {
      for (const key of used) {
        const entry = entries.get(key);
        if (entry) entry[3] = today;
      }
      for (const [key, offset, length] of added) entries.set(key, [pack, offset, length, today]);
    },
    async finish(days = PRUNE_AFTER_DAYS, at = now) {
      for (const pack of newPacks) {
        await rename(join(dir, `${pack}.tmp`), join(dir, pack)).catch((error: NodeJS.ErrnoException) => {
          // A store that compressed nothing wrote no pack.
          if (error.code !== 'ENOENT') throw error;
        });
      }
      newPacks.clear();
      const oldest = dayOf(at) - days;
      let dropped = 0;
      for (const [key, entry] of entries) {
        if (entry[3] < oldest) {
          entries.delete(key);
          dropped += 1;
        }
      }
      const readers = new Map<string, Promise<FileHandle | undefined>>();
      const reader = (pack: string): Promise<FileHandle | undefined> => {
        let handle = readers.get(pack);
        if (!handle) {
          handle = open(join(dir, pack), 'r').catch(() => undefined);
          readers.set(pack, handle);
        }
        return handle;
      };
      await compact(dir, entries, reader);
      for (const handle of readers.values()) await (await handle)?.close();
      const index: IndexFile = { version: 1, entries: Object.fromEntries(entries) };
      const temporary = join(dir, `${INDEX}.${process.pid}.tmp`);
      await writeFile(temporary, JSON.stringify(index));
      await rename(temporary, join(dir, INDEX));
      // Packs the index no longer names (this build's and older ones' leftovers).
      const named = new Set([...entries.values()].map(([pack]) => pack));
      for (const name of await readdir(dir))
        if (PACK.test(name) && !named.has(name)) await rm(join(dir, name), { force: true });
      return dropped;
    },
  };
}

/**
 * When the listed bodies fill less than half of the packs' bytes, copies them into one new
 * pack and points the entries at it, so the folder stays about the size of what a build uses.
 */
async function compact(
  dir: string,
  entries: Map<string, Entry>,
  reader: (pack: string) => Promise<FileHandle | undefined>,
): Promise<void> {
  let listed = 0;
  for (const [, , length] of entries.values()) listed += length;
  let stored = 0;
  for (const name of await readdir(dir)) {
    if (!PACK.test(name)) continue;
    stored += (await stat(join(dir, name))).size;
  }
  if (stored <= 2 * listed) return;
  const pack = `${randomBytes(8).toString('hex')}.pack`;
  const out = await open(join(dir, `${pack}.tmp`), 'w');
  let offset = 0;
  for (const [key, entry] of entries) {
    const [from, at, length, used] = entry;
    const handle = await reader(from);
    const body = Buffer.allocUnsafe(length);
    if (!handle || (await handle.read(body, 0, length, at)).bytesRead !== length) {
      entries.delete(key);
      continue;
    }
    await out.write(body, 0, length, offset);
    entries.set(key, [pack, offset, length, used]);
    offset += length;
  }
  await out.close();
  await rename(join(dir, `${pack}.tmp`), join(dir, pack));
}
