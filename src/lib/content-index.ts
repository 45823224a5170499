/**
 * Queries over the validated content: figures by id, province, indicator and report;
 * models by province; what each province page gathers. Pure; built once per build.
 */
import type { Figure } from '../schemas/figure.ts';
import type { Model } from '../schemas/model.ts';
import type { Category, GlossaryEntry, Indicator, Provinces, Unit } from '../schemas/reference.ts';
import type { Report } from '../schemas/report.ts';
import { indexRelatedModels } from './models.ts';
import { indexProvinces, type ProvinceIndex } from './provinces.ts';

export interface ContentData {
  provinces: Provinces;
  indicators: readonly Indicator[];
  categories: readonly Category[];
  glossary: readonly GlossaryEntry[];
  units: readonly Unit[];
  reports: readonly Report[];
  models: readonly Model[];
}

/** A figure together with the report that prints it. */
export interface SourcedFigure extends Figure {
  report: Report;
}

/** A page about a province: a current unit, or a former one whose name is not its unit's. */
export interface ProvincePage {
  slug: string;
  kind: 'current' | 'former';
  code: string;
  name: string;
  /** Former province codes whose content the page gathers. */
  formerCodes: string[];
}

export interface ContentIndex {
  data: ContentData;
  provinces: ProvinceIndex;
  figure(id: string): SourcedFigure;
  figures: readonly SourcedFigure[];
  figuresOfReport(reportId: string): SourcedFigure[];
  figuresOfProvinces(formerCodes: readonly string[]): SourcedFigure[];
  figuresOfIndicator(indicatorId: string): SourcedFigure[];
  figuresOfModel(slug: string): SourcedFigure[];
  report(id: string): Report;
  reportsOfProvinces(formerCodes: readonly string[]): Report[];
  model(slug: string): Model;
  modelsOfProvinces(formerCodes: readonly string[]): Model[];
  modelsOfReport(reportId: string): Model[];
  /** Models to show beside a model: same province and kind first (see relatedModels). */
  relatedModels(model: Model, limit: number): Model[];
  highlightedModels: readonly Model[];
  indicator(id: string): Indicator;
  category(id: string): Category;
  /** A figure unit's English name from units.json, if it has one. */
  unitEn(unit: string): string | undefined;
  /** Former provinces that have any report or model. */
  formerCodesWithContent: ReadonlySet<string>;
  /** Every province page the site builds. */
  provincePages: readonly ProvincePage[];
  /** The page that shows a former province's content. */
  pageOfFormer(code: string): ProvincePage;
}

function lookup<T>(map: Map<string, T>, key: string, what: string): T {
  const found = map.get(key);
  if (found === undefined) throw new Error(`no ${what} "${key}"`);
  return found;
}

/** Vietnamese alphabetical order, so "Đ" sorts after "D" as readers expect. */
export const collator = new Intl.Collator('vi');

