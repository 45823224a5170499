import { describe, expect, it } from 'vitest';
import { RenderPool } from './pool.ts';

describe('RenderPool', () => {
  it('fails the job, and every later one, when a worker cannot start', async () => {
    const pool = new RenderPool(
      { painterUrl: 'file:///nonexistent/paint.js', harfbuzzPath: '/nonexistent/harfbuzz.js', fonts: {} },
      1,
    );
    const card = { kicker: 'K', title: 'T', footer: 'F' };
    await expect(pool.render(card)).rejects.toThrow();
    await expect(pool.render(card)).rejects.toThrow();
  });
});
