/**
 * Runs one `astro build` and measures it: wall time, peak RSS of the whole process tree
 * (polled from /proc every 200 ms), the largest single process (GNU time, when installed),
 * and a breakdown read from Astro's own log, timestamped line by line as it arrives.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { watchTreeRss } from './process-tree.ts';

const GNU_TIME = '/usr/bin/time';

export interface BuildOptions {
  label: string;
  /** The project root to build (a generated wrapper root or the bare site). */
  root: string;
  outDir: string;
  /** Folder of the project whose node_modules holds Astro; the build runs from here. */
  cwd: string;
  env: Record<string, string>;
  /** Node's options before Astro's script, as `npm run build` gives them (buildNodeOptions). */
  nodeOptions: readonly string[];
  logFile: string;
}

export interface RouteGroup {
  kind: string;
  count: number;
  /** Sum of Astro's per-route render times ("(+12ms)"), one route at a time. */
  ms: number;
}

export interface BuildRun {
  label: string;
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  peakTreeRssBytes: number;
  /** Largest single process, from GNU time's "Maximum resident set size". */
  maxProcessRssBytes: number | undefined;
  /** From Astro's closing "N page(s) built in …" line. */
  astroPageCount: number | undefined;
  routes: RouteGroup[];
  /** Routes Astro copied from the previous build instead of rendering them (incremental build). */
  copiedRoutes: number;
  /** Phases between log markers, in ms of wall time. */
  phases: Record<string, number>;
  logFile: string;
  /** 1-minute load average before and after: other builds on the machine slow this one down. */
  loadBefore: number;
  loadAfter: number;
  /** The last lines of the log when the build failed. */
  errorTail: string | undefined;
}

interface LogLine {
  ms: number;
  text: string;
}

/** "12ms", "1.23s", "1m 5s" as printed by Astro's getTimeStat. */
export function parseAstroDuration(text: string): number {
  const min = /(\d+)m\s*(\d+)s/.exec(text);
  if (min) return Number(min[1]) * 60_000 + Number(min[2]) * 1000;
  const sec = /([\d.]+)s$/.exec(text.trim());
  if (sec && !text.trim().endsWith('ms')) return Number(sec[1]) * 1000;
  return Number(/([\d.]+)ms/.exec(text)?.[1] ?? NaN);
}

