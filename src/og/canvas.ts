/**
 * The card's pixels, kept as PNG scanlines of palette indices from the start (a filter byte, then one byte per pixel),
 * so painting ends with the bytes the PNG encoder deflates: no per-pixel pass to convert colours at the end.
 *
 * Every colour is drawn over the one plain background, so a palette entry stands for "colour c at coverage level l"
 * and drawing in index space is exact up to the level steps: blend the coverages, then look the entry up again.
 */
import type { Mask } from './raster.ts';

export interface Ink {
  /** Three bytes per entry: the background, then each colour at levels 1/levels … 1 over it. */
  palette: Uint8Array;
  /** Palette entry of colour c (1-based) at coverage a (0–255): lookup[c * 256 + a]. */
  lookup: Uint8Array;
  /** The colour (1-based, 0 for background) and coverage (0–255) an entry stands for. */
  colorOf: Uint8Array;
  coverOf: Uint8Array;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** A palette of `background` plus each colour at `levels` coverage steps; 1 + colours × levels must fit 256 entries. */
export function createInk(background: string, colors: readonly string[], levels: number): Ink {
  const entries = 1 + colors.length * levels;
  if (entries > 256) throw new Error(`${entries} palette entries do not fit in 256`);
  const bg = rgb(background);
  const palette = new Uint8Array(entries * 3);
  const colorOf = new Uint8Array(256);
  const coverOf = new Uint8Array(256);
  const lookup = new Uint8Array((colors.length + 1) * 256);
  palette.set(bg, 0);
  colors.forEach((hex, ci) => {
    const fg = rgb(hex);
    for (let level = 1; level <= levels; level++) {
      const entry = ci * levels + level;
      const a = level / levels;
      palette.set(
        fg.map((v, k) => Math.round(v * a + bg[k]! * (1 - a))),
        entry * 3,
      );
      colorOf[entry] = ci + 1;
      coverOf[entry] = Math.round(a * 255);
    }
    for (let a = 0; a < 256; a++) {
      const level = Math.round((a * levels) / 255);
      lookup[(ci + 1) * 256 + a] = level === 0 ? 0 : ci * levels + level;
    }
  });
  return { palette, lookup, colorOf, coverOf };
}

/** Scanlines of a width × height image: filter byte 0 then `width` indices per row, all background (entry 0). */
export function blankScanlines(width: number, height: number): Uint8Array {
  return new Uint8Array(height * (width + 1));
}

/** Fills a whole-pixel rectangle with palette entry `entry`. */
export function fillRect(
  lines: Uint8Array,
  width: number,
  r: { x: number; y: number; width: number; height: number },
  entry: number,
): void {
  for (let y = r.y; y < r.y + r.height; y++) {
    const row = y * (width + 1) + 1;
    lines.fill(entry, row + r.x, row + r.x + r.width);
  }
}

/**
 * Draws a coverage mask in colour `c` with its top-left pixel at (left, top), clipped to the image. Over the same
 * colour coverages combine as source-over (a + b − ab), so touching or overlapping glyphs neither over- nor
 * under-darken; over another colour (which the card's layout never lets happen) the stronger coverage wins.
 */
export function drawMask(
  lines: Uint8Array,
  width: number,
  height: number,
  ink: Ink,
  m: Mask,
  left: number,
  top: number,
  c: number,
): void {
  const { lookup, colorOf, coverOf } = ink;
  const base = c * 256;
  const x0 = Math.max(0, -left);
  const x1 = Math.min(m.width, width - left);
  for (let y = Math.max(0, -top); y < m.height && top + y < height; y++) {
    const row = (top + y) * (width + 1) + 1 + left;
    const src = y * m.width;
    for (let x = x0; x < x1; x++) {
      const a = m.alpha[src + x]!;
      if (a === 0) continue;
      const entry = lines[row + x]!;
      if (entry === 0) lines[row + x] = lookup[base + a]!;
      else if (colorOf[entry] === c) {
        const b = coverOf[entry]!;
        lines[row + x] = lookup[base + a + b - Math.round((a * b) / 255)]!;
      } else if (a > coverOf[entry]!) lines[row + x] = lookup[base + a]!;
    }
  }
}
