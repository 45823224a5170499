/**
 * The Open Graph card painter: shapes the card's texts with HarfBuzz, breaks them into lines, composites cached glyph
 * masks over a background drawn once, and encodes a palette PNG. It runs on the render pool's worker threads, which
 * load this very module by PAINTER_URL, so it imports no package: HarfBuzz and the font files come as arguments.
 */
import {
  OG_COLOR,
  OG_HEIGHT,
  OG_LAYOUT,
  OG_WIDTH,
  ogCardTexts,
  type OgCard,
  type OgColor,
  type OgTextStyle,
} from '../lib/og-card.ts';
import {
  BODY_WIDTH,
  bodyBoxes,
  FOOTER_BOX,
  KICKER_BOX,
  lineBaseline,
  STATIC_SHAPES,
  type TextBox,
} from './card-layout.ts';
import { isCached, readCached, writeCached } from './cache.ts';
import { blankScanlines, createInk, drawMask, fillRect, type Ink } from './canvas.ts';
import { encodePalettePng } from './png.ts';
import { parseOutline, rasterise, type Mask, type PathSegment } from './raster.ts';
import { subsetOf, type Subset } from './subset.ts';
import { woffToSfnt } from './woff.ts';
import { clampLines, wrapBalanced, wrapGreedy, type Line, type Measured } from './wrap.ts';

/** This module's own URL: the worker imports it from here, the source file in tests and the built chunk in a build. */
export const PAINTER_URL = import.meta.url;

/** The few harfbuzzjs calls used (the package has no types). */
export interface HarfBuzz {
  createBlob(data: Uint8Array): { destroy(): void };
  createFace(
    blob: unknown,
    index: number,
  ): {
    upem: number;
    collectUnicodes(): Uint32Array;
    reference_table(tag: string): Uint8Array | undefined;
  };
  createFont(face: unknown): { glyphToPath(glyph: number): string };
  createBuffer(): {
    addText(text: string): void;
    guessSegmentProperties(): void;
    getGlyphInfosAndPositions(): Array<{
      codepoint: number;
      cluster: number;
      x_advance: number;
      x_offset: number;
      y_offset: number;
    }>;
    destroy(): void;
  };
  shape(font: unknown, buffer: unknown): void;
}

/** WOFF files by subset and weight, e.g. `latin-700`. */
export type FontFiles = Readonly<Record<`${Subset}-${OgTextStyle['weight']}`, Uint8Array>>;

/** Coverage levels per colour in the palette: 5 colours × 50 levels + the background fit in 256 entries. */
const LEVELS = 50;
/** Glyphs are placed at quarter pixels horizontally; baselines snap to whole pixels. */
const PHASES = 4;
const COLORS: readonly OgColor[] = ['red', 'gold', 'ink', 'muted', 'rule'];

interface LoadedFont {
  font: ReturnType<HarfBuzz['createFont']>;
  upem: number;
  ascender: number;
  descender: number;
  has: ReadonlySet<number>;
  outlines: Map<number, PathSegment[]>;
}

/** Text measured for wrapping, with the glyphs of each unit (code point) at offsets from the unit's pen position. */
interface Shaped extends Measured {
  glyphs: Array<Array<{ font: LoadedFont; id: number; dx: number; dy: number }>>;
}

