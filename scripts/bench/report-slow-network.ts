/**
 * The slow-3G section of docs/benchmark.md and its lines in the targets table. Pure: the
 * measurements in, markdown lines out; the targets are issue 22's, the byte budgets
 * src/lib/budgets.ts's (the same the browser tests enforce on the built files).
 */
import { FIRST_VIEW_BYTES, FIRST_VISIT_BYTES } from '../../src/lib/budgets.ts';
import { medianRun } from './paint-timeline.ts';
import { int, kb, table } from './report-format.ts';
import type { NetworkProfile, SlowNetworkResult, SlowNetworkRun } from './slow-network.ts';

/** First paint at most this long after the HTML's last byte. */
export const PAINT_AFTER_HTML_MS = 100;
/** The page whose whole first visit has a budget (FIRST_VISIT_BYTES). */
export const MODEL_LABEL = 'model';

const signed = (ms: number): string => (ms < 0 ? `−${int(-ms)}` : int(ms));

/** The targets the median run of a page misses (and any run's layout shift), each as one phrase. */
export function slowNetworkMisses(result: SlowNetworkResult): string[] {
  const run = medianRun(result.runs);
  if (!result.ok || !run) return [`not measured${result.error ? `: ${result.error}` : ''}`];
  const misses: string[] = [];
  if (run.fcpAfterHtmlMs > PAINT_AFTER_HTML_MS)
    misses.push(`first paint ${signed(run.fcpAfterHtmlMs)} ms after the HTML (≤ ${PAINT_AFTER_HTML_MS})`);
  if (run.bytesBeforePaint > FIRST_VIEW_BYTES)
    misses.push(`${kb(run.bytesBeforePaint)} KB before first paint (≤ ${kb(FIRST_VIEW_BYTES)})`);
  if (result.label === MODEL_LABEL && run.serverBytes > FIRST_VISIT_BYTES)
    misses.push(`first visit ${kb(run.serverBytes)} KB (≤ ${kb(FIRST_VISIT_BYTES)})`);
  const cls = Math.max(...result.runs.map((r) => r.cls));
  if (cls > 0) misses.push(`layout shift ${cls.toFixed(3)} (0)`);
  return misses;
}

const fcpCell = (result: SlowNetworkResult, run: SlowNetworkRun): string => {
  const all = result.runs.map((r) => r.fcpMs);
  const range = all.length > 1 ? ` (${int(Math.min(...all))}–${int(Math.max(...all))})` : '';
  return `${int(run.fcpMs)}${range}`;
};

const over = (bytes: number, limit: number) => `${kb(bytes)}${bytes > limit ? ' ✗' : ''}`;

/** One row per page, the median run's numbers with each target beside them. */
export function slowNetworkRows(results: readonly SlowNetworkResult[]): string[][] {
  return results.map((result) => {
    const run = medianRun(result.runs);
    if (!result.ok || !run)
      return [
        result.label,
        `\`${result.path}\``,
        `failed: ${result.error ?? 'no run'}`,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ];
    const misses = slowNetworkMisses(result);
    const cls = Math.max(...result.runs.map((r) => r.cls));
    return [
      result.label,
      `\`${result.path}\``,
      fcpCell(result, run),
      int(run.htmlEndMs),
      `${signed(run.fcpAfterHtmlMs)}${run.fcpAfterHtmlMs > PAINT_AFTER_HTML_MS ? ' ✗' : ''}`,
      `${over(run.bytesBeforePaint, FIRST_VIEW_BYTES)} / ${run.requestsBeforePaint}`,
      `${kb(run.bytes)} / ${run.requests}`,
      `${result.label === MODEL_LABEL ? over(run.serverBytes, FIRST_VISIT_BYTES) : kb(run.serverBytes)} ` +
        `(${kb(run.serverBodyBytes)}) / ${run.serverRequests}`,
      `${cls === 0 ? '0' : `${cls.toFixed(3)} ✗`}`,
      misses.length === 0 ? 'met' : 'missed',
      result.load.toFixed(1),
    ];
  });
}

/**
 * What the page of one heading (scripts/bench/floor-page.ts) says about the pages' paint after
 * their HTML: its median and range, and why a page whose HTML arrives in one burst cannot beat it.
 */
