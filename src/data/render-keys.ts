/**
 * Render keys: for a page that Astro may copy from the previous build instead of rendering it
 * again (`experimental.incrementalBuild`), a digest of every piece of content the page shows.
 * Astro re-renders a page when its key or its code changes, so a key that leaves out something
 * the page shows would ship a stale page: each key below names what its page reads, and
 * scripts/check-incremental.ts edits each of those things and compares an incremental rebuild
 * with a full one, byte for byte. No Astro, no fs: node:crypto only.
 */
import { createHash } from 'node:crypto';
import type { ContentIndex, SourcedFigure } from '../lib/content-index.ts';
import type { OgCard } from '../lib/og-card.ts';
import type { Model } from '../schemas/model.ts';
import type { Report } from '../schemas/report.ts';
import type { ComponentUse } from '../lib/body/check.ts';
import type { WorkbookModel } from '../lib/workbook.ts';

/** Bumped when what a key covers changes in a way the page's code hash would not show. */
const KEY_VERSION = 'render-key 1';

const sha = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** Digests of content objects, each taken once per build however many pages share it. */
const digests = new WeakMap<object, string>();
function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = sha(JSON.stringify(value));
    digests.set(value, digest);
  }
  return digest;
}

/** What every page may show of the places: the reference table, and which units have pages. */
const placeDigests = new WeakMap<ContentIndex, string>();
function placesDigest(site: ContentIndex): string {
  let digest = placeDigests.get(site);
  if (digest === undefined) {
    digest = sha(JSON.stringify([site.data.provinces, site.provincePages, [...site.formerCodesWithContent].sort()]));
    placeDigests.set(site, digest);
  }
  return digest;
}

/** The glossary: every page with search fields spells its abbreviations both ways. */
const glossaryDigest = (site: ContentIndex): string => digestOf(site.data.glossary);

/**
 * A figure's page (src/pages/so-lieu/f/[id].astro) shows the figure, its whole report (the
 * figures it is part of, its parts, the report's change notes and citation), the indicator with
 * how many other figures measure it, the model, the province and what it belongs to now, and its
 * link-preview card's text (og:image:alt).
 */
export function figurePageKey(site: ContentIndex, figure: SourcedFigure, card: OgCard | undefined): string {
  const model = figure.model ? site.model(figure.model) : null;
  return sha(
    JSON.stringify([
      KEY_VERSION,
      figure.id,
      digestOf(figure.report),
      digestOf(site.indicator(figure.indicator)),
      site.figuresOfIndicator(figure.indicator).length,
      model ? digestOf(model) : null,
      placesDigest(site),
      card ?? null,
    ]),
  );
}

/** How many related models a model's page lists. */
export const RELATED_MODELS = 6;

/**
 * A model's page (src/pages/mo-hinh/[slug].astro) shows the model and its category, its figures
 * and the figure it gives as its reach (each with its whole report), the reports it cites, the
 * related models with their categories, the places, the glossary (its search fields) and its
 * card. A model with charts has no key and is rendered on every build: a chart draws figures of
 * any report.
 */
export function modelPageKey(
  site: ContentIndex,
  model: Model,
  hasCharts: boolean,
  card: OgCard | undefined,
): string | undefined {
  if (hasCharts) return undefined;
  const figures = [...site.figuresOfModel(model.slug), ...(model.units ? [site.figure(model.units)] : [])];
  const related = site.relatedModels(model, RELATED_MODELS);
  return sha(
    JSON.stringify([
      KEY_VERSION,
      digestOf(model),
      digestOf(site.category(model.category)),
      figures.map((f) => [f.id, digestOf(f.report)]),
      model.reports.map((id) => digestOf(site.report(id))),
      related.map((m) => [digestOf(m), digestOf(site.category(m.category))]),
      placesDigest(site),
      glossaryDigest(site),
      card ?? null,
    ]),
  );
}

/** What an article's page reads of itself: its frontmatter and its body, as written. */
export interface ArticleSource {
  data: { hero?: string | undefined; reports: readonly string[] };
  body: string;
}

/**
 * An article's page (src/pages/bai-viet/[...slug].astro) shows its frontmatter and body, the
 * hero figure, the reports it is based on, what its body's components name (a figure with its
 * report, a model with its category), the places, the glossary (first uses spelled out, search
 * fields) and its card. An article whose body draws a chart, or could not be checked, has no key
 * and is rendered on every build.
 */
export function articlePageKey(
  site: ContentIndex,
  article: ArticleSource,
  components: readonly ComponentUse[] | undefined,
  card: OgCard | undefined,
): string | undefined {
  if (!components || components.some((use) => use.name !== 'Figure' && use.name !== 'ModelCard')) return undefined;
  let named: string[][];
  try {
    named = components.map((use) => {
      if (use.name === 'Figure') return ['Figure', digestOf(site.figure(String(use.props['id'])).report)];
      const model = site.model(String(use.props['slug']));
      return ['ModelCard', digestOf(model), digestOf(site.category(model.category))];
    });
  } catch {
    // A component that names nothing: the page renders, and fails with the file and line.
    return undefined;
  }
  const { hero } = article.data;
  return sha(
    JSON.stringify([
      KEY_VERSION,
      article.data,
      sha(article.body),
      hero ? digestOf(site.figure(hero).report) : null,
      article.data.reports.map((id) => digestOf(site.report(id))),
      named,
      placesDigest(site),
      glossaryDigest(site),
      card ?? null,
    ]),
  );
}

/** The indicators a report's figures measure, each once. */
const indicatorDigests = (site: ContentIndex, report: Report): string[] =>
  [...new Set(report.figures.map((f) => f.indicator))].sort().map((id) => digestOf(site.indicator(id)));

/**
 * A report's page (src/pages/nguon/[id]/index.astro) shows the report with its figures and change
 * notes, the indicators they measure, the models taken from it with their categories, the titles
 * of the articles based on it, the places, the glossary (search fields) and its card.
 */
export function reportPageKey(
  site: ContentIndex,
  report: Report,
  articles: readonly { id: string; data: { title: string } }[],
  card: OgCard | undefined,
): string {
  return sha(
    JSON.stringify([
      KEY_VERSION,
      digestOf(report),
      indicatorDigests(site, report),
      site.modelsOfReport(report.id).map((m) => [digestOf(m), digestOf(site.category(m.category))]),
      articles.map((a) => [a.id, a.data.title]),
      placesDigest(site),
      glossaryDigest(site),
      card ?? null,
    ]),
  );
}

/** A report's CSV (src/pages/nguon/[id]/so-lieu.csv.ts): its figures, their indicators' names and places. */
export function reportCsvKey(site: ContentIndex, report: Report): string {
  return sha(JSON.stringify([KEY_VERSION, digestOf(report), indicatorDigests(site, report), placesDigest(site)]));
}

/**
 * The open-data workbook (/du-lieu/<name>.xlsx and .ods) is written from its model alone (every
 * sheet's rows, the title, the sources and the origin in its links), so the model is its key.
 */
export function workbookKey(model: WorkbookModel, format: string): string {
  return sha(JSON.stringify([KEY_VERSION, 'workbook', format, model]));
}
