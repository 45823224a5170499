import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Font } from 'satori';
import { OG_FONT_FAMILY, OG_HEIGHT, OG_WIDTH, ogCardTree, type OgCard } from '../lib/og-card.ts';
import { ogCacheDir, ogCacheKey, readCached, writeCached } from './cache.ts';
import { RenderPool } from './pool.ts';

const WEIGHTS = [400, 600, 700] as const;
/**
 * Fontsource ships the family split by unicode range; the card needs latin plus the vietnamese file for letters like
 * ắ, ộ, ư, Đ. Each subset gets its own family name (see OG_FONT_FAMILY). WOFF, not WOFF2: satori cannot decode WOFF2.
 */
const SUBSETS = ['latin', 'vietnamese'] as const;

/**
 * Satori already turned text into paths, so resvg needs no fonts; skipping the system font scan keeps the output
 * identical across machines and saves time. Part of the cache key: a change here re-renders every card.
 */
const RESVG_OPTIONS = {
  fitTo: { mode: 'width', value: OG_WIDTH },
  font: { loadSystemFonts: false },
} as const;

interface Renderer {
  pool: RenderPool;
  /**
   * A hash of everything besides the card that decides the pixels (versions, options, the font bytes), computed
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
  const fonts = await Promise.all(
    SUBSETS.flatMap((subset) =>
      WEIGHTS.map(async (weight): Promise<Font> => {
        const file = join(pkgDir, 'files', `be-vietnam-pro-${subset}-${weight}-normal.woff`);
        return { name: OG_FONT_FAMILY[subset], data: await readFile(file), weight, style: 'normal' };
      }),
    ),
  );
  const version = (pkg: string) => (require(`${pkg}/package.json`) as { version: string }).version;
  const pool = new RenderPool({
    satoriPath: esmEntry(require, 'satori'),
    resvgPath: require.resolve('@resvg/resvg-js'),
    fonts: fonts.map((f) => ({ name: f.name, data: new Uint8Array(f.data), weight: f.weight ?? 400, style: 'normal' })),
    resvgOptions: RESVG_OPTIONS,
  });
  return {
    pool,
    rendererKey: ogCacheKey([
      `satori ${version('satori')}`,
      `resvg ${version('@resvg/resvg-js')}`,
      JSON.stringify(RESVG_OPTIONS),
      `${OG_WIDTH}x${OG_HEIGHT}`,
      ...fonts.flatMap((f) => [`${f.name} ${f.weight}`, new Uint8Array(f.data)]),
    ]),
  };
}

/** The file a package's ES module entry ("exports" → "." → "import") points to. */
function esmEntry(require: NodeJS.Require, pkg: string): string {
  const manifest = require(`${pkg}/package.json`) as { exports?: { '.'?: { import?: string } } };
  const entry = manifest.exports?.['.']?.import;
  if (!entry) throw new Error(`${pkg} has no ES module entry in its package.json exports`);
  return join(dirname(require.resolve(`${pkg}/package.json`)), entry);
}

/**
 * Renders a card to a 1200×630 PNG, or takes it from the cache when the same card was rendered before with the same
 * fonts and renderer. Same card, same bytes: no timestamps, and system fonts are never consulted.
 */
export async function renderOgPng(card: OgCard): Promise<Buffer> {
  const { pool, rendererKey } = await loadRenderer();
  const tree = ogCardTree(card);
  const dir = ogCacheDir();
  const key = ogCacheKey([rendererKey, JSON.stringify(tree)]);
  const cached = readCached(dir, key);
  if (cached) return cached;
  const png = await pool.render({ tree, width: OG_WIDTH, height: OG_HEIGHT });
  writeCached(dir, key, png);
  return png;
}
