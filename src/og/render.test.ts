import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { OgCard } from '../lib/og-card.ts';
import { ogCacheKey } from './cache.ts';
import { renderOgPng } from './render.ts';

// Every test starts with an empty cache of its own, so "renders" means rendering.
const cacheRoot = mkdtempSync(join(tmpdir(), 'og-cache-test-'));
let cacheDir = '';
let tests = 0;
beforeEach(() => {
  cacheDir = join(cacheRoot, String(tests++));
  process.env['OG_CACHE_DIR'] = cacheDir;
});
afterAll(() => {
  delete process.env['OG_CACHE_DIR'];
  rmSync(cacheRoot, { recursive: true, force: true });
});

const CARD: OgCard = {
  kicker: 'Mô hình tiêu biểu',
  title: 'Tiếng kẻng vây bắt tội phạm: Đồng bào ở Lương Sơn, Hòa Bình',
  subtitle: 'Khi có đối tượng khả nghi, người dân gõ kẻng báo hiệu; cả xóm cùng ra chốt chặn các ngả đường.',
  footer: 'Toàn dân bảo vệ an ninh Tổ quốc: mô hình tiêu biểu',
};

/**
 * SHA-256 of CARD's image (header, palette and inflated scanlines) from the painter ('og-painter 2'), harfbuzzjs
 * 0.10.0 and @fontsource/be-vietnam-pro 5.3.0. The pixels, not the file: another zlib may deflate them differently.
 */
const REVIEWED_SHA256 = '82f5931c291525362aab606971bf078ecc41b7317b8c237b713d7a8c9ad2e928';

/** The image a PNG holds: every chunk but IDAT as stored, the IDAT data inflated. */
function pngImage(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IDAT') idat.push(data);
    else parts.push(Buffer.from(type), data);
    at += 12 + length;
  }
  return Buffer.concat([...parts, inflateSync(Buffer.concat(idat))]);
}

/** Vitest's default per-test timeout; rendering must fit in it even though these tests allow more. */
const DEFAULT_TIMEOUT_MS = 5_000;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('renderOgPng', () => {
  it('renders a 1200×630 PNG within the default test timeout', async () => {
    const start = performance.now();
    const png = await renderOgPng(CARD);
    expect(performance.now() - start).toBeLessThan(DEFAULT_TIMEOUT_MS);

    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    // The first chunk is always IHDR: length (4), type (4), then width and height as big-endian uint32.
    expect(png.toString('ascii', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  }, 30_000);

  it('is byte-identical across renders', async () => {
    const a = await renderOgPng(CARD);
    rmSync(cacheDir, { recursive: true, force: true });
    const b = await renderOgPng(CARD);
    expect(a.equals(b)).toBe(true);
  }, 30_000);

  it('keeps each rendered card in the cache and serves it from there next time', async () => {
    await renderOgPng(CARD);
    const files = readdirSync(cacheDir);
    expect(files).toHaveLength(1);
    // Swap the cached file for another valid PNG: the next call must return it untouched.
    const other = await renderOgPng({ ...CARD, title: 'Khác' });
    writeFileSync(join(cacheDir, files[0]!), other);
    expect((await renderOgPng(CARD)).equals(other)).toBe(true);
  }, 30_000);

  it('renders again when the cached file is not a PNG', async () => {
    const good = await renderOgPng(CARD);
    const [file] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, file!), 'not a png');
    expect((await renderOgPng(CARD)).equals(good)).toBe(true);
  }, 30_000);

  // The card's exact pixels, as last reviewed by eye. A change to the painter that should not change
  // the picture (a faster loop, a cache) must keep them; a change of rasteriser, layout, harfbuzzjs
  // or font version may change them: look at the PNG, then update (and raise PAINTER_VERSION).
  it('draws the reviewed card, pixel for pixel', async () => {
    const png = await renderOgPng(CARD);
    expect(createHash('sha256').update(pngImage(png)).digest('hex')).toBe(REVIEWED_SHA256);
  }, 30_000);

  // Content is written by editors: no text may break the painter or run off the card.
  it('renders texts no font covers, an empty title and a very long one', async () => {
    const cards: OgCard[] = [
      { ...CARD, title: '漢字 🙂 مرحبا\u0000\u200b', subtitle: '\u0301\u0301' },
      { ...CARD, title: '', subtitle: '' },
      { ...CARD, title: 'Rất dài '.repeat(2000), subtitle: 'x'.repeat(5000), kicker: 'ß'.repeat(300) },
    ];
    for (const card of cards) {
      const png = await renderOgPng(card);
      expect(png.toString('ascii', 12, 16)).toBe('IHDR');
      expect(png.readUInt32BE(16)).toBe(1200);
    }
  }, 30_000);

  // Letters only in the vietnamese font subset. If the painter ever stops falling back to it they are drawn as the
  // latin file's empty .notdef, so appending one to a title would leave the image unchanged.
  it('draws letters that only the vietnamese subset has', async () => {
    const base = await renderOgPng({ ...CARD, title: 'Lo' });
    for (const letter of ['ắ', 'ộ', 'ư', 'ơ', 'Đ', 'đ', 'ệ', 'ở']) {
      const withLetter = await renderOgPng({ ...CARD, title: `Lo${letter}` });
      expect(withLetter.equals(base), letter).toBe(false);
    }
  }, 30_000);
});

describe('ogCacheKey', () => {
  it('changes with any part and does not confuse where one part ends', () => {
    const key = ogCacheKey(['ab', 'c']);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(ogCacheKey(['ab', 'c'])).toBe(key);
    expect(ogCacheKey(['a', 'bc'])).not.toBe(key);
    expect(ogCacheKey(['ab', 'd'])).not.toBe(key);
    expect(ogCacheKey(['ab', new Uint8Array([99])])).toBe(key);
  });
});
