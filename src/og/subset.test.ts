import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HarfBuzz } from './paint.ts';
import { subsetOf, type Subset } from './subset.ts';
import { woffToSfnt } from './woff.ts';

const require = createRequire(import.meta.url);
const files = join(dirname(require.resolve('@fontsource/be-vietnam-pro/package.json')), 'files');
const hb = (await (require('harfbuzzjs') as Promise<HarfBuzz>)) satisfies HarfBuzz;

/** The code points each subset's bold file maps, read through woffToSfnt and HarfBuzz. */
function cmap(subset: Subset): Set<number> {
  const woff = readFileSync(join(files, `be-vietnam-pro-${subset}-700-normal.woff`));
  return new Set(hb.createFace(hb.createBlob(woffToSfnt(woff)), 0).collectUnicodes());
}
const maps = { latin: cmap('latin'), vietnamese: cmap('vietnamese') };
const pick = (char: string) => subsetOf(char.codePointAt(0)!, (s, cp) => maps[s].has(cp));

describe('woffToSfnt', () => {
  it('gives a font HarfBuzz reads, with the glyph outlines inflated', () => {
    const woff = readFileSync(join(files, 'be-vietnam-pro-latin-700-normal.woff'));
    const face = hb.createFace(hb.createBlob(woffToSfnt(woff)), 0);
    expect(face.upem).toBe(1000);
    const font = hb.createFont(face);
    const glyph = hb.createBuffer();
    glyph.addText('A');
    glyph.guessSegmentProperties();
    hb.shape(font, glyph);
    const [a] = glyph.getGlyphInfosAndPositions();
    expect(a!.codepoint).toBeGreaterThan(0);
    expect(font.glyphToPath(a!.codepoint)).toMatch(/^M[\d.-]+,[\d.-]+L/);
  });

  it('refuses a file that is not WOFF', () => {
    expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/not a WOFF/);
  });
});

describe('subsetOf', () => {
  it('draws Vietnamese letters missing from the latin file from the vietnamese one', () => {
    for (const letter of ['ắ', 'ộ', 'ư', 'ơ', 'Đ', 'đ', 'ệ', 'ở', 'Ồ', 'Ễ', 'Ặ']) {
      expect(maps.latin.has(letter.codePointAt(0)!), letter).toBe(false);
      expect(pick(letter), letter).toBe('vietnamese');
    }
  });

  it('keeps plain latin letters, digits and punctuation in the latin file', () => {
    for (const char of ['a', 'Z', '0', ' ', ',', '…', '“', 'à', 'ô']) expect(pick(char), char).toBe('latin');
  });

  it('falls back to latin for a character neither file has', () => {
    expect(pick('漢')).toBe('latin');
  });
});
