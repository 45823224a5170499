import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OG_COLOR, OG_HEIGHT, OG_LAYOUT, OG_WIDTH, type OgCard } from '../lib/og-card.ts';
import { ogCacheDir, ogCacheKey, readCached } from './cache.ts';
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
 * What decides a card's pixels, as one string: its texts, the layout, the fonts and the painter's version (the
 * cache's own key). Its route hands it to Astro as the page's render key, so a rebuild copies an unchanged card
 * from the previous build without asking for it at all.
 */
export async function ogRenderKey(card: OgCard): Promise<string> {
  return cacheSlot((await loadRenderer()).rendererKey, card).key;
}

/** Cards painted, or being painted, into the cache ahead of their routes, by cache key. */
const paintedAhead = new Map<string, Promise<void>>();
let aheadStarted = false;

/**
 * Jobs kept on the worker that paints ahead: one queued behind the one running, so it never waits for the main thread
 * (busy rendering pages) to post its next card.
 */
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
 * Starts painting every card missing from the cache on one worker thread, in the background, once per process. Astro
 * renders all HTML pages, then every Open Graph route, then the figure pages; painted only when its route asked, each
 * card waited for the main thread, and while the main thread rendered HTML the workers had nothing to do. Started when
 * the first page renders, the cards are painted on one core while the main thread renders pages on the other (on all
 * workers, the main thread lost a third of its core, and a national-scale build gained 5 s of 169); each route then
 * reads its card from the cache, or paints it itself, on any worker, if the queue has not
 * reached it yet (never both at once: the routes and the queue share one record of what has started). A card that
 * fails fails its route, with the worker's error.
 */
export function paintAhead(cards: Iterable<OgCard>): void {
  if (aheadStarted) return;
  aheadStarted = true;
  const queue = [...cards];
  let next = 0;
  void loadRenderer().then(
    ({ pool, rendererKey }) => {
      const cached = cachedNames(ogCacheDir());
      const startNext = (): void => {
        while (next < queue.length) {
          const card = queue[next++]!;
          const slot = cacheSlot(rendererKey, card);
          if (paintedAhead.has(slot.key) || cached.has(`${slot.key}.png`)) continue;
          const job = pool.paintIntoCache(card, slot);
          paintedAhead.set(slot.key, job);
          // The route awaits the job and meets its error there; the queue goes on either way.
          job.then(startNext, startNext);
          return;
        }
      };
      for (let i = 0; i < AHEAD_IN_FLIGHT; i++) startNext();
    },
    // A renderer that cannot load fails each route with its own error.
    () => undefined,
  );
}

/**
 * Renders a card to a 1200×630 PNG, or takes it from the cache when the same card was rendered before with the same
 * fonts and renderer. Same card, same bytes: no timestamps, no system fonts, integer-exact compositing.
 */
export async function renderOgPng(card: OgCard): Promise<Buffer> {
  const { pool, rendererKey } = await loadRenderer();
  const slot = cacheSlot(rendererKey, card);
  const queued = paintedAhead.get(slot.key);
  // Waits for its job (and fails with its error).
  if (queued) await queued;
  // Read here rather than by a worker: a round trip to a worker and the PNG's copy back cost
  // the main thread, which renders every page, 7 s of a national-scale cold build.
  const cached = readCached(slot.dir, slot.key);
  if (cached) return cached;
  // Not painted yet (or its file was broken): painted now, and marked so the queue skips it rather than paint it a
  // second time beside it.
  const rendered = pool.render(card, slot);
  if (!queued) {
    const done = rendered.then(() => undefined);
    done.catch(() => undefined); // the route meets the error through `rendered`
    paintedAhead.set(slot.key, done);
  }
  return rendered;
}
