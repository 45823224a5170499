/**
 * Relevance at national scale: readers type a name without diacritics and expect the page of
 * that name first. The cases are model names drawn with a fixed seed and every province name
 * (former provinces and current units that have a page), each typed as its folded words; they
 * run through the site's own search page, one warm page for all (relevance does not depend on
 * the cache).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Model } from '../../src/schemas/model.ts';
import type { Provinces } from '../../src/schemas/reference.ts';
import { foldedWords, normalizeQuery } from '../../src/lib/search-text.ts';
import { createRandom } from './prng.ts';

export interface RelevanceCase {
  kind: 'model' | 'province';
  /** The name as the content writes it. */
  name: string;
  /** What the reader types: the name's words, folded. */
  query: string;
  /** Path of the page that must come first. */
  expected: string;
}

export interface RelevanceResult extends RelevanceCase {
  /** Path of the first result, or '' when none showed. */
  first: string;
  ok: boolean;
}

const typed = (name: string): string => foldedWords(name).join(' ');

/**
 * `modelCount` models drawn with `seed` from `contentDir`/models, and every province name whose
 * page exists in `dist`. A former province that shares its page and name with the unit it
 * became is one case.
 */
export function relevanceCases(contentDir: string, dist: string, modelCount: number, seed: number): RelevanceCase[] {
  const files = readdirSync(join(contentDir, 'models'))
    .filter((f) => f.endsWith('.json'))
    .sort();
  const drawn = createRandom(seed).sample(files, Math.min(modelCount, files.length));
  const models = drawn.map((file): RelevanceCase => {
    const model = JSON.parse(readFileSync(join(contentDir, 'models', file), 'utf8')) as Model;
    return { kind: 'model', name: model.name, query: typed(model.name), expected: `/mo-hinh/${model.slug}/` };
  });
  const provinces = JSON.parse(readFileSync(join(contentDir, 'reference/provinces.json'), 'utf8')) as Provinces;
  const seen = new Set<string>();
  const places = [...provinces.current, ...provinces.former].flatMap((unit): RelevanceCase[] => {
    const expected = `/tinh-thanh/${unit.slug}/`;
    if (seen.has(expected) || !existsSync(join(dist, expected, 'index.html'))) return [];
    seen.add(expected);
    return [{ kind: 'province', name: unit.name, query: typed(unit.name), expected }];
  });
  return [...models, ...places];
}

/** Types the query into the search page's box and returns the first result's path ('' if none). */
async function firstResult(page: Page, baseUrl: string, query: string): Promise<string> {
  await page.locator('input.search-input').fill(query);
  await page.waitForFunction(
    (term) => {
      const summary = document.querySelector('[data-search-summary]')?.textContent?.trim() ?? '';
      return (
        summary.endsWith(` cho ${term}`) &&
        !summary.startsWith('Đang') &&
        (summary.startsWith('Không') || document.querySelector('[data-search-results] .search-hit-link'))
      );
    },
    normalizeQuery(query),
    { timeout: 30_000 },
  );
  const href = await page
    .locator('[data-search-results] .search-hit-link')
    .first()
    .getAttribute('href', { timeout: 1000 });
  return href ? new URL(href, baseUrl).pathname : '';
}

export async function measureRelevance(
  browser: Browser,
  baseUrl: string,
  cases: readonly RelevanceCase[],
): Promise<RelevanceResult[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/tim-kiem/`);
    const results: RelevanceResult[] = [];
    for (const c of cases) {
      const first = await firstResult(page, baseUrl, c.query).catch(() => '');
      results.push({ ...c, first, ok: first === c.expected });
    }
    return results;
  } finally {
    await context.close();
  }
}

/** Share of cases of a kind whose page came first. */
export function firstRate(
  results: readonly RelevanceResult[],
  kind: RelevanceCase['kind'],
): { ok: number; of: number } {
  const of = results.filter((r) => r.kind === kind);
  return { ok: of.filter((r) => r.ok).length, of: of.length };
}
