import { describe, expect, it } from 'vitest';
import { RenderPool } from './pool.ts';

describe('RenderPool', () => {
  it('fails the job, and every later one, when a worker cannot start', async () => {
    const pool = new RenderPool(
      { satoriPath: '/nonexistent/satori.js', resvgPath: '/nonexistent/resvg.js', fonts: [], resvgOptions: {} },
      1,
    );
    const job = { tree: { type: 'div', props: { style: {} } }, width: 10, height: 10 };
    await expect(pool.render(job)).rejects.toThrow();
    await expect(pool.render(job)).rejects.toThrow();
  });
});
