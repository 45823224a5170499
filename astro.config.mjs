// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { resolve } from 'node:path';
import { validateContentIntegration } from './src/integrations/validate-content.ts';
import { cspHashesIntegration } from './src/integrations/csp-hashes.ts';
import { offlineIntegration } from './src/integrations/offline.ts';
import { searchAndCompressIntegration, searchIndexWrittenIntegration } from './src/integrations/search-and-compress.ts';
import { ogImagesIntegration } from './src/integrations/og-images.ts';
import { cmsBundleIntegration, cmsPackageAdjustments } from './src/integrations/cms-bundle.ts';

// The public origin the site is deployed at; canonical URLs, Open Graph and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://antq.example.vn';
// Another content folder can be built (fixtures, the benchmark corpus) without code changes.
const contentRoot = resolve(process.env.CONTENT_DIR ?? 'content');

export default defineConfig({
  site,
  // The content layer caches parsed entries; another content folder gets its own cache so
  // entries never leak between builds of different content.
  // BUILD_CACHE_DIR puts it elsewhere (scripts/check-incremental.ts keeps its caches in a temporary folder).
  ...(process.env.BUILD_CACHE_DIR
    ? { cacheDir: process.env.BUILD_CACHE_DIR }
    : process.env.CONTENT_DIR
      ? { cacheDir: `./node_modules/.astro-content/${contentRoot.replace(/[^a-zA-Z0-9]+/g, '-')}` }
      : {}),
  trailingSlash: 'always',
  // Styles are inlined so the first screen needs no second request; the Content-Security-Policy
  // allows each inline <style> by its hash (src/integrations/csp-hashes.ts), never 'unsafe-inline'.
  // No inline scripts.
  build: {
    format: 'directory',
    inlineStylesheets: 'always',
    // Pages render in parallel while Open Graph images rasterise on the thread pool.
    concurrency: 4,
  },
  vite: {
    // One stylesheet for the whole site, inlined in every page: its single sha256 is what the
    // CSP allows (npm run csp), the same whatever content a build holds. Split per page, a
    // different mix of components (another content folder, a new page type) made a new hash
    // that the shipped policy would block. All of it is 4 KB gzip.
    build: { assetsInlineLimit: 0, cssCodeSplit: false },
    plugins: [cmsPackageAdjustments()],
    // The dev server pre-bundles the CMS package apart from the plugins above: the same
    // adjustments apply there, so `npm run cms` shows the editor the build ships.
    optimizeDeps: { rolldownOptions: { plugins: [cmsPackageAdjustments()] } },
    // The benchmark's folder holds over 250,000 files (npm run bench): watched, they ran the dev
    // server out of the system's file watchers (ENOSPC) before it watched the project's own.
    server: { watch: { ignored: ['**/.bench/**'] } },
  },
  devToolbar: { enabled: false },
  // A rebuild copies the figure, model, article and report pages, reports' CSVs, the open-data workbooks and Open Graph
  // cards whose content is unchanged from the previous build (kept under cacheDir) instead of
  // rendering them: their routes give each page a key covering all it shows
  // (src/data/render-keys.ts, checked by scripts/check-incremental.ts).
  experimental: { incrementalBuild: true },
  integrations: [
    validateContentIntegration(contentRoot),
    mdx(),
    // Embeds are bare copies of chart pages for iframes, and /admin/ is the editors' tool: not pages to list.
    sitemap({ filter: (page) => !/^\/(?:nhung|admin)\//u.test(new URL(page).pathname) }),
    cmsBundleIntegration(),
    // The Open Graph images, painted while the pages rendered, go into the site before anything reads it.
    ogImagesIntegration(),
    // Pagefind indexes while the pages are compressed, then its own files are. The compression
    // reads every text file once; the two hooks after it take what it learnt of each
    // (src/integrations/built-files.ts): inline style hashes, digests, .br sizes.
    searchAndCompressIntegration(contentRoot),
    cspHashesIntegration(),
    // A province's offline list gives the bytes of the .br files.
    offlineIntegration(),
    // The two above run while Pagefind indexes; this waits for the index and its compression.
    searchIndexWrittenIntegration(),
  ],
});