export function createPainter(hb: HarfBuzz, files: FontFiles): (card: OgCard) => Buffer {
  const fonts = new Map<string, LoadedFont>();
  for (const [name, woff] of Object.entries(files) as Array<[string, Uint8Array]>) {
    const face = hb.createFace(hb.createBlob(woffToSfnt(woff)), 0);
    const hhea = face.reference_table('hhea');
    if (!hhea) throw new Error(`font ${name} has no hhea table`);
    const view = new DataView(hhea.buffer, hhea.byteOffset, hhea.byteLength);
    fonts.set(name, {
      font: hb.createFont(face),
      upem: face.upem,
      ascender: view.getInt16(4),
      descender: view.getInt16(6),
      has: new Set(face.collectUnicodes()),
      outlines: new Map(),
    });
  }
  const fontOf = (subset: Subset, weight: number) => {
    const font = fonts.get(`${subset}-${weight}`);
    if (!font) throw new Error(`no font file for ${subset} ${weight}`);
    return font;
  };

  function shape(text: string, style: OgTextStyle): Shaped {
    const units = [...text];
    const advances = units.map(() => style.letterSpacing);
    const glyphs: Shaped['glyphs'] = units.map(() => []);
    const subsets = units.map((u) => subsetOf(u.codePointAt(0)!, (s, cp) => fontOf(s, style.weight).has.has(cp)));
    for (let start = 0; start < units.length;) {
      let end = start + 1;
      while (end < units.length && subsets[end] === subsets[start]) end++;
      const font = fontOf(subsets[start]!, style.weight);
      const scale = style.size / font.upem;
      // HarfBuzz clusters are UTF-16 offsets into the run; map them back to units.
      const unitAt: number[] = [];
      for (let u = start; u < end; u++) for (let k = 0; k < units[u]!.length; k++) unitAt.push(u);
      const buffer = hb.createBuffer();
      buffer.addText(units.slice(start, end).join(''));
      buffer.guessSegmentProperties();
      hb.shape(font.font, buffer);
      const pen = new Map<number, number>();
      for (const g of buffer.getGlyphInfosAndPositions()) {
        const u = unitAt[g.cluster]!;
        const x = pen.get(u) ?? 0;
        glyphs[u]!.push({ font, id: g.codepoint, dx: (x + g.x_offset) * scale, dy: g.y_offset * scale });
        pen.set(u, x + g.x_advance);
        advances[u]! += g.x_advance * scale;
      }
      buffer.destroy();
      start = end;
    }
    return { units, advances, glyphs };
  }

  const maskCaches = new Map<LoadedFont, Map<string, Mask>>();
  /** A glyph's coverage mask at a size and quarter-pixel phase, rasterised once per worker. */
  function mask(font: LoadedFont, id: number, size: number, phase: number): Mask {
    let cache = maskCaches.get(font);
    if (!cache) maskCaches.set(font, (cache = new Map()));
    const key = `${id} ${size} ${phase}`;
    let m = cache.get(key);
    if (!m) {
      let outline = font.outlines.get(id);
      if (!outline) font.outlines.set(id, (outline = parseOutline(font.font.glyphToPath(id))));
      m = rasterise(outline, size / font.upem, phase / PHASES);
      cache.set(key, m);
    }
    return m;
  }

  const ink = createInk(
    OG_COLOR.background,
    COLORS.map((c) => OG_COLOR[c]),
    LEVELS,
  );
  const background = paintBackground(ink);
  /** Reused for every card: a worker paints one card at a time and the PNG encoder copies what it needs. */
  const lines = blankScanlines(OG_WIDTH, OG_HEIGHT);

  function setText(text: string, style: OgTextStyle, width: number, balance: boolean) {
    const shaped = shape(text, style);
    const ellipsis = shape('…', style);
    const ellipsisWidth = ellipsis.advances.reduce((a, b) => a + b, 0);
    const wrapped = (balance ? wrapBalanced : wrapGreedy)(shaped, width);
    return { shaped, ellipsis, style, lines: clampLines(shaped, wrapped, style.maxLines, ellipsisWidth, width) };
  }

  function draw(set: ReturnType<typeof setText>, box: TextBox): void {
    const { size } = set.style;
    const c = COLORS.indexOf(set.style.color) + 1;
    const metrics = fontOf('latin', set.style.weight);
    const glyph = (g: Shaped['glyphs'][number][number], x: number, baseline: number) => {
      let ix = Math.floor(x);
      let phase = Math.round((x - ix) * PHASES);
      if (phase === PHASES) [ix, phase] = [ix + 1, 0];
      const m = mask(g.font, g.id, size, phase);
      drawMask(lines, OG_WIDTH, OG_HEIGHT, ink, m, ix + m.left, Math.round(baseline - g.dy) + m.top, c);
    };
    set.lines.forEach((line: Line, index) => {
      const baseline = lineBaseline(box.top, set.style, index, metrics);
      let x = box.x;
      for (let u = line.start; u < line.end; u++) {
        for (const g of set.shaped.glyphs[u]!) glyph(g, x + g.dx, baseline);
        x += set.shaped.advances[u]!;
      }
      if (line.ellipsis) for (const g of set.ellipsis.glyphs[0]!) glyph(g, x + g.dx, baseline);
    });
  }

  return function paint(card: OgCard): Buffer {
    const texts = ogCardTexts(card);
    lines.set(background);
    // A short title is balanced; a long one is not, as balancing before clamping would leave three half-width lines.
    const title = setText(texts.title, texts.titleStyle, BODY_WIDTH, texts.titleStyle === OG_LAYOUT.title);
    const subtitle = texts.subtitle === '' ? undefined : setText(texts.subtitle, OG_LAYOUT.subtitle, BODY_WIDTH, false);
    const boxes = bodyBoxes(texts.titleStyle, title.lines.length, subtitle?.lines.length ?? 0);
    draw(setText(texts.kicker, OG_LAYOUT.kicker, KICKER_BOX.width, false), KICKER_BOX);
    draw(title, boxes.title);
    if (subtitle) draw(subtitle, boxes.subtitle);
    draw(setText(texts.footer, OG_LAYOUT.footer, FOOTER_BOX.width, false), FOOTER_BOX);
    return encodePalettePng(OG_WIDTH, OG_HEIGHT, ink.palette, lines);
  };
}

