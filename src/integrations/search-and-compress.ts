/**
 * The two longest steps after rendering, side by side: while Pagefind builds the search index
 * in its own process (after this thread has read, paired and handed it every page), the pages,
 * charts and data files are compressed; the index's own files are compressed once Pagefind has
 * written them. One after the other, the two took 94 s and 80 s of a national-scale cold build.
 * Started together, they took 154 s cold, but 132 s warm against 104 s one after the other:
 * handing pages to Pagefind and reading compressed bodies from the cache both need this thread,
 * and each slowed the other.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite, indexSummaryLine, readGlossary } from './pagefind.ts';
import { pagefindCacheDir } from './pagefind-cache.ts';
import { precompressSite } from './precompress.ts';

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
        const done = await precompressSite(dist, { dir: outputPath, ready: indexing });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger
          .fork('precompress')
          .info(
            `precompressed ${done.files} files (${done.alongside} while Pagefind indexed; ${done.cached} from the cache` +
              `${done.pruned ? `, ${done.pruned} unused entries pruned` : ''}); index and compression took ${seconds} s: ` +
              `${Math.round(done.raw / 1024)} KB → ${Math.round(done.gzip / 1024)} KB gzip`,
          );
      },
    },
  };
}
