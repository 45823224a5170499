/**
 * Pages loaded as a reader on one bar of signal loads them: a 375 px phone, a cold cache (a
 * fresh browser context per run) and Chromium's network emulation at the figures of the slow
 * link the site is built for. The browser's network events and its first contentful paint
 * come from the Chrome DevTools Protocol on one clock (scripts/bench/paint-timeline.ts sums
 * them); the first visit's whole cost is counted at the server, where the service worker's
 * own fetches show up too.
 */
import type { Server } from 'node:http';
import { loadavg } from 'node:os';
import type { Browser, CDPSession } from 'playwright-core';
import { paintTimeline, type NetworkEvent, type PaintTimeline } from './paint-timeline.ts';
import { logTransfers, type Transfer } from './transfer-log.ts';

/** The link emulated: the figures issue 22 was measured with (Chromium's own "Slow 3G" preset adds 2 s per request). */
export const SLOW_3G = {
  name: 'slow 3G',
  downloadKbps: 400,
  uploadKbps: 400,
  /** Added to every request by Chromium's emulation: one round trip. */
  latencyMs: 400,
} as const;
export type NetworkProfile = typeof SLOW_3G;

/** The phone: an iPhone SE-sized viewport, touch, twice the pixels. */
export const PHONE = { width: 375, height: 667, deviceScaleFactor: 2 } as const;

export interface SlowNetworkRun extends PaintTimeline {
  /** Cumulative layout shift until the page was quiet (shifts after input excluded). */
  cls: number;
  /** Everything the server sent for this visit (status lines, headers, bodies as encoded), the worker's fetches included. */
  serverBytes: number;
  /** The same without status lines and headers (HTTP/1.1 repeats them in full; HTTP/2 and 3 compress them). */
  serverBodyBytes: number;
  serverRequests: number;
}

export interface SlowNetworkResult {
  label: string;
  path: string;
  ok: boolean;
  runs: SlowNetworkRun[];
  /** The machine's 1-minute load average when the page's runs began: paint waits for a CPU. */
  load: number;
  error?: string;
}

/** How long the server must have sent nothing before a visit counts as over. */
const QUIET_MS = 2000;
const DEADLINE_MS = 60_000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Records what the protocol says about the page's network and its main frame's first contentful paint. */
async function record(cdp: CDPSession): Promise<{ events: NetworkEvent[]; fcp: () => number | undefined }> {
  const events: NetworkEvent[] = [];
  let fcpTs: number | undefined;
  await cdp.send('Page.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const mainFrame = frameTree.frame.id;
  cdp.on('Network.requestWillBeSent', (e) =>
    events.push({ kind: 'sent', id: e.requestId, ts: e.timestamp, url: e.request.url, type: e.type ?? '' }),
  );
  cdp.on('Network.responseReceived', (e) =>
    events.push({ kind: 'response', id: e.requestId, ts: e.timestamp, bytes: e.response.encodedDataLength }),
  );
  cdp.on('Network.dataReceived', (e) =>
    events.push({ kind: 'data', id: e.requestId, ts: e.timestamp, bytes: e.encodedDataLength, decoded: e.dataLength }),
  );
  cdp.on('Network.loadingFinished', (e) =>
    events.push({ kind: 'finished', id: e.requestId, ts: e.timestamp, bytes: e.encodedDataLength }),
  );
  cdp.on('Network.loadingFailed', (e) => events.push({ kind: 'failed', id: e.requestId, ts: e.timestamp }));
  cdp.on('Page.lifecycleEvent', (e) => {
    if (e.name === 'firstContentfulPaint' && e.frameId === mainFrame) fcpTs ??= e.timestamp;
  });
  await cdp.send('Page.setLifecycleEventsEnabled', { enabled: true });
  await cdp.send('Network.enable');
  return { events, fcp: () => fcpTs };
}

async function measureOnce(
  browser: Browser,
  url: string,
  take: () => Transfer[],
  profile: NetworkProfile,
): Promise<SlowNetworkRun> {
  const context = await browser.newContext({
    viewport: { width: PHONE.width, height: PHONE.height },
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const { events, fcp } = await record(cdp);
    // A new context starts with an empty cache; the emulation applies to this page's requests.
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latencyMs,
      downloadThroughput: (profile.downloadKbps * 1000) / 8,
      uploadThroughput: (profile.uploadKbps * 1000) / 8,
      connectionType: 'cellular3g',
    });
    take();
    const sent: Transfer[] = [];
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: DEADLINE_MS });
    await page.waitForLoadState('networkidle', { timeout: DEADLINE_MS });
    // The service worker installs after load and fetches for itself: wait until the server is quiet.
    let quietSince = Date.now();
    while (Date.now() - quietSince < QUIET_MS && Date.now() - started < DEADLINE_MS) {
      await sleep(200);
      const latest = take();
      if (latest.length > 0) quietSince = Date.now();
      sent.push(...latest);
    }
    const fcpTs = fcp();
    if (fcpTs === undefined) throw new Error('no first contentful paint was reported');
    const cls = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean }>)
              if (!entry.hadRecentInput) sum += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 100);
        }),
    );
    return {
      ...paintTimeline(events, fcpTs),
      cls,
      serverBytes: sent.reduce((sum, t) => sum + t.bytes, 0),
      serverBodyBytes: sent.reduce((sum, t) => sum + t.bodyBytes, 0),
      serverRequests: sent.length,
    };
  } finally {
    await context.close();
  }
}

/** Loads each page `runs` times, each cold, in order; a page whose load fails is reported, not thrown. */
export async function measureSlowNetwork(
  browser: Browser,
  server: Server,
  baseUrl: string,
  pages: ReadonlyArray<{ label: string; path: string }>,
  runs: number,
  profile: NetworkProfile = SLOW_3G,
  onRun: (label: string, run: SlowNetworkRun) => void = () => undefined,
): Promise<SlowNetworkResult[]> {
  const log = logTransfers(server);
  const take = () => log.take();
  const results: SlowNetworkResult[] = [];
  for (const { label, path } of pages) {
    const done: SlowNetworkRun[] = [];
    const load = loadavg()[0] ?? 0;
    try {
      for (let i = 0; i < runs; i++) {
        const run = await measureOnce(browser, baseUrl + path, take, profile);
        onRun(label, run);
        done.push(run);
      }
      results.push({ label, path, ok: true, runs: done, load });
    } catch (error) {
      const message = (error as Error).message.split('\n')[0] ?? 'unknown error';
      results.push({ label, path, ok: false, runs: done, load, error: message });
    }
  }
  return results;
}