export function indexContent(data: ContentData): ContentIndex {
  const provinces = indexProvinces(data.provinces);
  const figures: SourcedFigure[] = data.reports.flatMap((report) => report.figures.map((f) => ({ ...f, report })));
  const figureMap = new Map(figures.map((f) => [f.id, f]));
  const reportMap = new Map(data.reports.map((r) => [r.id, r]));
  const modelMap = new Map(data.models.map((m) => [m.slug, m]));
  const indicatorMap = new Map(data.indicators.map((i) => [i.id, i]));
  const categoryMap = new Map(data.categories.map((c) => [c.id, c]));
  const unitMap = new Map(data.units.map((u) => [u.vi, u.en]));
  const byName = (a: Model, b: Model) => collator.compare(a.name, b.name);

  const formerCodesWithContent = new Set([
    ...data.reports.map((r) => r.province),
    ...data.models.map((m) => m.province),
  ]);

  const pages: ProvincePage[] = [];
  for (const unit of provinces.current) {
    const formerCodes = provinces
      .formersOf(unit.code)
      .map((p) => p.code)
      .filter((code) => formerCodesWithContent.has(code));
    if (formerCodes.length > 0)
      pages.push({ slug: unit.slug, kind: 'current', code: unit.code, name: unit.name, formerCodes });
  }
  for (const code of formerCodesWithContent) {
    if (provinces.sharesPage(code)) continue;
    const former = provinces.formerByCode(code);
    pages.push({ slug: former.slug, kind: 'former', code, name: former.name, formerCodes: [code] });
  }
  pages.sort((a, b) => collator.compare(a.name, b.name) || a.kind.localeCompare(b.kind));

  // Lookups every page makes, grouped once: at national scale a scan of all figures per
  // model page was the hot path, and a scan of all models per report page the next one.
  const groupBy = <T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> =>
    groupByKeys(items, (item) => {
      const k = key(item);
      return k === undefined ? [] : [k];
    });
  const figuresByReport = groupBy(figures, (f) => f.report.id);
  const figuresByIndicator = groupBy(figures, (f) => f.indicator);
  const figuresByModel = groupBy(figures, (f) => f.model);
  const modelsByReport = groupByKeys(data.models, (m) => m.reports);
  for (const models of modelsByReport.values()) models.sort(byName);
  const pagesByKey = new Map(pages.map((p) => [`${p.kind}:${p.code}`, p]));
  // Province and unit pages, their hubs and their preview cards ask for the same few sets of
  // codes again and again: each answer is kept, and every caller gets its own copy.
  const inProvinces = <T>(items: readonly T[], province: (item: T) => string, sort?: (a: T, b: T) => number) => {
    const answers = new Map<string, T[]>();
    return (codes: readonly string[]): T[] => {
      const key = codes.join('\u0000');
      let answer = answers.get(key);
      if (!answer) {
        const set = new Set(codes);
        answer = items.filter((item) => set.has(province(item)));
        if (sort) answer.sort(sort);
        answers.set(key, answer);
      }
      return [...answer];
    };
  };
  const figuresOfProvinces = inProvinces(figures, (f) => f.report.province);
  const reportsOfProvinces = inProvinces(data.reports, (r) => r.province);
  const modelsOfProvinces = inProvinces(data.models, (m) => m.province, byName);
  let related: ReturnType<typeof indexRelatedModels> | undefined;

  return {
    data,
    provinces,
    figures,
    figure: (id) => lookup(figureMap, id, 'figure'),
    figuresOfReport: (id) => [...(figuresByReport.get(id) ?? [])],
    figuresOfProvinces,
    figuresOfIndicator: (id) => [...(figuresByIndicator.get(id) ?? [])],
    figuresOfModel: (slug) => [...(figuresByModel.get(slug) ?? [])],
    report: (id) => lookup(reportMap, id, 'report'),
    reportsOfProvinces,
    model: (slug) => lookup(modelMap, slug, 'model'),
    modelsOfProvinces,
    modelsOfReport: (id) => [...(modelsByReport.get(id) ?? [])],
    relatedModels: (model, limit) => (related ??= indexRelatedModels(data.models))(model, limit),
    highlightedModels: data.models.filter((m) => m.highlight).sort(byName),
    indicator: (id) => lookup(indicatorMap, id, 'indicator'),
    category: (id) => lookup(categoryMap, id, 'category'),
    unitEn: (unit) => unitMap.get(unit),
    formerCodesWithContent,
    provincePages: pages,
    pageOfFormer: (code) =>
      pagesByKey.get(`former:${code}`) ??
      lookup(pagesByKey, `current:${provinces.currentOf(code).code}`, 'province page'),
  };
}

/**
 * Items grouped under each of their keys, in the items' order; an item that names a key twice
 * is in its group once, as a filter on `keys(item).includes(key)` would give it.
 */
export function groupByKeys<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const k of new Set(keys(item))) {
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
  }
  return groups;
}

/** A current unit's page and how many rows (figures or models) its per-unit list holds. */
export interface UnitRows {
  page: ProvincePage;
  count: number;
}

/**
 * Current units with at least one figure or model, for the per-unit list pages
 * (/so-lieu/<unit>/, /mo-hinh/tinh/<unit>/), their hubs and their link-preview cards.
 */
export function unitsWith(site: ContentIndex, rows: 'figures' | 'models'): UnitRows[] {
  return site.provincePages
    .filter((page) => page.kind === 'current')
    .map((page) => ({
      page,
      count: (rows === 'figures' ? site.figuresOfProvinces(page.formerCodes) : site.modelsOfProvinces(page.formerCodes))
        .length,
    }))
    .filter((unit) => unit.count > 0);
}

/** The page of the current unit with this slug; an unknown slug is a bug in the caller. */
export function currentUnitPage(site: ContentIndex, slug: string | undefined): ProvincePage {
  const page = site.provincePages.find((p) => p.kind === 'current' && p.slug === slug);
  if (!page) throw new Error(`no current unit "${slug ?? ''}"`);
  return page;
}
