import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type Rolldown } from 'vite';
import { completeVietnamese, type Messages } from '../cms/locale-vi.ts';
import viAdditions from '../cms/vi-additions.json' with { type: 'json' };

/**
 * Field types the web editor does not use (code with its 280 syntax grammars, map, image
 * conversion): Sveltia CMS imports their libraries on demand, and a bundle would carry all of
 * them, about 15 MB of files in dist/. Each is replaced by a module that says why it is
 * missing, should a field ever ask for it.
 */
const UNUSED = /^(?:@shikijs\/(?:langs|themes)\/|leaflet(?:\/|$)|terra-draw|svgo\/browser|exifr\/)/u;
/** One module for all of them, so the bundle gets one small file rather than one per library. */
const STUB = '\0cms-unused-field-type';

/**
 * Sveltia's interface declares its fonts twice: as files it bundles, and as @font-face rules
 * pointing at a CDN, which a closed network cannot reach and the editor's CSP refuses (a console
 * error each). The CDN rules are dropped; the page sets the site's own font (src/admin/admin.css).
 */
const CDN_FONT_FACE = /@font-face \{[^}]*cdn\.jsdelivr\.net[^}]*\}/gu;
const CMS_BUNDLE = /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/u;
/** The CMS's Vietnamese strings, completed by src/cms/locale-vi.ts as the bundle reads them. */
const CMS_VIETNAMESE = /[\\/]@sveltia[\\/]cms[\\/]locales[\\/]vi\.json$/u;

export function cmsPackageAdjustments(): Plugin {
  return {
    name: 'cms-package-adjustments',
    enforce: 'pre',
    resolveId(id) {
      return UNUSED.test(id) ? STUB : undefined;
    },
    transform(code, id) {
      if (CMS_VIETNAMESE.test(id)) {
        const messages = completeVietnamese(JSON.parse(code) as Messages, viAdditions as Messages);
        return { code: JSON.stringify(messages), map: null };
      }
      if (!CMS_BUNDLE.test(id)) return undefined;
      const stripped = code.replace(CDN_FONT_FACE, '');
      if (stripped === code)
        this.error(
          'the CMS bundle no longer declares CDN fonts the expected way: review src/integrations/cms-bundle.ts',
        );
      return { code: stripped, map: null };
    },
    load(id) {
      if (id !== STUB) return undefined;
      return "throw new Error('This field type is not bundled: the web editor has no field that uses it.');\nexport default undefined;";
    },
  };
}

/** Where the editor's bundle goes, and the entry the page loads in development. */
const CMS_ASSETS = '/admin/assets/';
export const CMS_ENTRY = 'src/admin/main.ts';
/** What the page's script and stylesheet tags say until the bundle's hashed names are known. */
export const CMS_SCRIPT_PLACEHOLDER = '/admin/assets/editor.js';
export const CMS_STYLE_PLACEHOLDER = '/admin/assets/editor.css';

/**
 * Builds the web editor as a bundle of its own, under /admin/assets/. Bundled with the pages,
 * the modules it shares with the readers' scripts (text folding, Vite's preload helper) were
 * split into chunks of their own, which every reader page then loaded: the editor must add
 * nothing to them. In development (`npm run cms`) the page loads the entry from source instead.
 */
export function cmsBundleIntegration(): AstroIntegration {
  return {
    name: 'cms-bundle',
    hooks: {
      // Whether the editor is served from source by the dev server: decided by the command, not
      // by import.meta.env.DEV, which a build run from a test (NODE_ENV=test) also sets.
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { __CMS_FROM_SOURCE__: JSON.stringify(command === 'dev') } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const dist = fileURLToPath(dir);
        // Always the production build of the editor's libraries (React among them): Vite picks
        // packages' development builds when NODE_ENV is set to anything else, as a test that
        // runs the build sets it (NODE_ENV=test), and the same input gave another bundle.
        const callersNodeEnv = process.env['NODE_ENV'];
        process.env['NODE_ENV'] = 'production';
        const result = (await build({
          configFile: false,
          root: process.cwd(),
          mode: 'production',
          base: CMS_ASSETS,
          publicDir: false,
          logLevel: 'warn',
          plugins: [cmsPackageAdjustments()],
          build: {
            outDir: join(dist, CMS_ASSETS),
            emptyOutDir: false,
            assetsDir: '',
            assetsInlineLimit: 0,
            modulePreload: false,
            sourcemap: false,
            rolldownOptions: {
              input: { editor: CMS_ENTRY },
              output: {
                entryFileNames: '[name].[hash].js',
                chunkFileNames: '[name].[hash].js',
                assetFileNames: '[name].[hash][extname]',
              },
            },
          },
        }).finally(() => {
          if (callersNodeEnv === undefined) delete process.env['NODE_ENV'];
          else process.env['NODE_ENV'] = callersNodeEnv;
        })) as Rolldown.RolldownOutput;
        const files = result.output.map((o) => o.fileName);
        const script = files.find((f) => /^editor\.[^.]+\.js$/u.test(f));
        const style = files.find((f) => /^editor\.[^.]+\.css$/u.test(f));
        if (!script || !style) throw new Error(`cms-bundle: no editor script or stylesheet in ${files.join(', ')}`);
        const page = join(dist, 'admin/index.html');
        const html = readFileSync(page, 'utf8');
        if (!html.includes(CMS_SCRIPT_PLACEHOLDER) || !html.includes(CMS_STYLE_PLACEHOLDER))
          throw new Error('cms-bundle: dist/admin/index.html does not load the editor');
        writeFileSync(
          page,
          html.replace(CMS_SCRIPT_PLACEHOLDER, CMS_ASSETS + script).replace(CMS_STYLE_PLACEHOLDER, CMS_ASSETS + style),
        );
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`web editor bundled in ${seconds} s: ${files.length} files in ${CMS_ASSETS}`);
      },
    },
  };
}
