import { describe, expect, it } from 'vitest';
import type { OgCard } from '../lib/og-card.ts';
import { renderOgPng } from './render.ts';

const CARD: OgCard = {
  kicker: 'Mô hình tiêu biểu',
  title: 'Tiếng kẻng vây bắt tội phạm: Đồng bào ở Lương Sơn, Hòa Bình',
  subtitle: 'Khi có đối tượng khả nghi, người dân gõ kẻng báo hiệu; cả xóm cùng ra chốt chặn các ngả đường.',
  footer: 'Toàn dân bảo vệ an ninh Tổ quốc: mô hình tiêu biểu',
};

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
    const [a, b] = await Promise.all([renderOgPng(CARD), renderOgPng(CARD)]);
    expect(a.equals(b)).toBe(true);
  }, 30_000);

  // Letters only in the vietnamese font subset. If satori ever stops falling back to it they are drawn as the
  // latin file's empty .notdef, so appending one to a title would leave the image unchanged.
  it('draws letters that only the vietnamese subset has', async () => {
    const base = await renderOgPng({ ...CARD, title: 'Lo' });
    for (const letter of ['ắ', 'ộ', 'ư', 'ơ', 'Đ', 'đ', 'ệ', 'ở']) {
      const withLetter = await renderOgPng({ ...CARD, title: `Lo${letter}` });
      expect(withLetter.equals(base), letter).toBe(false);
    }
  }, 30_000);
});
