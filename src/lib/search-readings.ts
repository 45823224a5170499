/**
 * How a query of several words is asked of the index (src/lib/search-pairs.ts has the tokens).
 *
 * First as one phrase: all its pairs. When the best page holds the whole phrase in its title
 * or name, that is the answer, at the cost of the pairs' index chunks only. Otherwise the
 * reader may have typed words the page does not write side by side ("nha tro tu quan" for
 * "nhà trọ, nhà cho thuê tự quản"; "antt benh vien" for "ANTT tại bệnh viện"), so the query
 * is also read with the phrase cut: where its words pair on no page, and then at each gap in
 * turn. Each page keeps its best score over these readings. A word a cut leaves alone is asked
 * as a syllable, which loads that syllable's chunk: never more than the word-by-word search
 * the index always allowed, which is the last resort when no reading finds a page.
 *
 * Pure apart from the `search` function it is given (Pagefind in the browser, a fake in tests).
 */
import { pairToken, readingTerms, type QueryWords } from './search-pairs.ts';

export interface ScoredResult {
  id: string;
  score: number;
}

export interface ReadingResponse<T extends ScoredResult> {
  results: T[];
}

/** Runs one Pagefind query (space-separated terms, every one required). */
export type SearchTerms<R> = (terms: string) => Promise<R>;

export interface ReadingOptions {
  /**
   * How many pages hold a term, without ranking them (Pagefind ranks every page it finds, which
   * for a pair on most pages takes longer than the whole rest of a search).
   */
  count: (term: string) => Promise<number>;
  /** Pages in the index, for the weight of a term (a promise, so it can be found while the first reading runs). */
  totalPages: number | Promise<number>;
  /**
   * The score per unit of a phrase's weight that a page earns when its title or name holds
   * every pair of the phrase (and its text does, as titles are part of it): the sum of the
   * title-pair and body-pair field weights.
   */
  nameWeight: number;
}

/**
 * A term's weight in Pagefind's ranking: its inverse document frequency, BM25's, as Pagefind
 * computes it (pagefind_web/src/search.rs `calculate_idf`).
 */
export function termWeight(totalPages: number, pagesWithTerm: number): number {
  return Math.log((totalPages - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5) + 1);
}

/** Pagefind's scores are 32-bit floats; a score this close to the bound counts as reaching it. */
const TOLERANCE = 1e-3;
/**
 * What a page's score counts for in a reading that asks less than the reader typed: halved for
 * each cut where the words do pair on some page, and again for each word the cut leaves alone,
 * which then matches anywhere in any page's text. So "ban chi dao 138" + "thanh hoa" ranks its
 * pages before "ban chi dao 138" + "thanh" + "hoa" anywhere does.
 */
const PER_LOOSENING = 0.5;

/**
 * Gaps a query may be cut at one by one. Each is a search of its own (on chunks already
 * loaded, but Pagefind ranks every page it finds each time): a pasted sentence of fifty words
 * must not run fifty. Past this many gaps the phrase is cut only where its words pair on no page.
 */
const MAX_GAPS_TRIED = 12;

/** Words a reading leaves alone: both their gaps (or the query's edge) are cut. */
function alone(wordCount: number, breaks: ReadonlySet<number>): number {
  let n = 0;
  for (let i = 0; i < wordCount; i++) if ((i === 0 || breaks.has(i - 1)) && (i === wordCount - 1 || breaks.has(i))) n++;
  return n;
}

export async function searchReadings<T extends ScoredResult, R extends ReadingResponse<T>>(
  words: QueryWords,
  search: SearchTerms<R>,
  { count, totalPages, nameWeight }: ReadingOptions,
): Promise<R> {
  const gaps = words.folded.slice(1).map((_, i) => i);
  const whole = await search(readingTerms(words));
  if (gaps.length === 0) return whole;

  // A term's chunks are loaded once it was searched: counting it then costs no transfer.
  const counted = new Map<string, Promise<number>>();
  const pagesWith = (term: string): Promise<number> => {
    let pages = counted.get(term);
    if (!pages) counted.set(term, (pages = count(term)));
    return pages;
  };
  /** Whether the best page of a reading holds all of it in its title or name. */
  const named = async (reading: R, terms: string): Promise<boolean> => {
    const best = reading.results[0]?.score;
    if (best === undefined) return false;
    const pages = await Promise.all(terms.split(' ').map(pagesWith));
    const total = await totalPages;
    const weight = pages.reduce((sum, n) => sum + termWeight(total, n), 0);
    return best >= nameWeight * weight * (1 - TOLERANCE);
  };
  if (await named(whole, readingTerms(words))) return whole;

  const pairPages = await Promise.all(gaps.map((i) => pagesWith(pairToken(words.folded[i]!, words.folded[i + 1]!))));
  const absent = new Set(gaps.filter((i) => pairPages[i] === 0));
  // Where no page pairs two words, the phrase breaks there whatever the reader meant.
  const readings: Array<{ found: R; weight: number }> = [{ found: whole, weight: 1 }];
  if (absent.size > 0 && absent.size < gaps.length) {
    const terms = readingTerms(words, absent);
    const found = await search(terms);
    if (await named(found, terms)) return found;
    readings.push({ found, weight: 1 });
  }
  const wordCount = words.folded.length;
  for (const gap of gaps.length <= MAX_GAPS_TRIED ? gaps : []) {
    if (absent.has(gap) || absent.size + 1 >= gaps.length) continue;
    const breaks = new Set([...absent, gap]);
    const loosened = 1 + alone(wordCount, breaks) - alone(wordCount, absent);
    readings.push({ found: await search(readingTerms(words, breaks)), weight: PER_LOOSENING ** loosened });
  }

  const merged = new Map<string, T>();
  for (const { found, weight } of readings)
    for (const result of found.results) {
      const score = result.score * weight;
      const kept = merged.get(result.id);
      if (!kept || score > kept.score) merged.set(result.id, { ...result, score });
    }
  if (merged.size === 0) return search(readingTerms(words, new Set(gaps)));
  // Filter counts come from the reading that found the most pages.
  const widest = readings.reduce((a, b) => (b.found.results.length > a.found.results.length ? b : a)).found;
  return { ...widest, results: [...merged.values()].sort((a, b) => b.score - a.score) };
}
