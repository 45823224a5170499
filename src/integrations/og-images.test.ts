import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { placeImages } from './og-images.ts';

const root = mkdtempSync(join(tmpdir(), 'og-images-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('placeImages', () => {
  it('links each image to its cache file, folders made as needed', () => {
    const cache = join(root, 'cache');
    mkdirSync(cache);
    writeFileSync(join(cache, 'a.png'), 'A');
    writeFileSync(join(cache, 'b.png'), 'B');
    const site = join(root, 'site');
    const copied = placeImages(site, [
      { path: '/og/index.png', file: join(cache, 'a.png') },
      { path: '/og/so-lieu/f/x.png', file: join(cache, 'b.png') },
      { path: '/og/so-lieu/f/y.png', file: join(cache, 'b.png') },
    ]);
    expect(copied).toBe(0);
    expect(readFileSync(join(site, 'og/so-lieu/f/y.png'), 'utf8')).toBe('B');
    expect(statSync(join(site, 'og/index.png')).ino).toBe(statSync(join(cache, 'a.png')).ino);
  });

  it('stops on an image whose cache file is missing, naming both', () => {
    expect(() => placeImages(join(root, 'site2'), [{ path: '/og/z.png', file: join(root, 'nothing.png') }])).toThrow(
      /Open Graph image \/og\/z\.png: cannot link .*nothing\.png/u,
    );
  });
});
