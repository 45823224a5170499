import { crc32 as zlibCrc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, readPngText, withPngText } from './png-text.ts';

/** A 2×1 RGB PNG written with zlib, independently of the module under test. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlibCrc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const pixels = Buffer.from([0, 163, 20, 27, 61, 110, 156]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(pixels)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

interface RawChunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}

/** Chunks as a plain reader sees them, CRCs checked with zlib's crc32. */
function chunks(png: Uint8Array): RawChunk[] {
  const buf = Buffer.from(png);
  const out: RawChunk[] = [];
  for (let at = 8; at < buf.length;) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + length);
    const crcOk = zlibCrc32(buf.subarray(at + 4, at + 8 + length)) === buf.readUInt32BE(at + 8 + length);
    out.push({ type, data, crcOk });
    at += 12 + length;
  }
  return out;
}

const texts = [
  { keyword: 'Title', text: 'Tổ chức quần chúng ở Bắc Kạn', language: 'vi' },
  { keyword: 'URL', text: 'https://antq.example.vn/bieu-do/bac-kan-to-chuc-quan-chung/' },
];

describe('PNG text chunks', () => {
  it('computes the CRC-32 that zlib computes', () => {
    for (const bytes of [new Uint8Array(), Buffer.from('IEND'), Buffer.from('tEXtTitle\0Ảnh', 'utf8')])
      expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });

  it('inserts the texts after IHDR with valid CRCs and leaves the image data as it was', () => {
    const before = tinyPng();
    const after = withPngText(before, texts);
    const read = chunks(after);
    expect(read.map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'tEXt', 'IDAT', 'IEND']);
    expect(read.every((c) => c.crcOk)).toBe(true);
    const idat = (png: Uint8Array) => chunks(png).find((c) => c.type === 'IDAT')?.data;
    expect(inflateSync(idat(after) ?? Buffer.alloc(0))).toEqual(inflateSync(idat(before) ?? Buffer.alloc(0)));

    // iTXt: keyword, NUL, compression flag 0, method 0, language, NUL, translated keyword, NUL, UTF-8 text.
    const itxt = read[1]?.data ?? Buffer.alloc(0);
    expect(itxt.subarray(0, 12).toString('latin1')).toBe('Title\0\0\0vi\0\0');
    expect(itxt.subarray(12).toString('utf8')).toBe('Tổ chức quần chúng ở Bắc Kạn');
    // tEXt: keyword, NUL, Latin-1 text.
    expect(read[2]?.data.toString('latin1')).toBe(`URL\0${texts[1]?.text}`);
  });

  it('reads back what it wrote and refuses a damaged chunk', () => {
    const png = withPngText(tinyPng(), texts);
    expect(readPngText(png)).toEqual(texts);
    const damaged = png.slice();
    damaged[40] = (damaged[40] ?? 0) ^ 1;
    expect(() => readPngText(damaged)).toThrow(/bad CRC/);
  });

  it('refuses keywords PNG does not allow and files that are not PNG', () => {
    for (const keyword of ['', ' Title', 'Tiêu đề', 'x'.repeat(80)])
      expect(() => withPngText(tinyPng(), [{ keyword, text: 'a' }])).toThrow(/keyword/);
    expect(() => withPngText(new TextEncoder().encode('<svg/>'), texts)).toThrow(/not a PNG/);
  });
});
