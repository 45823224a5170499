import { parse as parseYaml } from 'yaml';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import { chartSchema, type Chart } from '../schemas/chart.ts';
import { overviewFrontmatterSchema, type OverviewFrontmatter } from '../schemas/overview.ts';
import { modelSchema, type Model } from '../schemas/model.ts';
import {
  categoriesSchema,
  glossaryListSchema,
  indicatorsSchema,
  provincesSchema,
  type Category,
  type GlossaryEntry,
  type Indicator,
  type Provinces,
} from '../schemas/reference.ts';
import { reportSchema, type Report } from '../schemas/report.ts';
import type { PartialDate, Period } from '../schemas/common.ts';
import type { z } from 'astro/zod';
import { checkSchema } from './schema-check.ts';
import { describeValue, type Problem } from './problems.ts';

/** A content file as read from disk: its project-relative path and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

export interface Article {
  slug: string;
  file: string;
  frontmatter: ArticleFrontmatter;
  body: string;
}

/** Everything in content/, parsed and checked. */
export interface Content {
  provinces: Provinces;
  indicators: Indicator[];
  categories: Category[];
  glossary: GlossaryEntry[];
  reports: Report[];
  models: Model[];
  charts: Chart[];
  articles: Article[];
  overviews: Array<{ file: string; frontmatter: OverviewFrontmatter }>;
}

export const REFERENCE_FILES = {
  provinces: 'content/reference/provinces.json',
  indicators: 'content/reference/indicators.json',
  categories: 'content/reference/categories.json',
  glossary: 'content/reference/glossary.json',
} as const;

function baseName(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.(json|mdx)$/, '');
}

