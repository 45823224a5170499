import { describe, expect, it } from 'vitest';
import { blankScanlines, createInk, drawMask, fillRect } from './canvas.ts';

// Background white; colour 1 black, colour 2 pure red; four coverage levels each.
const ink = createInk('#ffffff', ['#000000', '#ff0000'], 4);
const pixel = (lines: Uint8Array, width: number, x: number, y: number) => lines[y * (width + 1) + 1 + x]!;
const mask = (width: number, alpha: number[]) => ({
  left: 0,
  top: 0,
  width,
  height: alpha.length / width,
  alpha: Uint8Array.from(alpha),
});

describe('createInk', () => {
  it('lists the background, then each colour blended over it level by level', () => {
    expect([...ink.palette.subarray(0, 3)]).toEqual([255, 255, 255]);
    // Black at 1/4 … 4/4 over white.
    expect([...ink.palette.subarray(3, 15)]).toEqual([191, 191, 191, 128, 128, 128, 64, 64, 64, 0, 0, 0]);
    expect([...ink.palette.subarray(24, 27)]).toEqual([255, 0, 0]);
    expect(ink.palette).toHaveLength(9 * 3);
  });

  it('maps a coverage to the nearest level, and no coverage to the background', () => {
    expect(ink.lookup[1 * 256 + 0]).toBe(0);
    expect(ink.lookup[1 * 256 + 255]).toBe(4);
    expect(ink.lookup[1 * 256 + 128]).toBe(2);
    expect(ink.lookup[2 * 256 + 255]).toBe(8);
    expect([ink.colorOf[6], ink.coverOf[6]]).toEqual([2, 128]);
  });

  it('refuses more entries than a palette holds', () => {
    expect(() => createInk('#ffffff', ['#000000', '#ff0000', '#00ff00'], 90)).toThrow(/do not fit/);
  });
});

describe('drawMask', () => {
  it('draws coverage as the colour at that level, clipped to the image', () => {
    const lines = blankScanlines(3, 2);
    drawMask(lines, 3, 2, ink, mask(2, [255, 128, 64, 0]), 2, 1, 1);
    expect([0, 1, 2].map((x) => pixel(lines, 3, x, 1))).toEqual([0, 0, 4]);
    expect([0, 1, 2].map((x) => pixel(lines, 3, x, 0))).toEqual([0, 0, 0]);
    // The filter bytes stay 0.
    expect([lines[0], lines[4]]).toEqual([0, 0]);
  });

  it('combines coverages of one colour as source-over, so two half-covered halves make a full pixel', () => {
    const lines = blankScanlines(1, 1);
    drawMask(lines, 1, 1, ink, mask(1, [128]), 0, 0, 1);
    drawMask(lines, 1, 1, ink, mask(1, [255]), 0, 0, 1);
    expect(pixel(lines, 1, 0, 0)).toBe(4);
    const half = blankScanlines(1, 1);
    drawMask(half, 1, 1, ink, mask(1, [128]), 0, 0, 1);
    drawMask(half, 1, 1, ink, mask(1, [128]), 0, 0, 1);
    // 1 − (1 − ½)² = ¾.
    expect(pixel(half, 1, 0, 0)).toBe(3);
  });

  it('lets the stronger coverage win where two colours meet', () => {
    const lines = blankScanlines(2, 1);
    drawMask(lines, 2, 1, ink, mask(2, [64, 255]), 0, 0, 1);
    drawMask(lines, 2, 1, ink, mask(2, [255, 64]), 0, 0, 2);
    expect([pixel(lines, 2, 0, 0), pixel(lines, 2, 1, 0)]).toEqual([8, 4]);
  });
});

describe('fillRect', () => {
  it('fills whole pixels of a rectangle and nothing around it', () => {
    const lines = blankScanlines(4, 3);
    fillRect(lines, 4, { x: 1, y: 1, width: 2, height: 1 }, 7);
    expect([...lines]).toEqual([0, 0, 0, 0, 0, 0, 0, 7, 7, 0, 0, 0, 0, 0, 0]);
  });
});
