// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { resolve } from 'node:path';
import { validateContentIntegration } from './src/integrations/validate-content.ts';

// The public origin the site is deployed at; canonical URLs, Open Graph and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://antq.example.vn';
// Another content folder can be built (fixtures, the benchmark corpus) without code changes.
const contentRoot = resolve(process.env.CONTENT_DIR ?? 'content');

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  integrations: [validateContentIntegration(contentRoot), mdx(), sitemap()],
});