function parseJson(source: SourceFile, problems: Problem[]): unknown {
  try {
    return JSON.parse(source.text) as unknown;
  } catch (error) {
    problems.push({ file: source.file, field: '', message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** Splits "---\nyaml\n---\nbody" and parses the YAML. */
function parseFrontmatter(source: SourceFile, problems: Problem[]): { data: unknown; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source.text);
  if (!match) {
    problems.push({ file: source.file, field: '', message: 'has no frontmatter block between --- lines' });
    return undefined;
  }
  try {
    return { data: parseYaml(match[1] ?? '') as unknown, body: match[2] ?? '' };
  } catch (error) {
    problems.push({
      file: source.file,
      field: '',
      message: `frontmatter is not valid YAML: ${(error as Error).message}`,
    });
    return undefined;
  }
}

function parseWith<T extends z.ZodType>(
  schema: T,
  source: SourceFile | undefined,
  file: string,
  problems: Problem[],
): z.infer<T> | undefined {
  if (!source) {
    problems.push({ file, field: '', message: 'file is missing' });
    return undefined;
  }
  const data = parseJson(source, problems);
  if (data === undefined) return undefined;
  const result = checkSchema(schema, data, source.file);
  if (!result.ok) {
    problems.push(...result.problems);
    return undefined;
  }
  return result.value;
}

/** Every string inside `value`, with its path, so NFC can be checked everywhere. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}/${i}`);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}/${k}`);
}

function checkNfc(file: string, value: unknown, problems: Problem[]): void {
  for (const [path, s] of strings(value, '')) {
    if (s !== s.normalize('NFC'))
      problems.push({ file, field: path, message: `text is not in Unicode NFC form: ${describeValue(s)}` });
  }
}

function daysInMonth(year: number | null, month: number): number {
  // February of an unknown year may have 29 days.
  return new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
}

function checkDate(date: PartialDate, file: string, field: string, problems: Problem[]): void {
  if (date.day !== null && date.month === null)
    problems.push({ file, field: `${field}/month`, message: 'a day is given without its month' });
  if (date.day !== null && date.month !== null && date.day > daysInMonth(date.year, date.month))
    problems.push({ file, field: `${field}/day`, message: `day ${date.day} does not exist in month ${date.month}` });
  if (date.yearInferred !== null && date.year === null)
    problems.push({
      file,
      field: `${field}/yearInferred`,
      message: 'an inference reason is given but the year is null',
    });
}

function checkPeriod(period: Period, file: string, field: string, problems: Problem[]): void {
  if (period.kind === 'range' && period.from > period.to)
    problems.push({
      file,
      field: `${field}/from`,
      message: `period starts (${period.from}) after it ends (${period.to})`,
    });
  if (period.kind === 'asOf') checkDate(period.date, file, `${field}/date`, problems);
}

/** Components an article body may use, with the attribute that references content. */
const BODY_REFERENCES = [
  { tag: 'Figure', attr: 'id', kind: 'figure' },
  { tag: 'Chart', attr: 'id', kind: 'chart' },
  { tag: 'ModelCard', attr: 'slug', kind: 'model' },
] as const;

/**
 * Parses and checks all content. Never drops a record silently: a file with problems is
 * reported, and the returned content is only used when there are no problems at all.
 */
export function validateContent(files: readonly SourceFile[]): {
  problems: Problem[];
  content?: Content;
} {
  const problems: Problem[] = [];
  const byPath = new Map(files.map((f) => [f.file, f]));

  const provinces = parseWith(
    provincesSchema,
    byPath.get(REFERENCE_FILES.provinces),
    REFERENCE_FILES.provinces,
    problems,
  );
  const indicators = parseWith(
    indicatorsSchema,
    byPath.get(REFERENCE_FILES.indicators),
    REFERENCE_FILES.indicators,
    problems,
  );
  const categories = parseWith(
    categoriesSchema,
    byPath.get(REFERENCE_FILES.categories),
    REFERENCE_FILES.categories,
    problems,
  );
  const glossary = parseWith(
    glossaryListSchema,
    byPath.get(REFERENCE_FILES.glossary),
    REFERENCE_FILES.glossary,
    problems,
  );
  checkNfc(REFERENCE_FILES.provinces, provinces, problems);
  checkNfc(REFERENCE_FILES.indicators, indicators, problems);
  checkNfc(REFERENCE_FILES.categories, categories, problems);
  checkNfc(REFERENCE_FILES.glossary, glossary, problems);

  const reports: Array<{ file: string; report: Report }> = [];
  const models: Array<{ file: string; model: Model }> = [];
  const charts: Array<{ file: string; chart: Chart }> = [];
  const articles: Article[] = [];
  const overviews: Content['overviews'] = [];
  for (const source of files) {
    if (source.file.startsWith('content/reports/') && source.file.endsWith('.json')) {
      const report = parseWith(reportSchema, source, source.file, problems);
      if (report) reports.push({ file: source.file, report });
    } else if (source.file.startsWith('content/models/') && source.file.endsWith('.json')) {
      const model = parseWith(modelSchema, source, source.file, problems);
      if (model) models.push({ file: source.file, model });
    } else if (source.file.startsWith('content/charts/') && source.file.endsWith('.json')) {
      const chart = parseWith(chartSchema, source, source.file, problems);
      if (chart) charts.push({ file: source.file, chart });
    } else if (source.file.startsWith('content/articles/') && source.file.endsWith('.mdx')) {
      const parsed = parseFrontmatter(source, problems);
      if (!parsed) continue;
      const result = checkSchema(articleFrontmatterSchema, parsed.data, source.file);
      if (!result.ok) problems.push(...result.problems);
      else
        articles.push({ slug: baseName(source.file), file: source.file, frontmatter: result.value, body: parsed.body });
      checkNfc(source.file, source.text, problems);
    } else if (source.file.startsWith('content/overviews/') && source.file.endsWith('.md')) {
      const parsed = parseFrontmatter(source, problems);
      if (!parsed) continue;
      const result = checkSchema(overviewFrontmatterSchema, parsed.data, source.file);
      if (!result.ok) problems.push(...result.problems);
      else overviews.push({ file: source.file, frontmatter: result.value });
      checkNfc(source.file, source.text, problems);
    } else if (!/^content\/reference\//.test(source.file)) {
      problems.push({
        file: source.file,
        field: '',
        message:
          'is not a kind of content file the site knows (expected .json in reports/, models/ or charts/, .mdx in articles/, .md in overviews/)',
      });
    }
  }
  for (const { file, report } of reports) checkNfc(file, report, problems);
  for (const { file, model } of models) checkNfc(file, model, problems);
  for (const { file, chart } of charts) checkNfc(file, chart, problems);

  // References need the reference files; without them every check below would cascade.
  if (!provinces || !indicators || !categories || !glossary) return { problems };

  checkProvinces(provinces, problems);
  const formerCodes = new Set(provinces.former.map((p) => p.code));
  const indicatorIds = unique(
    indicators.map((i) => i.id),
    REFERENCE_FILES.indicators,
    '/id',
    problems,
  );
  const categoryIds = unique(
    categories.map((c) => c.id),
    REFERENCE_FILES.categories,
    '/id',
    problems,
  );
  unique(
    glossary.map((g) => g.abbr),
    REFERENCE_FILES.glossary,
    '/abbr',
    problems,
  );

  const reportIds = new Set<string>();
  const figureIndex = new Map<
    string,
    { file: string; value: number; report: string; unit: string; indicator: string; outOf: number | undefined }
  >();
  const modelSlugs = new Set(models.map((m) => m.model.slug));
  for (const { file, report } of reports) {
    if (baseName(file) !== report.id)
      problems.push({ file, field: '/id', message: `id "${report.id}" must match the file name "${baseName(file)}"` });
    if (reportIds.has(report.id)) problems.push({ file, field: '/id', message: `duplicate report id "${report.id}"` });
    reportIds.add(report.id);
    if (!formerCodes.has(report.province))
      problems.push({
        file,
        field: '/province',
        message: `unknown province code "${report.province}" (see ${REFERENCE_FILES.provinces})`,
      });
    checkDate(report.published, file, '/published', problems);
    checkPeriod(report.period, file, '/period', problems);
    const ownFigures = new Map(report.figures.map((f) => [f.id, f]));
    for (const [i, figure] of report.figures.entries()) {
      const at = `/figures/${i}`;
      if (figureIndex.has(figure.id))
        problems.push({
          file,
          field: `${at}/id`,
          message: `duplicate figure id "${figure.id}" (also in ${figureIndex.get(figure.id)?.file})`,
        });
      figureIndex.set(figure.id, {
        file,
        value: figure.value,
        report: report.id,
        unit: figure.unit,
        indicator: figure.indicator,
        outOf: figure.outOf,
      });
      if (!indicatorIds.has(figure.indicator))
        problems.push({
          file,
          field: `${at}/indicator`,
          message: `unknown indicator "${figure.indicator}" (see ${REFERENCE_FILES.indicators})`,
        });
      if (figure.model !== undefined && !modelSlugs.has(figure.model))
        problems.push({
          file,
          field: `${at}/model`,
          message: `no model with slug "${figure.model}" in content/models/`,
        });
      if (figure.outOf !== undefined && figure.value > figure.outOf)
        problems.push({
          file,
          field: `${at}/value`,
          message: `value ${figure.value} is larger than outOf ${figure.outOf}`,
        });
      if (figure.unit === '%' && figure.value > 100)
        problems.push({ file, field: `${at}/value`, message: `a percentage of ${figure.value} is over 100` });
      checkPeriod(figure.period, file, `${at}/period`, problems);
      if (figure.parts) {
        const parts = figure.parts.map((id) => ownFigures.get(id));
        figure.parts.forEach((id, j) => {
          if (!ownFigures.has(id))
            problems.push({ file, field: `${at}/parts/${j}`, message: `no figure "${id}" in this report` });
          if (id === figure.id)
            problems.push({ file, field: `${at}/parts/${j}`, message: 'a figure cannot be its own part' });
        });
        const found = parts.filter((p) => p !== undefined);
        if (found.length === parts.length) {
          const sum = found.reduce((total, p) => total + p.value, 0);
          const allExact = figure.qualifier === 'exact' && found.every((p) => p.qualifier === 'exact');
          if (allExact && sum !== figure.value)
            problems.push({ file, field: `${at}/parts`, message: `parts add up to ${sum}, not ${figure.value}` });
          if (!allExact && sum > figure.value && figure.qualifier !== 'over' && figure.qualifier !== 'about')
            problems.push({
              file,
              field: `${at}/parts`,
              message: `parts add up to ${sum}, more than the total ${figure.value}`,
            });
        }
      }
    }
  }

  const slugsSeen = new Set<string>();
  for (const { file, model } of models) {
    if (baseName(file) !== model.slug)
      problems.push({
        file,
        field: '/slug',
        message: `slug "${model.slug}" must match the file name "${baseName(file)}"`,
      });
    if (slugsSeen.has(model.slug))
      problems.push({ file, field: '/slug', message: `duplicate model slug "${model.slug}"` });
    slugsSeen.add(model.slug);
    if (!formerCodes.has(model.province))
      problems.push({
        file,
        field: '/province',
        message: `unknown province code "${model.province}" (see ${REFERENCE_FILES.provinces})`,
      });
    if (!categoryIds.has(model.category))
      problems.push({
        file,
        field: '/category',
        message: `unknown category "${model.category}" (see ${REFERENCE_FILES.categories})`,
      });
    model.reports.forEach((id, j) => {
      if (!reportIds.has(id))
        problems.push({ file, field: `/reports/${j}`, message: `no report with id "${id}" in content/reports/` });
    });
    if (model.units !== null && !figureIndex.has(model.units))
      problems.push({ file, field: '/units', message: `no figure with id "${model.units}" in any report` });
    const nationwide = model.recognitions.some((r) => r.nationwide && r.level === 'national');
    if (model.highlight !== nationwide)
      problems.push({
        file,
        field: '/highlight',
        message: model.highlight
          ? 'highlight is true but no recognition is national and nationwide'
          : 'a national recognition for nationwide replication is recorded, so highlight must be true',
      });
  }

  const chartIds = new Set<string>();
  for (const { file, chart } of charts) {
    if (baseName(file) !== chart.id)
      problems.push({ file, field: '/id', message: `id "${chart.id}" must match the file name "${baseName(file)}"` });
    if (chartIds.has(chart.id)) problems.push({ file, field: '/id', message: `duplicate chart id "${chart.id}"` });
    chartIds.add(chart.id);
    if (!('items' in chart)) continue;
    chart.items.forEach((item, j) => {
      if (!figureIndex.has(item.figure))
        problems.push({
          file,
          field: `/items/${j}/figure`,
          message: `no figure with id "${item.figure}" in any report`,
        });
    });
    // Bars on one scale must measure the same thing: one unit, or one indicator whose units
    // are spelled differently by different reports ("tin", "nguồn tin"). Groups may differ.
    const groups = new Map<string, Array<{ unit: string; indicator: string }>>();
    for (const item of chart.items) {
      const found = figureIndex.get(item.figure);
      if (!found) continue;
      const key = chart.type === 'grouped-bar' ? (item.group ?? '') : '';
      groups.set(key, [...(groups.get(key) ?? []), found]);
    }
    for (const members of groups.values()) {
      const units = new Set(members.map((f) => f.unit));
      const indicators = new Set(members.map((f) => f.indicator));
      if (units.size > 1 && indicators.size > 1)
        problems.push({
          file,
          field: '/items',
          message: `figures on one scale must share a unit or an indicator; found units ${[...units].map((u) => `"${u}"`).join(', ')}`,
        });
    }
    const first = figureIndex.get(chart.items[0]?.figure ?? '');
    if (chart.type === 'proportion' && first && first.outOf === undefined)
      problems.push({ file, field: '/items/0/figure', message: 'a proportion chart needs a figure with outOf' });
  }

  for (const { file, frontmatter } of overviews) {
    if (!formerCodes.has(frontmatter.province) && !provinces.current.some((c) => c.code === frontmatter.province))
      problems.push({ file, field: '/province', message: `unknown province code "${frontmatter.province}"` });
  }

  for (const article of articles) {
    const { file, frontmatter: fm } = article;
    fm.provinces.forEach((code, j) => {
      if (!formerCodes.has(code) && !provinces.current.some((c) => c.code === code))
        problems.push({ file, field: `/provinces/${j}`, message: `unknown province code "${code}"` });
    });
    fm.models.forEach((slug, j) => {
      if (!modelSlugs.has(slug))
        problems.push({ file, field: `/models/${j}`, message: `no model with slug "${slug}"` });
    });
    fm.reports.forEach((id, j) => {
      if (!reportIds.has(id)) problems.push({ file, field: `/reports/${j}`, message: `no report with id "${id}"` });
    });
    if (fm.hero !== undefined && !figureIndex.has(fm.hero))
      problems.push({ file, field: '/hero', message: `no figure with id "${fm.hero}"` });
    for (const ref of BODY_REFERENCES) {
      const pattern = new RegExp(`<${ref.tag}\\b[^>]*\\b${ref.attr}=["']([^"']*)["']`, 'g');
      for (const match of article.body.matchAll(pattern)) {
        const value = match[1] ?? '';
        const known =
          ref.kind === 'figure'
            ? figureIndex.has(value)
            : ref.kind === 'model'
              ? modelSlugs.has(value)
              : chartIds.has(value);
        if (!known)
          problems.push({
            file,
            field: `body <${ref.tag} ${ref.attr}="${value}">`,
            message: `no ${ref.kind} with that ${ref.attr}`,
          });
      }
    }
  }

  if (problems.length > 0) return { problems };
  return {
    problems,
    content: {
      provinces,
      indicators,
      categories,
      glossary,
      reports: reports.map((r) => r.report),
      models: models.map((m) => m.model),
      charts: charts.map((c) => c.chart),
      articles,
      overviews,
    },
  };
}

function unique(values: string[], file: string, field: string, problems: Problem[]): Set<string> {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v)) problems.push({ file, field: `/${i}${field}`, message: `duplicate "${v}"` });
    seen.add(v);
  });
  return seen;
}

