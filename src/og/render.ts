import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OG_COLOR, OG_HEIGHT, OG_LAYOUT, OG_WIDTH, type OgCard } from '../lib/og-card.ts';
import { ogCacheDir, ogCacheKey } from './cache.ts';
import { offerOgImages, type OgImages } from './handoff.ts';
import type { CacheSlot } from './paint.ts';
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
  if (
    typeof painter.createPainter !== 'function' ||
    typeof painter.paintOrReuse !== 'function' ||
    typeof painter.paintIntoCache !== 'function'
  )
    throw new Error('the Open Graph painter module lacks createPainter, paintOrReuse or paintIntoCache');
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

const cacheSlot = (rendererKey: string, card: OgCard): CacheSlot => ({
  dir: ogCacheDir(),
  key: ogCacheKey([rendererKey, JSON.stringify([card.kicker, card.title, card.subtitle ?? null, card.footer])]),
});

/**
 * Cards per message to the worker that paints ahead, and messages kept on it: one batch queued behind the one being
 * painted, so it never waits for the main thread (busy rendering pages) to post the next. About 60 ms of painting a
 * batch.
 */
const AHEAD_BATCH = 24;
const AHEAD_IN_FLIGHT = 2;

/** The cache's file names, listed once: a warm build's cards are all there, and need no job at all. */
function cachedNames(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir));
  } catch {
    return new Set();
  }
}

/**
 * Starts painting every card missing from the cache, in the background, and offers the images to the integration
 * that writes them (src/og/handoff.ts); `cards` are by image path (/og/….png). While the pages render, the cards are
 * painted on one worker thread, in batches, and the main thread renders pages on the other core (on every worker,
 * the main thread lost a third of its core, and a national-scale build gained 5 s of 169). Once the pages are done,
 * `finish` spreads what is left over every worker. Called by every page; the first call of a build starts the work.
 */
export function paintAhead(cards: ReadonlyMap<string, OgCard>): void {
  offerOgImages(() => {
    const queue = [...cards];
    const ready = loadRenderer().then(({ pool, rendererKey }) => {
      const dir = ogCacheDir();
      const cached = cachedNames(dir);
      const slots = queue.map(([path, card]) => ({ path, card, slot: cacheSlot(rendererKey, card) }));
      const started = new Set<string>();
      const failures: unknown[] = [];
      let next = 0;
      let inFlight = 0;
      let painted = 0;
      let drained!: () => void;
      const done = new Promise<void>((resolve) => (drained = resolve));
      const startNext = (anyWorker: boolean): void => {
        const batch: Array<{ card: OgCard; cache: CacheSlot }> = [];
        while (next < slots.length && batch.length < AHEAD_BATCH) {
          const { card, slot } = slots[next++]!;
          if (started.has(slot.key) || cached.has(`${slot.key}.png`)) continue;
          started.add(slot.key);
          batch.push({ card, cache: slot });
        }
        if (batch.length === 0) {
          if (inFlight === 0) drained();
          return;
        }
        inFlight += 1;
        painted += batch.length;
        void Promise.allSettled(pool.paintIntoCache(batch, anyWorker)).then((settled) => {
          for (const result of settled) if (result.status === 'rejected') failures.push(result.reason);
          inFlight -= 1;
          startNext(anyWorker);
        });
      };
      for (let i = 0; i < AHEAD_IN_FLIGHT; i++) startNext(false);
      return {
        async finish(): Promise<OgImages> {
          for (let i = 0; i < AHEAD_IN_FLIGHT * pool.size; i++) startNext(true);
          await done;
          if (failures.length > 0) throw failures[0];
          return { painted, images: slots.map(({ path, slot }) => ({ path, file: join(dir, `${slot.key}.png`) })) };
        },
      };
    });
    // A renderer that fails to load fails the build when the images are asked for, with its own error.
    ready.catch(() => undefined);
    return { finish: async () => (await ready).finish() };
  });
}

/**
 * Renders a card to a 1200×630 PNG, or takes it from the cache when the same card was rendered before with the same
 * fonts and renderer. Same card, same bytes: no timestamps, no system fonts, integer-exact compositing.
 */
export async function renderOgPng(card: OgCard): Promise<Buffer> {
  const { pool, rendererKey } = await loadRenderer();
  return pool.render(card, cacheSlot(rendererKey, card));
}
