import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { OG_FONT_FAMILY, OG_HEIGHT, OG_WIDTH, ogCardTree, type OgCard } from '../lib/og-card.ts';

const WEIGHTS = [400, 600, 700] as const;
/**
 * Fontsource ships the family split by unicode range; the card needs latin plus the vietnamese file for letters like
 * ắ, ộ, ư, Đ. Each subset gets its own family name (see OG_FONT_FAMILY). WOFF, not WOFF2: satori cannot decode WOFF2.
 */
const SUBSETS = ['latin', 'vietnamese'] as const;

let fontsPromise: Promise<Font[]> | undefined;

/** Read once per process: a build renders one image per page and the files never change under it. */
function loadFonts(): Promise<Font[]> {
  if (!fontsPromise) {
    fontsPromise = readFonts();
    // A failed read should surface again on the next call rather than stay cached as a rejection.
    fontsPromise.catch(() => {
      fontsPromise = undefined;
    });
  }
  return fontsPromise;
}

async function readFonts(): Promise<Font[]> {
  const pkgDir = dirname(createRequire(import.meta.url).resolve('@fontsource/be-vietnam-pro/package.json'));
  const jobs = SUBSETS.flatMap((subset) =>
    WEIGHTS.map(async (weight): Promise<Font> => {
      const file = join(pkgDir, 'files', `be-vietnam-pro-${subset}-${weight}-normal.woff`);
      return { name: OG_FONT_FAMILY[subset], data: await readFile(file), weight, style: 'normal' };
    }),
  );
  return Promise.all(jobs);
}

/** Renders a card to a 1200×630 PNG. Same card, same bytes: no timestamps, and system fonts are never consulted. */
export async function renderOgPng(card: OgCard): Promise<Buffer> {
  const svg = await satori(ogCardTree(card), { width: OG_WIDTH, height: OG_HEIGHT, fonts: await loadFonts() });
  // Satori already turned text into paths, so resvg needs no fonts; skipping the system font scan keeps the output
  // identical across machines and saves time.
  // renderAsync rasterises on libuv's thread pool, so with build.concurrency > 1 two images
  // render on two cores while the main thread lays out the next card.
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } });
  return image.asPng();
}
