/**
 * What "Lưu để đọc khi không có mạng" saves for a province, computed from the built pages:
 * the province page and the pages of its own that it links to in its content (models,
 * reports, charts, the unit's figures and models, the current or former units), each with
 * the bytes it will cost, and the scripts those pages run. Pure: the build integration
 * (src/integrations/offline.ts) reads and writes the files.
 */

/** The province's own pages: one model, report, chart, unit list or province, never a whole directory. */
const PROVINCE_PAGE =
  /^\/(?:tinh-thanh\/[a-z0-9-]+|mo-hinh\/(?!tinh\/)[a-z0-9-]+|mo-hinh\/tinh\/[a-z0-9-]+|nguon\/[a-z0-9-]+|bieu-do\/[a-z0-9-]+|so-lieu\/[a-z0-9-]+)\/$/u;

/** Site paths of the pages linked from a page's <main>, without query or fragment, in order, once each. */
export function linkedPaths(html: string): string[] {
  const start = html.search(/<main\b/u);
  const end = html.indexOf('</main>', start);
  if (start < 0 || end < 0) return [];
  const main = html.slice(start, end);
  const paths = [...main.matchAll(/\shref="(\/[^"#?]*)/gu)].map((m) => m[1] ?? '');
  return [...new Set(paths)];
}

/** The pages saved with a province: its page first, then the linked pages of its own. */
export function provincePages(provincePath: string, html: string): string[] {
  return [provincePath, ...linkedPaths(html).filter((p) => p !== provincePath && PROVINCE_PAGE.test(p))];
}

/** Module scripts a page loads (`<script type="module" src>`), as site paths. */
export function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\ssrc="(\/_astro\/[^"]+)"/gu)].map((m) => m[1] ?? '');
}

/** Bundles a bundle imports statically (Rolldown writes `from"./x.js"` or `import"./x.js"`). */
export function staticImports(js: string, path: string): string[] {
  const base = new URL(path, 'http://x');
  return [...js.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/gu)].map(
    (m) => new URL(m[1] ?? '', base).pathname,
  );
}

export interface SavedEntry {
  path: string;
  /** Bytes on the wire: the Brotli file the host sends. */
  bytes: number;
}

export interface OfflineList {
  /** The province as its page names it. */
  name: string;
  pages: SavedEntry[];
  assets: SavedEntry[];
  /** Everything above, what the control announces before saving. */
  bytes: number;
}

export function offlineList(name: string, pages: SavedEntry[], assets: SavedEntry[]): OfflineList {
  const bytes = [...pages, ...assets].reduce((sum, e) => sum + e.bytes, 0);
  return { name, pages, assets, bytes };
}

/** The site path of a province's list. */
export const offlineListPath = (slug: string): string => `/ngoai-tuyen/tinh/${slug}.json`;

/** The page that lists what is saved; the worker serves it for pages never saved. */
export const OFFLINE_PAGE = '/ngoai-tuyen/';

/**
 * The file the service worker compares to know the site was rebuilt: `version`, a hash of every
 * page, and `offlinePage`, the scripts of the offline page, which the worker installs with it.
 */
export const OFFLINE_VERSION_PATH = '/ngoai-tuyen/phien-ban.json';
