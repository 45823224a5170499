// The Pagefind JS API (/pagefind/pagefind.js), loaded once on first use. The site draws
// results itself instead of shipping Pagefind's Component UI (about 43 KB compressed per
// cold search), and only asks for the filter files when the reader opens the filters.
import { normalizeQuery, SEARCH_RANKING } from '../../lib/search-text.ts';

export const BUNDLE = '/pagefind/';

/** Filters as Pagefind takes them: every group must match, any value within a group. */
export type Filters = Record<string, { any: string[] }>;
/** Counts per filter value, by group: { Tỉnh: { 'Thanh Hóa': 12 } }. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SubResult {
  url: string;
  title: string;
  excerpt: string;
}

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}

export interface SearchResult {
  id: string;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchResult[];
  filters: FilterCounts;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Filters }): Promise<SearchResponse>;
  filters(): Promise<FilterCounts>;
}

let loading: Promise<PagefindApi> | undefined;

/** Loads pagefind.js and sets the site's ranking; a failed load may be retried. */
export function engine(): Promise<PagefindApi> {
  loading ??= (import(/* @vite-ignore */ `${BUNDLE}pagefind.js`) as Promise<PagefindApi>).then(
    async (api) => {
      await api.options({ excerptLength: 26, ranking: SEARCH_RANKING });
      await api.init();
      return api;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Runs one search on the normalised query (trimmed, NFC, one tone placement: the form the
 * index holds). An empty query with filters lists every page the filters allow.
 */
export async function runSearch(query: string, filters: Filters): Promise<SearchResponse | null> {
  const term = normalizeQuery(query);
  const filtered = Object.keys(filters).length > 0;
  if (!term && !filtered) return null;
  const api = await engine();
  return api.search(term || null, filtered ? { filters } : {});
}
