import { describe, expect, it } from 'vitest';
import { parseOutline, rasterise } from './raster.ts';

const sum = (a: Uint8Array) => a.reduce((s, v) => s + v, 0);

describe('rasterise', () => {
  // A 10×10 unit square from (0,0) to (10,10) in font units (y up), drawn at one pixel per unit.
  const square = parseOutline('M0,0L10,0L10,10L0,10Z');

  it('covers a pixel-aligned square fully and nothing else', () => {
    const m = rasterise(square, 1, 0);
    expect(m.top).toBe(-10);
    expect(m.left).toBe(0);
    let full = 0;
    for (let y = 0; y < m.height; y++) {
      for (let x = 0; x < m.width; x++) {
        const a = m.alpha[y * m.width + x]!;
        if (m.left + x < 10 && m.top + y < 0) expect(a).toBe(255);
        else expect(a).toBe(0);
        if (a === 255) full++;
      }
    }
    expect(full).toBe(100);
  });

  it('splits edge pixels by area when shifted half a pixel', () => {
    const m = rasterise(square, 1, 0.5);
    const row = [...m.alpha.subarray(0, m.width)].filter((a) => a > 0);
    expect(row).toEqual([128, 255, 255, 255, 255, 255, 255, 255, 255, 255, 128]);
  });

  it('gives a triangle its area, whichever way round its outline runs', () => {
    const area = (d: string) => sum(rasterise(parseOutline(d), 1, 0.25).alpha) / 255;
    expect(area('M0,0L20,0L0,20Z')).toBeCloseTo(200, 0);
    expect(area('M0,0L0,20L20,0Z')).toBeCloseTo(200, 0);
  });

  it('leaves a hole where an inner contour runs the other way', () => {
    const ring = parseOutline('M0,0L10,0L10,10L0,10Z M3,3L3,7L7,7L7,3Z');
    expect(sum(rasterise(ring, 1, 0).alpha) / 255).toBeCloseTo(100 - 16, 5);
  });

  it('flattens curves closely: a quadratic bulge has its exact area', () => {
    const curve = sum(rasterise(parseOutline('M0,0L20,0Q20,20 0,20Z'), 1, 0).alpha) / 255;
    // The triangle under the chord (200) plus the segment between chord and curve, 2/3 of the control triangle (200).
    expect(Math.abs(curve - (200 + (2 / 3) * 200))).toBeLessThan(2);
  });

  it('draws nothing for an empty outline (a space)', () => {
    expect(rasterise([], 1, 0).alpha).toHaveLength(0);
  });
});

describe('parseOutline', () => {
  it('reads the commands HarfBuzz writes', () => {
    expect(parseOutline('M1,2L3,4Q5,6 7,8C1,2 3,4 5,6Z')).toEqual([
      { op: 'M', x: 1, y: 2 },
      { op: 'L', x: 3, y: 4 },
      { op: 'Q', cx: 5, cy: 6, x: 7, y: 8 },
      { op: 'C', c1x: 1, c1y: 2, c2x: 3, c2y: 4, x: 5, y: 6 },
      { op: 'Z' },
    ]);
  });

  it('refuses a command with the wrong count of numbers', () => {
    expect(() => parseOutline('M1L2,3')).toThrow(/takes 2 numbers/);
  });
});
