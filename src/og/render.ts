import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OG_COLOR, OG_HEIGHT, OG_LAYOUT, OG_WIDTH, type OgCard } from '../lib/og-card.ts';
import { ogCacheDir, ogCacheKey } from './cache.ts';
import { RenderPool } from './pool.ts';
import { SUBSETS } from './subset.ts';

const WEIGHTS = [400, 600, 700] as const;

/**
 * Names the painter's code in the cache key, with the layout, harfbuzzjs's version and the font bytes: raise it
 * whenever a change to src/og (rasteriser, line breaking, PNG encoding) changes the pixels, so no stale card is served.
 */
const PAINTER_VERSION = 'og-painter 2';

interface Renderer {
  pool: RenderPool;
  /**
   * A hash of everything besides the card that decides the pixels (versions, layout, the font bytes), computed
   * once: hashing some 200 KB of fonts again for each of thousands of cards would be wasted work.
   */
  rendererKey: string;
}

let rendererPromise: Promise<Renderer> | undefined;

/** Read once per process: a build renders one image per page and the files never change under it. */
function loadRenderer(): Promise<Renderer> {
  if (!rendererPromise) {
    rendererPromise = readRenderer();
    // A failed read should surface again on the next call rather than stay cached as a rejection.
    rendererPromise.catch(() => {
      rendererPromise = undefined;
    });
  }
  return rendererPromise;
}

async function readRenderer(): Promise<Renderer> {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('@fontsource/be-vietnam-pro/package.json'));
  // WOFF, not WOFF2: WOFF is plain zlib per table, which node:zlib undoes (WOFF2 needs Brotli plus a glyf transform).
  const fonts = await Promise.all(
    SUBSETS.flatMap((subset) =>
      WEIGHTS.map(async (weight) => {
        const file = join(pkgDir, 'files', `be-vietnam-pro-${subset}-${weight}-normal.woff`);
        return [`${subset}-${weight}`, new Uint8Array(await readFile(file))] as const;
      }),
    ),
  );
  const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
  // A dynamic import, so the painter stays a module (a chunk of its own in a build) the workers can load by URL.
  // Naming both here also keeps the bundler from dropping them as unused on this side.
  const painter = await import('./paint.ts');
  if (typeof painter.createPainter !== 'function' || typeof painter.paintOrReuse !== 'function')
    throw new Error('the Open Graph painter module lacks createPainter or paintOrReuse');
  const pool = new RenderPool({
    painterUrl: painter.PAINTER_URL,
    harfbuzzPath: require.resolve('harfbuzzjs'),
    fonts: Object.fromEntries(fonts),
  });
  return {
    pool,
    rendererKey: ogCacheKey([
      PAINTER_VERSION,
      `harfbuzzjs ${version('harfbuzzjs')}`,
      `${OG_WIDTH}x${OG_HEIGHT}`,
      JSON.stringify({ OG_LAYOUT, OG_COLOR }),
      ...fonts.flat(),
    ]),
  };
}

/**
 * Renders a card to a 1200×630 PNG, or takes it from the cache when the same card was rendered before with the same
 * fonts and renderer. Same card, same bytes: no timestamps, no system fonts, integer-exact compositing.
 */
export async function renderOgPng(card: OgCard): Promise<Buffer> {
  const { pool, rendererKey } = await loadRenderer();
  const dir = ogCacheDir();
  const key = ogCacheKey([rendererKey, JSON.stringify([card.kicker, card.title, card.subtitle ?? null, card.footer])]);
  return pool.render(card, { dir, key });
}
