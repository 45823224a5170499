/**
 * The two longest steps after rendering, run side by side: Pagefind builds the search index
 * (mostly in its own process, on about one core, for a minute and a half at national scale)
 * while the pages, charts and data files are compressed on the other; the index's own files
 * are compressed once Pagefind has written them. Run one after the other, the two took 94 s
 * and 80 s of a national-scale build.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { indexSite, indexSummaryLine, readGlossary } from './pagefind.ts';
import { precompressSite } from './precompress.ts';

export function searchAndCompressIntegration(contentRoot: string): AstroIntegration {
  return {
    name: 'search-and-compress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        const outputPath = join(dist, 'pagefind');
        // indexSite reads and pairs every page before it first waits: the compression below
        // starts once Pagefind has the pages, so it never reads a half-written index.
        const indexing = indexSite({ site: dist, outputPath, glossary: readGlossary(contentRoot) }).then((indexed) =>
          logger.fork('pagefind').info(indexSummaryLine(indexed, outputPath)),
        );
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
