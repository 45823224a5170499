import { describe, expect, it } from 'vitest';
import {
  floorParagraph,
  slowNetworkMisses,
  slowNetworkRows,
  slowNetworkSection,
  slowNetworkTargets,
} from './report-slow-network.ts';
import { SLOW_3G, type SlowNetworkResult, type SlowNetworkRun } from './slow-network.ts';

const run = (over: Partial<SlowNetworkRun> = {}): SlowNetworkRun => ({
  startTs: 0,
  fcpMs: 900,
  htmlEndMs: 850,
  fcpAfterHtmlMs: 50,
  bytesBeforePaint: 10 * 1024,
  requestsBeforePaint: 1,
  bytes: 16 * 1024,
  requests: 5,
  cls: 0,
  serverBytes: 25 * 1024,
  serverBodyBytes: 18 * 1024,
  serverRequests: 9,
  ...over,
});
const page = (label: string, runs: SlowNetworkRun[]): SlowNetworkResult => ({
  label,
  path: `/${label}/`,
  ok: true,
  runs,
  load: 1.25,
});

describe('slowNetworkMisses', () => {
  it('finds nothing to say about a page within every target', () => {
    expect(slowNetworkMisses(page('model', [run(), run({ fcpMs: 950 }), run({ fcpMs: 800 })]))).toEqual([]);
  });

  it('names each target the median run misses, and any run’s layout shift', () => {
    const slow = run({ fcpAfterHtmlMs: 250, bytesBeforePaint: 15 * 1024, serverBytes: 31 * 1024 });
    const misses = slowNetworkMisses(page('model', [run({ fcpMs: 100 }), slow, run({ fcpMs: 2000, cls: 0.02 })]));
    expect(misses).toEqual([
      'first paint 250 ms after the HTML (≤ 100)',
      '15.0 KB before first paint (≤ 14.0)',
      'first visit 31.0 KB (≤ 30.0)',
      'layout shift 0.020 (0)',
    ]);
  });

  it('holds only the model page to the first-visit budget, and a failed page to nothing but its failure', () => {
    expect(slowNetworkMisses(page('home', [run({ serverBytes: 40 * 1024 })]))).toEqual([]);
    expect(slowNetworkMisses({ ...page('home', []), ok: false, error: 'timeout' })).toEqual(['not measured: timeout']);
  });
});

describe('slowNetworkRows and section', () => {
  it('prints the median run with the range, a paint before the HTML as negative, and marks misses', () => {
    const rows = slowNetworkRows([
      page('home', [run({ fcpMs: 888, fcpAfterHtmlMs: -12 }), run({ fcpMs: 940 }), run({ fcpMs: 700 })]),
      page('model', [run({ serverBytes: 31 * 1024, cls: 0.1 })]),
    ]);
    expect(rows[0]).toEqual([
      'home',
      '`/home/`',
      '888 (700–940)',
      '850',
      '−12',
      '10.0 / 1',
      '16.0 / 5',
      '25.0 (18.0) / 9',
      '0',
      'met',
      '1.3',
    ]);
    expect(rows[1]?.slice(7)).toEqual(['31.0 ✗ (18.0) / 9', '0.100 ✗', 'missed', '1.3']);
  });

  it('names the profile and its figures, and sets a table row per page', () => {
    const lines = slowNetworkSection([page('home', [run()])], SLOW_3G, '.bench/dist-site').join('\n');
    expect(lines).toContain('400 kbps down, 400 kbps up, 400 ms added to every request');
    expect(lines).toMatch(/\| home \| `\/home\/` \| 900 \|/u);
    expect(slowNetworkTargets([page('home', [run({ fcpAfterHtmlMs: 300 })])], SLOW_3G)[0]?.[2]).toBe('missed');
  });
});

describe('floorParagraph', () => {
  it('gives the one-heading page’s median paint after its HTML with the range, below the table', () => {
    const floor = page('floor: one heading', [
      run({ fcpMs: 600, fcpAfterHtmlMs: 120 }),
      run({ fcpMs: 500, fcpAfterHtmlMs: 90 }),
      run({ fcpMs: 700, fcpAfterHtmlMs: -3 }),
    ]);
    const lines = slowNetworkSection([page('home', [run()])], SLOW_3G, 'dist/', floor).join('\n');
    expect(lines).toMatch(/\| home \|[^\n]*\n\nFloor: a page of one heading/u);
    expect(lines).toContain('painted 120 ms after its HTML (−3 to 120), load average 1.3.');
  });

  it('says a floor that failed, and nothing when none was measured', () => {
    expect(floorParagraph({ ...page('floor', []), ok: false, error: 'timeout' })[0]).toBe(
      'Floor not measured: timeout.',
    );
    expect(floorParagraph(undefined)).toEqual([]);
  });
});
