// The Pagefind JS API (/pagefind/pagefind.js), loaded once on first use. The site draws
// results itself instead of shipping Pagefind's Component UI (about 43 KB compressed per
// cold search), and only asks for the filter files when the reader opens the filters.
import { queryWords } from '../../lib/search-pairs.ts';
import { searchReadings } from '../../lib/search-readings.ts';
import type { Anchor } from '../../lib/search-excerpt.ts';
import { normalizeQuery, SEARCH_FIELDS, SEARCH_RANKING } from '../../lib/search-text.ts';

export const BUNDLE = '/pagefind/';

/** Filters as Pagefind takes them: every group must match, any value within a group. */
export type Filters = Record<string, { any: string[] }>;
/** Counts per filter value, by group: { Tỉnh: { 'Thanh Hóa': 12 } }. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface ResultData {
  url: string;
  /** The page's indexed text, words one space apart. */
  content: string;
  anchors: Anchor[];
  meta: Record<string, string | undefined>;
}

export interface SearchResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchResult[];
  filters: FilterCounts;
  unfilteredResultCount: number;
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Filters }): Promise<SearchResponse>;
  filters(): Promise<FilterCounts>;
}

/** A filter group no page carries. */
const NO_SUCH_FILTER = '-';

let loading: Promise<PagefindApi> | undefined;
let pageCount: Promise<number> | undefined;

/** Loads pagefind.js and sets the site's ranking; a failed load may be retried. */
export function engine(): Promise<PagefindApi> {
  loading ??= (import(/* @vite-ignore */ `${BUNDLE}pagefind.js`) as Promise<PagefindApi>).then(
    async (api) => {
      await api.options({ ranking: SEARCH_RANKING });
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
 * Runs a search. One word goes to Pagefind as typed, normalised (trimmed, NFC, one tone
 * placement: the form the index holds), and matches as a syllable prefix. Two or more words
 * are asked as syllable pairs, whole phrase first (src/lib/search-readings.ts). An empty
 * query with filters lists every page the filters allow.
 */
export async function runSearch(query: string, filters: Filters): Promise<SearchResponse | null> {
  const term = normalizeQuery(query);
  const filtered = Object.keys(filters).length > 0;
  if (!term && !filtered) return null;
  const api = await engine();
  const options = filtered ? { filters } : {};
  const words = queryWords(term);
  if (words.folded.length < 2) return api.search(term || null, options);
  // A search for nothing lists every page, without loading any index chunk.
  pageCount ??= api.search(null).then((all) => all.results.length);
  const nameWeight =
    SEARCH_RANKING.metaWeights[SEARCH_FIELDS.foldedTitle] + SEARCH_RANKING.metaWeights[SEARCH_FIELDS.pairs];
  // A filter no page has leaves no page to rank, while Pagefind still counts what the token matched.
  const count = (token: string) =>
    api.search(token, { filters: { [NO_SUCH_FILTER]: { any: ['-'] } } }).then((r) => r.unfilteredResultCount);
  return searchReadings(words, (terms) => api.search(terms, options), { count, totalPages: pageCount, nameWeight });
}
