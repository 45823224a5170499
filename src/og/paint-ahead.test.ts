import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OgCard } from '../lib/og-card.ts';
import { takeOgImages } from './handoff.ts';
import { paintAhead, renderOgPng } from './render.ts';

// This file holds its own cache.
const cacheDir = mkdtempSync(join(tmpdir(), 'og-ahead-test-'));
process.env['OG_CACHE_DIR'] = cacheDir;
afterAll(() => {
  delete process.env['OG_CACHE_DIR'];
  rmSync(cacheDir, { recursive: true, force: true });
});

const card = (n: number): OgCard => ({
  kicker: 'Số liệu',
  title: `Tổ an ninh nhân dân: ${n} tổ`,
  footer: 'Toàn dân bảo vệ an ninh Tổ quốc',
});
// More than the two batches of 24 queued while pages render, and two images of one card.
const CARDS = new Map(Array.from({ length: 56 }, (_, n) => [`/og/so-lieu/f/${n}.png`, card(n)]));
CARDS.set('/og/so-lieu/f/copy-of-3.png', card(3));

async function finished() {
  const handoff = takeOgImages();
  if (!handoff) throw new Error('no images offered');
  return handoff.finish();
}

describe('paintAhead', () => {
  it('paints every card into the cache once and lists each image with its file', async () => {
    paintAhead(CARDS);
    // Every page calls it: the first call's queue stands.
    paintAhead(new Map([['/og/other.png', card(99)]]));
    const first = await finished();
    expect(first.painted).toBe(56);
    expect(first.images.map((i) => i.path)).toEqual([...CARDS.keys()]);
    const fileOf = new Map(first.images.map((i) => [i.path, i.file]));
    expect(fileOf.get('/og/so-lieu/f/copy-of-3.png')).toBe(fileOf.get('/og/so-lieu/f/3.png'));
    expect(new Set(fileOf.values()).size).toBe(56);
    for (const { file } of first.images) expect(existsSync(file)).toBe(true);
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.png'))).toHaveLength(56);

    // Each file is that card's own image, as a render into an empty cache paints it.
    const elsewhere = mkdtempSync(join(tmpdir(), 'og-ahead-direct-'));
    process.env['OG_CACHE_DIR'] = elsewhere;
    try {
      for (const n of [0, 30, 55]) {
        const direct = await renderOgPng(card(n));
        expect(readFileSync(fileOf.get(`/og/so-lieu/f/${n}.png`)!).equals(direct)).toBe(true);
      }
    } finally {
      process.env['OG_CACHE_DIR'] = cacheDir;
      rmSync(elsewhere, { recursive: true, force: true });
    }

    // Taken once; the next build offers its own, and paints nothing the cache holds.
    expect(takeOgImages()).toBeUndefined();
    const inodes = first.images.map((i) => statSync(i.file).ino);
    paintAhead(CARDS);
    const second = await finished();
    expect(second.painted).toBe(0);
    expect(second.images).toEqual(first.images);
    expect(second.images.map((i) => statSync(i.file).ino)).toEqual(inodes);
  }, 60_000);
});