function checkProvinces(provinces: Provinces, problems: Problem[]): void {
  const file = REFERENCE_FILES.provinces;
  const current = new Map(provinces.current.map((c) => [c.code, c]));
  unique(
    provinces.former.map((p) => p.code),
    file,
    '/code',
    problems,
  );
  unique(
    provinces.current.map((p) => p.code),
    file,
    '/code',
    problems,
  );
  unique(
    provinces.current.map((p) => `${p.tile.col},${p.tile.row}`),
    file,
    '/tile',
    problems,
  );
  provinces.former.forEach((p, i) => {
    const target = current.get(p.mergedInto);
    if (!target)
      problems.push({ file, field: `/former/${i}/mergedInto`, message: `no current unit with code "${p.mergedInto}"` });
    // A former province may share a slug only with the unit it became (same name, one page).
    const clash = provinces.current.find((c) => c.slug === p.slug && c.code !== p.mergedInto);
    if (clash)
      problems.push({
        file,
        field: `/former/${i}/slug`,
        message: `slug "${p.slug}" is also the slug of another current unit`,
      });
  });
  provinces.current.forEach((c, i) => {
    if (!provinces.former.some((p) => p.mergedInto === c.code))
      problems.push({ file, field: `/current/${i}/code`, message: `no former province is merged into "${c.code}"` });
    if (c.seatFormer !== null && provinces.former.find((p) => p.code === c.seatFormer)?.mergedInto !== c.code)
      problems.push({
        file,
        field: `/current/${i}/seatFormer`,
        message: `"${c.seatFormer}" is not a former province of this unit`,
      });
  });
}
