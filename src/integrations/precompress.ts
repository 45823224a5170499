import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|xml|csv|txt|webmanifest)$/;

/**
 * Writes .gz and .br beside every text file in dist/, so a static host (nginx gzip_static,
 * brotli_static) serves them without compressing on each request. Runs after Pagefind.
 * zlib writes no timestamp into the gzip header, so output stays byte-identical.
 */
export function precompressIntegration(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let files = 0;
        let raw = 0;
        let gz = 0;
        const walk = (folder: string) => {
          for (const name of readdirSync(folder)) {
            const full = join(folder, name);
            if (statSync(full).isDirectory()) walk(full);
            else if (COMPRESSIBLE.test(name)) {
              const body = readFileSync(full);
              const gzipped = gzipSync(body, { level: 9 });
              writeFileSync(`${full}.gz`, gzipped);
              writeFileSync(
                `${full}.br`,
                brotliCompressSync(body, {
                  params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
                }),
              );
              files += 1;
              raw += body.length;
              gz += gzipped.length;
            }
          }
        };
        walk(root);
        logger.info(`precompressed ${files} files: ${Math.round(raw / 1024)} KB → ${Math.round(gz / 1024)} KB gzip`);
      },
    },
  };
}
