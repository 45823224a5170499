/**
 * Writes the Open Graph images into the built site. The pages' build paints each card into the Open Graph cache
 * (src/og/render.ts) and offers the list (src/og/handoff.ts); here every image is linked to its cache file, or
 * copied where the two folders cannot share a file. Runs before the integrations that read the built files.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startImageBuild, takeOgImages } from '../og/handoff.ts';

/**
 * Puts each image at its path under `site`: a hard link to the cache file (the cache only ever replaces a file by
 * renaming a new one over it, so a linked image never changes), else a copy. Returns how many were copied.
 */
export function placeImages(site: string, images: ReadonlyArray<{ path: string; file: string }>): number {
  const made = new Set<string>();
  let copied = 0;
  for (const { path, file } of images) {
    const target = join(site, path);
    const folder = dirname(target);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    try {
      linkSync(file, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Another file system, a folder that refuses links, a file linked too often: a copy does.
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP') {
        throw new Error(`Open Graph image ${path}: cannot link ${file}: ${(error as Error).message}`);
      }
      copyFileSync(file, target);
      copied += 1;
    }
  }
  return copied;
}

export function ogImagesIntegration(): AstroIntegration {
  return {
    name: 'og-images',
    hooks: {
      'astro:build:start': () => startImageBuild(),
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const handoff = takeOgImages();
        if (!handoff)
          throw new Error(
            'Open Graph images: nothing offered them (src/pages/og/[...key].png.ts and src/layouts/Base.astro call paintAhead)',
          );
        const { painted, images } = await handoff.finish();
        const copied = placeImages(fileURLToPath(dir), images);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const cards = new Set(images.map((image) => image.file)).size;
        logger.info(
          `${images.length} images in /og/ (${cards} distinct cards: ${painted} painted in this build, ` +
            `${cards - painted} from the cache${copied > 0 ? `; ${copied} images copied, not linked` : ''}); ` +
            `${seconds} s after the pages`,
        );
      },
    },
  };
}
