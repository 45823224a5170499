import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { builtFilesOf, type BuiltFile } from './built-files.ts';
import { bodyDigest } from './precompress-cache.ts';
import {
  OFFLINE_PAGE,
  OFFLINE_VERSION_PATH,
  offlineList,
  offlineListPath,
  pageScripts,
  provincePages,
  staticImports,
  type SavedEntry,
} from '../lib/offline-lists.ts';

const PROVINCE = /^\/tinh-thanh\/([a-z0-9-]+)\/$/u;

/** Site path of a built HTML file: dist/a/b/index.html → /a/b/. */
function sitePath(dist: string, file: string): string {
  const rel = '/' + relative(dist, file).split(sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

function fileOf(dist: string, path: string): string {
  return path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
}

/** Bytes on the wire: the size of the .br the build wrote beside the file, or of the file compressed now. */
async function wireBytes(file: string, recorded: ReadonlyMap<string, BuiltFile> | undefined): Promise<number> {
  const known = recorded?.get(resolve(file));
  if (known) return known.brotliBytes;
  if (existsSync(file + '.br')) return (await readFile(file + '.br')).length;
  return brotliCompressSync(await readFile(file)).length;
}

/**
 * After the build (and after precompression, whose .br files give each page's cost): writes
 * for every province page the list of what saving it for offline reading downloads
 * (dist/ngoai-tuyen/tinh/<slug>.json), and the version file the service worker compares to
 * refresh saved pages when the site was rebuilt (a hash of every page, so the same input gives
 * the same file).
 */
export function offlineIntegration(): AstroIntegration {
  return {
    name: 'offline-lists',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // Each page's digest stands for its bytes: the precompression pass took them all already.
        // Its record lists every page too; not read from the folder, where Pagefind may still be
        // replacing its own (src/integrations/search-and-compress.ts).
        const recorded = builtFilesOf(dist);
        const listed = recorded
          ? [...recorded.keys()]
          : (await readdir(dist, { recursive: true, withFileTypes: true }))
              .filter((e) => e.isFile())
              .map((e) => join(e.parentPath, e.name));
        const files = listed
          .filter((f) => f.endsWith('.html') && !/[\\/](?:admin|pagefind)[\\/]/u.test(relative(dist, f)))
          .sort();
        const version = createHash('sha256');
        for (const file of files)
          version
            .update(sitePath(dist, file))
            .update('\0')
            .update(recorded?.get(resolve(file))?.digest ?? bodyDigest(await readFile(file)));
        const scriptsOf = async (path: string, seen: Set<string>): Promise<void> => {
          if (seen.has(path)) return;
          const file = join(dist, path);
          if (!existsSync(file)) throw new Error(`offline lists: ${path} is linked but not built`);
          seen.add(path);
          for (const next of staticImports(await readFile(file, 'utf8'), path)) await scriptsOf(next, seen);
        };
        // The worker installs the offline page with the scripts that draw its list.
        const offlineScripts = new Set<string>();
        for (const script of pageScripts(await readFile(fileOf(dist, OFFLINE_PAGE), 'utf8')))
          await scriptsOf(script, offlineScripts);
        await mkdir(join(dist, 'ngoai-tuyen', 'tinh'), { recursive: true });
        await writeFile(
          join(dist, OFFLINE_VERSION_PATH),
          JSON.stringify({ version: version.digest('hex').slice(0, 20), offlinePage: [...offlineScripts].sort() }) +
            '\n',
        );
        let lists = 0;
        for (const file of files) {
          const path = sitePath(dist, file);
          const slug = PROVINCE.exec(path)?.[1];
          if (!slug) continue;
          const html = await readFile(file, 'utf8');
          const name = /<h1\b[^>]*>([^<]*)<\/h1>/u.exec(html)?.[1]?.trim() ?? slug;
          const pages: SavedEntry[] = [];
          const scripts = new Set<string>();
          for (const page of provincePages(path, html)) {
            const pageFile = fileOf(dist, page);
            if (!existsSync(pageFile)) throw new Error(`offline lists: ${path} links to ${page}, which is not built`);
            pages.push({ path: page, bytes: await wireBytes(pageFile, recorded) });
            for (const script of pageScripts(await readFile(pageFile, 'utf8'))) await scriptsOf(script, scripts);
          }
          const assets: SavedEntry[] = [];
          for (const script of [...scripts].sort())
            assets.push({ path: script, bytes: await wireBytes(join(dist, script), recorded) });
          const out = join(dist, offlineListPath(slug));
          await mkdir(dirname(out), { recursive: true });
          await writeFile(out, JSON.stringify(offlineList(name, pages, assets)) + '\n');
          lists += 1;
        }
        logger.info(`offline lists for ${lists} province page(s) and the version file written`);
      },
    },
  };
}
