import { describe, expect, it } from 'vitest';
import type { BuildRun } from './measure-build.ts';
import { peerRows, renderReport } from './report.ts';
import { SLOW_3G } from './slow-network.ts';

const run = (wallMs: number, peakGb: number, pages = 1000): BuildRun => ({
  label: 'x',
  ok: true,
  exitCode: 0,
  wallMs,
  peakTreeRssBytes: peakGb * 2 ** 30,
  maxProcessRssBytes: undefined,
  astroPageCount: pages,
  routes: [],
  copiedRoutes: 0,
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

  it('holds the rebuild after an edit to the warm limit, and counts its memory in the peak', () => {
    const rows = peerRows(run(30_000, 2.5), run(20_000, 1), run(15_000, 2), run(20_000, 1), mark, run(28_000, 3.5));
    expect(rows).toHaveLength(4);
    expect(rows[2]).toEqual([
      expect.stringMatching(/^rebuild after one figure changed ≤ 1\.0×/u),
      expect.stringMatching(/^1\.40×/u),
      'missed',
    ]);
    expect(rows[3]).toEqual([expect.stringMatching(/3 GB/u), '3.50 GB; Starlight 1.00 GB', 'missed']);
  });

  it('leaves a comparison out when either build failed or did not run', () => {
    const failed = { ...run(1, 1), ok: false };
    expect(peerRows(run(1, 4), undefined, run(1, 4), failed, mark)).toEqual([
      [expect.stringMatching(/memory/u), '4.00 GB', 'missed'],
    ]);
  });
});

describe('renderReport', () => {
  it('renders a run of the slow-link stage alone without empty build and search sections', () => {
    const report = renderReport({
      small: false,
      machine: {
        date: '2026-01-01T00:00:00Z',
        cpus: 2,
        cpuModel: 'x',
        memoryBytes: 2 ** 30,
        node: 'v24',
        astro: '7',
        pagefind: '1.6',
        lighthouse: '12',
      },
      stages: [{ name: 'slow 3G first paint', ok: true, ms: 1000 }],
      builds: {},
      slowNetworkProfile: SLOW_3G,
      slowNetworkSite: 'dist/',
      slowNetwork: [
        {
          label: 'model',
          path: '/mo-hinh/a/',
          ok: true,
          load: 1,
          runs: [
            {
              startTs: 0,
              fcpMs: 800,
              htmlEndMs: 700,
              fcpAfterHtmlMs: 100,
              bytesBeforePaint: 9000,
              requestsBeforePaint: 2,
              bytes: 16000,
              requests: 6,
              cls: 0,
              serverBytes: 29000,
              serverBodyBytes: 20000,
              serverRequests: 10,
            },
          ],
        },
      ],
    });
    expect(report).toContain('## First paint on slow 3G');
    expect(report).toMatch(/\| slow 3G, model: .* \| met \|/u);
    expect(report).not.toContain('## Build');
    expect(report).not.toContain('## Search');
  });
});