/** The parts every card shares: the bars, the rule and the gold dot (anti-aliased on a 16×16 grid per pixel). */
function paintBackground(ink: Ink): Uint8Array {
  const lines = blankScanlines(OG_WIDTH, OG_HEIGHT);
  const full = (c: OgColor) => ink.lookup[(COLORS.indexOf(c) + 1) * 256 + 255]!;
  fillRect(lines, OG_WIDTH, STATIC_SHAPES.topBar, full('red'));
  fillRect(lines, OG_WIDTH, STATIC_SHAPES.rule, full('rule'));
  fillRect(lines, OG_WIDTH, STATIC_SHAPES.footerBar, full('red'));
  const { cx, cy, r } = STATIC_SHAPES.dot;
  const left = Math.floor(cx - r);
  const top = Math.floor(cy - r);
  const size = Math.ceil(cy + r) - top;
  const alpha = new Uint8Array(size * size);
  const n = 16;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let inside = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          if (Math.hypot(left + x + (sx + 0.5) / n - cx, top + y + (sy + 0.5) / n - cy) <= r) inside++;
        }
      }
      alpha[y * size + x] = Math.round((inside * 255) / (n * n));
    }
  }
  const dot = { left: 0, top: 0, width: size, height: size, alpha };
  drawMask(lines, OG_WIDTH, OG_HEIGHT, ink, dot, left, top, COLORS.indexOf('gold') + 1);
  return lines;
}

/** Where a card's PNG is kept between builds (src/og/cache.ts). */
export interface CacheSlot {
  dir: string;
  key: string;
}

/**
 * On the worker: the card's PNG from the cache when an earlier build painted it, else painted now and stored. The
 * cache's file reads and writes happen here rather than on the main thread Astro renders every page on: at 33,000
 * cards, some 130,000 file system calls.
 */
export function paintOrReuse(paint: (card: OgCard) => Buffer, card: OgCard, cache?: CacheSlot): Buffer {
  const cached = cache && readCached(cache.dir, cache.key);
  if (cached) return cached;
  const png = paint(card);
  if (cache) writeCached(cache.dir, cache.key, png);
  return png;
}

/**
 * On the worker, ahead of the card's route: paints and stores the card unless the cache holds it. Only whether the
 * file exists is checked, as the route reads it later anyway.
 */
export function paintIntoCache(paint: (card: OgCard) => Buffer, card: OgCard, cache: CacheSlot): void {
  if (!isCached(cache.dir, cache.key)) writeCached(cache.dir, cache.key, paint(card));
}
