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

/** No web fonts: the site uses the system font stack, so any font byte is a regression. */
export const DEFAULT_BUDGET: Weights = { html: 60 * KB, css: 20 * KB, js: 12 * KB, fonts: 0 };

/**
 * First view: what a slow first round trip can carry (about 14 KB after TCP slow start)
 * must be enough to paint the top of the page. The rule: the gzip size of the document
 * from its start to the end of the first heading inside <main> (so the <head> with the
 * one inline stylesheet, the header, the navigation and the page title) is at most
 * 14 KB, and the <head> loads nothing render-blocking (no external stylesheet, no
 * classic script with src but without async/defer). A short page simply fits whole;
 * a long list such as /so-lieu/ paints its top before the rest of the table arrives.
 */
export const FIRST_VIEW_BYTES = 14 * KB;

/** First visit to a model page: HTML and everything fetched before idle, compressed. */
export const FIRST_VISIT_BYTES = 30 * KB;

/** The document up to the end of the first heading inside <main>, or all of it. */
export function firstViewPart(html: string): string {
  const main = html.search(/<main[\s>]/i);
  if (main < 0) return html;
  const heading = /<\/h[1-6]\s*>/gi;
  heading.lastIndex = main;
  const end = heading.exec(html);
  return end ? html.slice(0, end.index + end[0].length) : html;
}

/** Render-blocking resources in <head>: external stylesheets and synchronous scripts. */
export function renderBlocking(html: string): string[] {
  const head = html.slice(0, Math.max(0, html.search(/<\/head\s*>/i)));
  const tags = head.match(/<(?:link|script)\b[^>]*>/gi) ?? [];
  return tags.filter((tag) =>
    /^<link/i.test(tag)
      ? /\brel\s*=\s*["']?stylesheet\b/i.test(tag) && !/\bmedia\s*=\s*["']?print\b/i.test(tag)
      : /\bsrc\s*=/i.test(tag) && !/\b(?:async|defer)\b|type\s*=\s*["']?module\b/i.test(tag),
  );
}

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
