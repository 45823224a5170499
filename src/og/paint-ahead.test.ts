import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OgCard } from '../lib/og-card.ts';
import { paintAhead, renderOgPng } from './render.ts';

// paintAhead starts once per process, so this file holds its own cache and its one queue.
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
const CARDS = Array.from({ length: 24 }, (_, n) => card(n));
const pngs = () => readdirSync(cacheDir).filter((f) => f.endsWith('.png'));
/** The inode of each cached file: a card painted again is written to a new file and renamed over the old one. */
const inodes = () => new Map(pngs().map((f) => [f, statSync(join(cacheDir, f)).ino]));

describe('paintAhead', () => {
  it('paints every card into the cache once; routes read theirs, whether the queue reached it or not', async () => {
    paintAhead(CARDS);
    // The last card’s route comes before the queue reaches it: the route paints it, and the queue finds it done.
    const last = await renderOgPng(CARDS[23]!);
    const paintedByRoute = inodes();
    const others = await Promise.all(CARDS.slice(0, 23).map((c) => renderOgPng(c)));
    const done = inodes();
    expect(done.size).toBe(24);
    for (const [file, inode] of paintedByRoute) expect(done.get(file)).toBe(inode);

    // What the routes got is each card's own image, as a render without the queue gives it.
    const direct = await renderOgPng(card(3));
    expect(others[3]!.equals(direct)).toBe(true);
    expect(last.equals(others[0]!)).toBe(false);
    // Asking again, or starting the queue again, paints nothing.
    paintAhead(CARDS);
    await Promise.all(CARDS.map((c) => renderOgPng(c)));
    expect(inodes()).toEqual(done);
  }, 60_000);
});
