/**
 * Lighthouse scores of representative pages of the real site, with Lighthouse's defaults
 * (mobile, simulated slow 4G) unless told otherwise, driving Debian's Chromium through
 * chrome-launcher. Used by `npm run bench` and by tests/lighthouse.test.ts.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

/** Lighthouse's run settings (its LH.Flags, which the package does not export by name). */
export type Flags = NonNullable<Parameters<typeof lighthouse>[1]>;

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  label: string;
  path: string;
  ok: boolean;
  /** 0–100 per category; undefined when Lighthouse could not score it. */
  scores: Partial<Record<Category, number>>;
  /** Audits that cost points, per category: "id “title” (display value) [details]". */
  failing: Partial<Record<Category, string[]>>;
  /** Core metrics of the performance category, as Lighthouse displays them. */
  metrics: Record<string, string>;
  error?: string;
}

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

const basename = (url: unknown): string => String(url).replace(/^.*\//, '');

/**
 * The first few items of an audit's details table in one line (which element shifted and
 * why, which file blocks rendering), so the report says what to fix, not only the score.
 */
function detailOf(details: unknown): string {
  const items = (details as { items?: unknown[] } | undefined)?.items;
  if (!Array.isArray(items)) return '';
  return items
    .slice(0, 3)
    .map((raw) => {
      const item = raw as {
        node?: { selector?: string };
        url?: string;
        subItems?: { items?: Array<{ cause?: string; extra?: { value?: unknown } }> };
      };
      const causes = (item.subItems?.items ?? [])
        .map((sub) => [sub.cause, sub.extra?.value ? basename(sub.extra.value) : undefined].filter(Boolean).join(' '))
        .filter(Boolean);
      const what = item.node?.selector ?? (item.url ? basename(item.url) : '');
      return [what, causes.length > 0 ? `← ${causes.join(', ')}` : ''].filter(Boolean).join(' ');
    })
    .filter(Boolean)
    .join('; ');
}

export async function runLighthouse(
  chromePath: string,
  baseUrl: string,
  pages: ReadonlyArray<{ label: string; path: string }>,
  /** Settings over Lighthouse's defaults (throttling, for one). */
  settings: Flags = {},
): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
  const results: LighthouseResult[] = [];
  try {
    for (const { label, path } of pages) {
      try {
        const audit = () =>
          lighthouse(baseUrl + path, {
            ...settings,
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: [...CATEGORIES],
          });
        let run = await audit();
        // Chromium's trace sometimes misses the navigation's start on a busy machine, and Lighthouse
        // then scores nothing and asks to be run again: once, as it asks. The page is not at fault.
        if (run?.lhr.runtimeError?.code === 'NO_NAVSTART') run = await audit();
        if (!run) throw new Error('Lighthouse returned no result');
        const { lhr } = run;
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const scores: LighthouseResult['scores'] = {};
        const failing: LighthouseResult['failing'] = {};
        for (const id of CATEGORIES) {
          const category = lhr.categories[id];
          if (!category) continue;
          if (category.score !== null) scores[id] = Math.round(category.score * 100);
          // An audit costs points when it is scored, weighted (or a perf diagnostic) and below 1.
          failing[id] = category.auditRefs
            .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
            .filter(({ audit }) => audit && audit.score !== null && audit.score < 1)
            .filter(({ audit }) => audit && ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode))
            .filter(({ ref }) => ref.weight > 0 || id === 'performance')
            .map(({ ref, audit }) => {
              const detail = detailOf(audit?.details);
              const shown = audit?.displayValue ? ` (${audit.displayValue})` : '';
              const title = audit?.title ? ` “${audit.title}”` : '';
              return `${ref.id}${title}${shown}${detail ? ` [${detail}]` : ''}`;
            });
        }
        const metrics = Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.displayValue ?? 'n/a']));
        results.push({ label, path, ok: true, scores, failing, metrics });
      } catch (error) {
        const message = (error as Error).message.split('\n')[0] ?? 'unknown error';
        results.push({ label, path, ok: false, scores: {}, failing: {}, metrics: {}, error: message });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
