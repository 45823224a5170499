/**
 * How long lists are cut into pages. At national scale (tens of thousands of figures,
 * thousands of models and articles) one page per list would weigh megabytes, far over the
 * HTML budget and unusable on a phone; so lists split by current unit (figures, models) or
 * into numbered pages (articles) once they pass a size. Below it, one page keeps the whole
 * list in reach of one filter, which is what a journalist checking numbers wants.
 */

/**
 * Rows a directory page may hold before it splits by unit. About 60 B of gzip per row on
 * /so-lieu/ and /mo-hinh/, so 800 rows stay near 50 KB, under the 60 KB HTML budget.
 */
export const DEFAULT_SPLIT_AT = 800;

/** Articles per page of /bai-viet/; each card is about 200 B of gzip. */
export const DEFAULT_ARTICLES_PER_PAGE = 30;

/** Items the RSS feed carries: readers poll it, so it holds the newest, not the archive. */
export const FEED_ITEMS = 50;

/**
 * A timeline draws one line per model; past this many it is a wall of text, so the chart
 * counts models per year instead.
 */
export const TIMELINE_MAX_ITEMS = 60;

type Env = Readonly<Record<string, string | undefined>>;

/** A positive integer from the environment, or the default; anything else is an error, not a default. */
function positiveInteger(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/**
 * The split size for this build. `LIST_SPLIT_AT` lets a test build the small real content
 * in its national-scale shape.
 */
export function splitAt(env: Env = process.env): number {
  return positiveInteger(env, 'LIST_SPLIT_AT', DEFAULT_SPLIT_AT);
}

/** Articles per page of /bai-viet/; `ARTICLES_PER_PAGE` for the same reason as `LIST_SPLIT_AT`. */
export function articlesPerPage(env: Env = process.env): number {
  return positiveInteger(env, 'ARTICLES_PER_PAGE', DEFAULT_ARTICLES_PER_PAGE);
}

/** Whether a list of `count` rows is shown as a hub of per-unit pages. */
export function isSplit(count: number, limit: number = splitAt()): boolean {
  return count > limit;
}

export interface PageSlice<T> {
  /** 1-based. */
  page: number;
  pages: number;
  items: T[];
}

/** Cuts a list into numbered pages; an empty list still has page 1 (with nothing on it). */
export function paginate<T>(items: readonly T[], perPage: number): PageSlice<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a positive integer`);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: pages }, (_, i) => ({
    page: i + 1,
    pages,
    items: items.slice(i * perPage, (i + 1) * perPage),
  }));
}

/** Page 1 is the list's own address; later pages live under trang/<n>/. */
export function pagePath(base: string, page: number): string {
  return page === 1 ? base : `${base}trang/${page}/`;
}
