import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { groupByKeys, indexContent, type ContentIndex } from '../lib/content-index.ts';
import type { Chart } from '../schemas/chart.ts';

let cached: Promise<ContentIndex> | undefined;

/** The whole content, indexed once per build and shared by every page. */
export function getSite(): Promise<ContentIndex> {
  cached ??= (async () => {
    const [provinces, indicators, categories, glossary, units, reports, models] = await Promise.all([
      getEntry('provinces', 'provinces'),
      getCollection('indicators'),
      getCollection('categories'),
      getCollection('glossary'),
      getCollection('units'),
      getCollection('reports'),
      getCollection('models'),
    ]);
    if (!provinces) throw new Error('content/reference/provinces.json did not load');
    const { id: _id, ...provinceData } = provinces.data;
    return indexContent({
      provinces: provinceData,
      indicators: indicators.map((e) => e.data),
      categories: categories.map((e) => e.data),
      glossary: glossary.map(({ data: { id: _gid, ...entry } }) => entry),
      units: units.map(({ data: { id: _uid, ...entry } }) => entry),
      // Collections come back in load order; sort so output is the same on every machine.
      reports: reports.map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id)),
      models: models.map((e) => e.data).sort((a, b) => a.slug.localeCompare(b.slug)),
    });
  })();
  return cached;
}

type Article = CollectionEntry<'articles'>;
let articles: Promise<Article[]> | undefined;

/**
 * Articles, newest first, ties broken by slug so builds are reproducible. Loaded and sorted
 * once per build like the rest of the content: every report page asks.
 */
export function getArticles(): Promise<readonly Article[]> {
  articles ??= getCollection('articles').then((entries) =>
    entries.sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id)),
  );
  return articles;
}

let articlesByReport: Promise<Map<string, Article[]>> | undefined;

/** Articles based on a report, newest first; grouped once, not by a scan of all articles per report page. */
export async function getArticlesOfReport(reportId: string): Promise<readonly Article[]> {
  articlesByReport ??= getArticles().then((list) => groupByKeys(list, (a) => a.data.reports));
  return (await articlesByReport).get(reportId) ?? [];
}

/** Province overviews for the given province codes (former or current), in code order. */
export async function getOverviews(codes: readonly string[]) {
  const overviews = await getCollection('overviews');
  return overviews
    .filter((o) => codes.includes(o.data.province))
    .sort((a, b) => codes.indexOf(a.data.province) - codes.indexOf(b.data.province) || a.id.localeCompare(b.id));
}

let charts: Promise<Chart[]> | undefined;

/** Chart definitions, in id order; loaded once per build like the rest of the content. */
export function getCharts(): Promise<Chart[]> {
  charts ??= getCollection('charts').then((entries) =>
    entries.map((c) => c.data).sort((a, b) => a.id.localeCompare(b.id)),
  );
  return charts;
}
