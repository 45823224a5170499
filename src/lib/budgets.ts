/**
 * Performance budgets per page (gzip bytes transferred on load), and the check that
 * names the page and the number when one is exceeded. Pure; the browser test measures.
 */
export interface Weights {
  html: number;
  css: number;
  js: number;
  fonts: number;
}

const KB = 1024;

export const DEFAULT_BUDGET: Weights = { html: 60 * KB, css: 20 * KB, js: 12 * KB, fonts: 100 * KB };

/** /so-lieu/ and its per-unit pages: statistics tables, long by design. */
const STATISTICS = /^\/so-lieu\/(?:[a-z0-9-]+\/)?$/;

/** Statistics tables are long pages by design; search loads its engine on purpose. */
export function budgetFor(path: string): Weights {
  if (STATISTICS.test(path)) return { ...DEFAULT_BUDGET, html: 150 * KB };
  if (path.startsWith('/tim-kiem/')) return { ...DEFAULT_BUDGET, js: Number.POSITIVE_INFINITY };
  return DEFAULT_BUDGET;
}

const LABELS: Record<keyof Weights, string> = { html: 'HTML', css: 'CSS', js: 'JavaScript', fonts: 'fonts' };

const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

/** One message per exceeded budget: "/so-lieu/: HTML 151.2 KB over the 150.0 KB budget". */
export function overBudget(path: string, measured: Weights, budget: Weights = budgetFor(path)): string[] {
  return (Object.keys(LABELS) as Array<keyof Weights>)
    .filter((kind) => measured[kind] > budget[kind])
    .map((kind) => `${path}: ${LABELS[kind]} ${kb(measured[kind])} over the ${kb(budget[kind])} budget`);
}
