import { describe, expect, it } from 'vitest';
import type { BuildRun } from './measure-build.ts';
import { peerRows } from './report.ts';

const run = (wallMs: number, peakGb: number, pages = 1000): BuildRun => ({
  label: 'x',
  ok: true,
  exitCode: 0,
  wallMs,
  peakTreeRssBytes: peakGb * 2 ** 30,
  maxProcessRssBytes: undefined,
  astroPageCount: pages,
  routes: [],
  phases: {},
  logFile: 'x.log',
  loadBefore: 1,
  loadAfter: 2,
  errorTail: undefined,
});
const mark = (ok: boolean) => (ok ? 'met' : 'missed');

describe('peerRows', () => {
  it('sets the project’s cold and warm builds and its memory against Starlight’s targets', () => {
    const rows = peerRows(run(30_000, 2.5), run(20_000, 1), run(21_000, 2), run(20_000, 1), mark);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([
      expect.stringMatching(/^cold build ≤ 1\.5×/u),
      '1.50× (30.0 s, 30.0 ms/page, load 1.0→2.0 ÷ Starlight 20.0 s, 20.0 ms/page, load 1.0→2.0)',
      'met',
    ]);
    expect(rows[1]![2]).toBe('missed');
    expect(rows[1]![1]).toMatch(/^1\.05×/u);
    expect(rows[2]).toEqual([expect.stringMatching(/3 GB/u), '2.50 GB; Starlight 1.00 GB', 'met']);
  });

  it('leaves a comparison out when either build failed or did not run', () => {
    const failed = { ...run(1, 1), ok: false };
    expect(peerRows(run(1, 4), undefined, run(1, 4), failed, mark)).toEqual([
      [expect.stringMatching(/memory/u), '4.00 GB', 'missed'],
    ]);
  });
});
