import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Files of the search index itself, as opposed to the UI bundles Pagefind writes beside it. */
const INDEX_FILE = /\.(?:pf_meta|pf_index|pf_fragment|pf_filter)$/u;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Pagefind's ready-made UIs (about 430 KB): the site draws results itself on pagefind.js
 * (src/client/search/), so these would only be deployed and precompressed for nothing.
 */
const UNUSED_UI = /^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/u;

/** Markup that is layout, not content. Table headers carry data-pagefind-ignore themselves. */
const EXCLUDED_FROM_INDEX = ['dt'];

/**
 * Indexes the built site with Pagefind's Node API once Astro has written it, into
 * `<dist>/pagefind`. Any Pagefind error, or an index with no pages, fails the build:
 * a site whose search silently finds nothing must not ship. The whole site is indexed as
 * Vietnamese, including /en/, so one query searches every page.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const outputPath = join(site, 'pagefind');
        const fail = (step: string, errors: readonly string[]): never => {
          throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        try {
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: 'vi',
            // Field labels ("Tỉnh", "Năm bắt đầu", "Nguồn" …) repeat on thousands of pages: indexed,
            // they swell the chunks of common syllables every reader downloads and run into excerpts.
            excludeSelectors: EXCLUDED_FROM_INDEX,
          });
          if (!index || errors.length > 0) return fail('createIndex', errors);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) return fail('addDirectory', added.errors);
          if (added.page_count === 0) {
            return fail('addDirectory', [`no HTML page to index in ${site}`]);
          }
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0) return fail('writeFiles', written.errors);
          for (const name of readdirSync(outputPath)) if (UNUSED_UI.test(name)) rmSync(join(outputPath, name));

          const files = filesUnder(outputPath);
          const size = (list: string[]) => list.reduce((sum, file) => sum + statSync(file).size, 0);
          const indexFiles = files.filter((file) => INDEX_FILE.test(file));
          logger.info(
            `indexed ${added.page_count} pages: index ${kb(size(indexFiles))} in ${indexFiles.length} files, ` +
              `${kb(size(files))} with pagefind.js, its worker and wasm, in ${outputPath}`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
