/**
 * The two longest steps after rendering, side by side: while Pagefind builds the search index
 * in its own process (after this thread has read, paired and handed it every page), the pages,
 * charts and data files are compressed; the index's own files are compressed once Pagefind has
 * written them. One after the other, the two took 94 s and 80 s of a national-scale cold build.
 * Started together, they took 154 s cold, but 132 s warm against 104 s one after the other:
 * handing pages to Pagefind and reading compressed bodies from the cache both need this thread,
 * and each slowed the other.
 *
 * Two hooks: the first returns once the pages are compressed, so the hooks between the two (the
 * CSP check and the offline lists, which need the pages' record, not the index) run while
 * Pagefind still indexes; the last waits for the index and its compression. After an edit, when
 * the pages come from the compression cache and the index is built again, those hooks took 4.5 s
 * of a 100.8 s national-scale rebuild after the index.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite, indexSummaryLine, readGlossary } from './pagefind.ts';
import { pagefindCacheDir } from './pagefind-cache.ts';
import { startSitePrecompression } from './precompress.ts';

/** The index and the rest of the compression, started by the first hook and awaited by the last. */
let finishing: Promise<void> | undefined;

/** Starts indexing and compression; returns once every page is compressed and recorded. */
export function searchAndCompressIntegration(contentRoot: string): AstroIntegration {
  return {
    name: 'search-and-compress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const outputPath = join(dist, 'pagefind');
        let handedOver!: () => void;
        const pagesWithPagefind = new Promise<void>((resolve) => (handedOver = resolve));
        const indexing = indexSite({
          site: dist,
          outputPath,
          glossary: readGlossary(contentRoot),
          onPagesHandedOver: handedOver,
          cacheDir: pagefindCacheDir(),
        }).then((indexed) => logger.fork('pagefind').info(indexSummaryLine(indexed, outputPath)));
        // A failure before every page is handed over ends the wait with its error.
        await Promise.race([pagesWithPagefind, indexing]);
        const pass = startSitePrecompression(dist, { dir: outputPath, ready: indexing });
        finishing = pass.done.then((done) => {
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger
            .fork('precompress')
            .info(
              `precompressed ${done.files} files (${done.alongside} while Pagefind indexed; ${done.cached} from the cache` +
                `${done.pruned ? `, ${done.pruned} unused entries pruned` : ''}); index and compression took ${seconds} s: ` +
                `${Math.round(done.raw / 1024)} KB → ${Math.round(done.gzip / 1024)} KB gzip`,
            );
        });
        // Met by the last hook, or here if the pass fails before the pages are done.
        finishing.catch(() => undefined);
        await pass.firstPart;
      },
    },
  };
}

/** Last of the integrations: waits for the search index and its compression, and fails the build with their error. */
export function searchIndexWrittenIntegration(): AstroIntegration {
  return {
    name: 'search-index-written',
    hooks: {
      'astro:build:done': async () => {
        const pending = finishing;
        finishing = undefined;
        if (!pending) throw new Error('search index: the search-and-compress integration did not start it');
        await pending;
      },
    },
  };
}