export function floorParagraph(floor: SlowNetworkResult | undefined): string[] {
  const run = floor && medianRun(floor.runs);
  if (!floor || !floor.ok || !run) return floor ? [`Floor not measured: ${floor.error ?? 'no run'}.`, ''] : [];
  const all = floor.runs.map((r) => r.fcpAfterHtmlMs);
  const range = all.length > 1 ? ` (${signed(Math.min(...all))} to ${signed(Math.max(...all))})` : '';
  return [
    `Floor: a page of one heading (0.2 KB, no style, no script), served and loaded the same way right after the ` +
      `pages, painted ${signed(run.fcpAfterHtmlMs)} ms after its HTML${range}, load average ${floor.load.toFixed(1)}. ` +
      'That is what Chromium itself takes here from a burst of HTML to a presented frame. The emulation hands a ' +
      'small page’s HTML to the page in one or two bursts, so such a page paints no sooner after its last byte than ' +
      'this whatever it holds; a larger page (more than the link’s first bursts) lays out its first screen while its ' +
      'later bytes are still arriving, and can paint right after the last one, or before it.',
    '',
  ];
}

export function slowNetworkSection(
  results: readonly SlowNetworkResult[],
  profile: NetworkProfile,
  site: string | undefined,
  floor?: SlowNetworkResult,
): string[] {
  const runs = Math.max(0, ...results.map((r) => r.runs.length));
  return [
    `## First paint on ${profile.name}`,
    '',
    `Each page loaded ${runs} time(s) in Chromium at 375 × 667 px (mobile, touch, 2× pixels), each time in a fresh ` +
      `browser context (empty cache, no service worker yet), under Chromium’s network emulation ` +
      `(\`Network.emulateNetworkConditions\`) of ${profile.name}: ${profile.downloadKbps} kbps down, ` +
      `${profile.uploadKbps} kbps up, ${profile.latencyMs} ms added to every request (one round trip), no CPU ` +
      `slowdown; the figures issue 22 was measured with (Chromium’s own “Slow 3G” preset adds 2 s per request). ` +
      `Served by scripts/serve.ts from ${site ?? 'the built site'} on 127.0.0.1, without TLS, precompressed Brotli. ` +
      'Times are in ms from the document’s request, on the DevTools Protocol’s clock for network and paint alike ' +
      '(first contentful paint is the `firstContentfulPaint` lifecycle event of the main frame); the row is the run ' +
      'of median first paint, the range all runs. Bytes are on the wire, headers included: before first paint, what ' +
      'had arrived when the page painted (a document still arriving counts the share of it received); the page’s ' +
      'requests, all its own requests until the network was idle; the first visit, everything the server sent until ' +
      'it had been quiet for 2 s, the service worker’s install (itself, the offline page, the version file) included, ' +
      'and in brackets its bodies alone: this server speaks HTTP/1.1, which repeats every response’s headers (the ' +
      'Content-Security-Policy among them) in full, where HTTP/2 and HTTP/3 compress them away after the first.',
    '',
    `Targets: first paint ≤ ${PAINT_AFTER_HTML_MS} ms after the HTML’s last byte (negative: painted before the HTML ` +
      `finished); ≤ ${kb(FIRST_VIEW_BYTES)} KB before first paint; ≤ ${kb(FIRST_VISIT_BYTES)} KB for the whole first ` +
      `visit of a model page; layout shift (CLS) 0, the largest of all runs. ✗ marks a miss. The machine’s ` +
      '1-minute load average when the page’s runs began is beside them: a paint waits for a free core.',
    '',
    table(
      [
        'page',
        'path',
        'first paint (ms)',
        'HTML last byte (ms)',
        `paint − HTML (≤ ${PAINT_AFTER_HTML_MS} ms)`,
        `before paint KB / requests (≤ ${kb(FIRST_VIEW_BYTES)})`,
        'page’s requests KB / count',
        `first visit KB (bodies) / requests (model ≤ ${kb(FIRST_VISIT_BYTES)})`,
        'CLS (0)',
        'targets',
        'load avg',
      ],
      slowNetworkRows(results),
    ),
    '',
    ...floorParagraph(floor),
  ];
}

/** The lines of the targets table: one per page. */
export function slowNetworkTargets(results: readonly SlowNetworkResult[], profile: NetworkProfile): string[][] {
  return results.map((result) => {
    const run = medianRun(result.runs);
    const misses = slowNetworkMisses(result);
    const measured = run
      ? `first paint ${int(run.fcpMs)} ms, ${signed(run.fcpAfterHtmlMs)} ms after the HTML; ` +
        `${kb(run.bytesBeforePaint)} KB before it; first visit ${kb(run.serverBytes)} KB`
      : '';
    return [
      `${profile.name}, ${result.label}: paint within ${PAINT_AFTER_HTML_MS} ms of the HTML, ` +
        `≤ ${kb(FIRST_VIEW_BYTES)} KB before it${result.label === MODEL_LABEL ? `, ≤ ${kb(FIRST_VISIT_BYTES)} KB in all` : ''}, CLS 0`,
      [measured, misses.length > 0 ? `missed: ${misses.join('; ')}` : ''].filter(Boolean).join('. '),
      misses.length === 0 ? 'met' : 'missed',
    ];
  });
}
