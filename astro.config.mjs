// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateContentIntegration } from './src/integrations/validate-content.ts';
import { rehypeAbbr } from './src/integrations/rehype-abbr.ts';
import { precompressIntegration } from './src/integrations/precompress.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

// The public origin the site is deployed at; canonical URLs, Open Graph and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://antq.example.vn';
// Another content folder can be built (fixtures, the benchmark corpus) without code changes.
const contentRoot = resolve(process.env.CONTENT_DIR ?? 'content');
// Abbreviations in articles get <abbr title> on first use; read here because MDX plugins
// are configured before content collections load. A broken file is reported by validation.
const glossary = (() => {
  try {
    return JSON.parse(readFileSync(resolve(contentRoot, 'reference/glossary.json'), 'utf8'));
  } catch {
    return [];
  }
})();

export default defineConfig({
  site,
  trailingSlash: 'always',
  // No inline scripts or styles, so the Content-Security-Policy needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [validateContentIntegration(contentRoot), mdx({ rehypePlugins: [[rehypeAbbr, { entries: glossary }]] }), sitemap(), pagefindIntegration(), precompressIntegration()],
});