/** Which group a built path belongs to, for the render-time breakdown. */
export function routeKind(path: string): string {
  if (path.startsWith('/og/')) return 'Open Graph PNG (/og/…)';
  if (/^\/mo-hinh\/[^/]+\//.test(path)) return 'model pages';
  if (/^\/bai-viet\/[^/]+/.test(path) && path !== '/bai-viet/index.html') return 'article pages';
  if (/^\/tinh-thanh\/[^/]+\//.test(path)) return 'province pages';
  if (/^\/nguon\/[^/]+\//.test(path)) return 'report pages (/nguon/<id>/)';
  if (/^\/(bieu-do|nhung)\/[^/]+\//.test(path)) return 'chart pages and files (/bieu-do/, /nhung/)';
  if (path === '/so-lieu/index.html') return '/so-lieu/';
  if (!path.endsWith('.html')) return 'data endpoints (CSV, JSON, XML, TXT)';
  return 'other pages';
}

export function analyseLog(
  lines: readonly LogLine[],
): Pick<BuildRun, 'routes' | 'phases' | 'astroPageCount' | 'copiedRoutes'> {
  const groups = new Map<string, RouteGroup>();
  let lastRoute: number | undefined;
  let copiedRoutes = 0;
  const at = (pattern: RegExp) => lines.find((l) => pattern.test(l.text))?.ms;
  // A route prints "├─ /path" when rendering starts and "(+12ms)" when it ends. Warnings land
  // in between, and with build.concurrency > 1 several routes start before the first ends, so
  // starts are queued and each time goes to the oldest open route: counts are exact, a time
  // may belong to a neighbouring route of the same batch.
  const open: string[] = [];
  for (const line of lines) {
    for (const match of line.text.matchAll(/├─ (\/\S*?)(?=\d\d:\d\d:\d\d|\s|\(|├|$)( \((?:restored|cached)\))?/g)) {
      // A page copied from the previous build (experimental.incrementalBuild) prints no time.
      if (match[2]) {
        copiedRoutes += 1;
        lastRoute = line.ms;
      } else open.push(match[1] ?? '');
    }
    for (const took of line.text.matchAll(/\(\+([^)]+)\)/g)) {
      const path = open.shift();
      if (path === undefined) continue;
      const kind = routeKind(path);
      const group = groups.get(kind) ?? { kind, count: 0, ms: 0 };
      group.count += 1;
      group.ms += parseAstroDuration(took[1] ?? '');
      groups.set(kind, group);
      lastRoute = line.ms;
    }
  }
  const syncStart = at(/Syncing content/);
  const syncEnd = at(/Synced content/);
  const viteStart = at(/Building static entrypoints/);
  const routesStart = at(/generating static routes/);
  const sitemap = at(/@astrojs\/sitemap/);
  const ogImages = at(/\[og-images\]/);
  const pagefind = at(/\[pagefind\]/);
  const precompress = at(/\[precompress\]/);
  const complete = at(/\[build\] Complete!/);
  const phases: Record<string, number> = {};
  const span = (name: string, from: number | undefined, to: number | undefined) => {
    if (from !== undefined && to !== undefined && to >= from) phases[name] = to - from;
  };
  span('startup, config, content validation', 0, syncStart ?? viteStart);
  span('content layer sync', syncStart, syncEnd);
  span('types and build setup', syncEnd, viteStart);
  span('Vite bundling', viteStart, routesStart);
  span('rendering static routes', routesStart, lastRoute);
  span('sitemap', lastRoute, sitemap);
  // The cards left to paint when the pages were done, and every image linked into the site.
  span('Open Graph images, what remained', sitemap ?? lastRoute, ogImages);
  // The pages are compressed while Pagefind indexes (src/integrations/search-and-compress.ts):
  // the second span is what compression had left when the index was written.
  span(PAGEFIND_PHASE, ogImages ?? sitemap ?? lastRoute, pagefind);
  span('precompress (.gz + .br), what remained', pagefind ?? sitemap ?? lastRoute, precompress);
  span('until Astro reports completion', precompress ?? pagefind ?? sitemap ?? lastRoute, complete);
  const count = lines.map((l) => /(\d+) page\(s\) built in/.exec(l.text)?.[1]).find(Boolean);
  return {
    routes: [...groups.values()].sort((a, b) => b.ms - a.ms),
    phases,
    astroPageCount: count === undefined ? undefined : Number(count),
    copiedRoutes,
  };
}

/** The phase in which Pagefind builds the index, the pages being compressed alongside. */
export const PAGEFIND_PHASE = 'Pagefind indexing, pages compressed alongside';

export const loadAverage = (): number => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/**
 * Node's own options in the project's `npm run build` ("node --env-file=build.env
 * node_modules/astro/bin/astro.mjs build"), with files made absolute: every build the benchmark
 * measures, the peer's included, runs under the same options as the site's own build.
 */
export function buildNodeOptions(project: string): string[] {
  const pkg = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const script = pkg.scripts['build'] ?? '';
  const words = script.split(/\s+/u);
  if (words[0] !== 'node' || !words.includes('build'))
    throw new Error(`package.json: the build script is not "node [options] …astro.mjs build": ${script}`);
  return words
    .slice(
      1,
      words.findIndex((word) => word.endsWith('astro.mjs')),
    )
    .map((word) =>
      word.replace(/^(--env-file=)(.+)$/u, (_, flag: string, file: string) => flag + resolve(project, file)),
    );
}

export async function measureBuild(options: BuildOptions): Promise<BuildRun> {
  const astro = join(options.cwd, 'node_modules/astro/bin/astro.mjs');
  const args = [...options.nodeOptions, astro, 'build', '--root', options.root, '--outDir', options.outDir];
  const useTime = existsSync(GNU_TIME);
  const [command, commandArgs] = useTime ? [GNU_TIME, ['-v', process.execPath, ...args]] : [process.execPath, args];
  const lines: LogLine[] = [];
  // The log is written as lines arrive, so a long build can be followed with tail -f.
  mkdirSync(dirname(options.logFile), { recursive: true });
  writeFileSync(options.logFile, '');
  const record = (line: LogLine) => {
    lines.push(line);
    appendFileSync(options.logFile, `[${(line.ms / 1000).toFixed(3).padStart(8)}s] ${line.text}\n`);
  };
  const loadBefore = loadAverage();
  const start = performance.now();
  const child = spawn(command, commandArgs, {
    cwd: options.cwd,
    // NO_COLOR keeps the log parseable; Astro's telemetry would add network noise.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = watchTreeRss(child.pid ?? -1);
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const ms = performance.now() - start;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) record({ ms, text: text.replace(/\x1b\[[0-9;]*m/g, '') });
    });
    stream.on('end', () => {
      if (rest) record({ ms: performance.now() - start, text: rest });
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const wallMs = performance.now() - start;
  const peakTreeRssBytes = memory.stop();

  const maxRssKb = lines.map((l) => /Maximum resident set size \(kbytes\): (\d+)/.exec(l.text)?.[1]).find(Boolean);
  const ok = exitCode === 0;
  return {
    label: options.label,
    ok,
    exitCode,
    wallMs,
    peakTreeRssBytes,
    maxProcessRssBytes: maxRssKb === undefined ? undefined : Number(maxRssKb) * 1024,
    ...analyseLog(lines.filter((l) => !/^\s*(Command being timed|Maximum resident)/.test(l.text))),
    logFile: options.logFile,
    loadBefore,
    loadAfter: loadAverage(),
    errorTail: ok
      ? undefined
      : lines
          .filter((l) => !/^\s+[A-Z][a-zA-Z ()/:]+: /.test(l.text))
          .slice(-25)
          .map((l) => l.text)
          .join('\n'),
  };
}
