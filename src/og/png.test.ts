import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePalettePng, pngChunk } from './png.ts';

/** CRC-32 (ISO 3309, as PNG uses it), bit by bit: an independent check on the encoder's use of zlib.crc32. */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** Splits a PNG into its chunks, checking each one's CRC. */
function chunks(png: Buffer): Array<{ type: string; data: Buffer }> {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

describe('encodePalettePng', () => {
  const palette = Uint8Array.from([255, 255, 255, 200, 0, 0, 0, 0, 0]);
  // Two rows of three pixels, each behind filter byte 0.
  const scanlines = Uint8Array.from([0, 0, 1, 2, 0, 2, 1, 0]);
  const png = encodePalettePng(3, 2, palette, scanlines);

  it('writes IHDR, PLTE, IDAT and IEND, each with a correct CRC', () => {
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    const ihdr = list[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ...ihdr.subarray(8)]).toEqual([3, 2, 8, 3, 0, 0, 0]);
    expect([...list[1]!.data]).toEqual([...palette]);
    expect(list[3]!.data).toHaveLength(0);
  });

  it('stores the scanlines unchanged', () => {
    const idat = chunks(png).find((c) => c.type === 'IDAT')!.data;
    expect([...inflateSync(idat)]).toEqual([0, 0, 1, 2, 0, 2, 1, 0]);
  });

  it('gives the same bytes for the same pixels', () => {
    expect(encodePalettePng(3, 2, palette, scanlines).equals(png)).toBe(true);
  });

  it('refuses a pixel count or palette that does not fit', () => {
    expect(() => encodePalettePng(3, 3, palette, scanlines)).toThrow(/scanline bytes/);
    expect(() => encodePalettePng(3, 2, palette.subarray(0, 4), scanlines)).toThrow(/palette/);
  });
});

describe('pngChunk', () => {
  it('frames data with its length, type and CRC', () => {
    const chunk = Buffer.from(pngChunk('tEXt', Uint8Array.from([1, 2, 3])));
    expect(chunk.readUInt32BE(0)).toBe(3);
    expect(chunk.toString('ascii', 4, 8)).toBe('tEXt');
    expect(chunk.readUInt32BE(11)).toBe(crc32(chunk.subarray(4, 11)));
  });
});
