/**
 * The open-data downloads: figures, models and reports as flat rows, plus a Frictionless
 * Data Package (v1) describing every field and how the tables link. Pure: pages turn
 * these into files.
 */
import type { PartialDate } from '../schemas/common.ts';
import type { ContentIndex, SourcedFigure } from './content-index.ts';
import type { Cell } from './csv.ts';
import { formatFigure, isoPartialDate, qualifierWord } from './format.ts';
import { reportPath } from './links.ts';
import { DATA_LICENSE, SITE_NAME, SITE_NAME_EN, absoluteUrl } from './site.ts';

/** A column: its Table Schema type, what it holds, and whether every row has it. */
export interface FieldSpec {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'year';
  description: string;
  required?: boolean;
  minimum?: number;
  maximum?: number;
}

export const FIGURE_FIELDS: readonly FieldSpec[] = [
  { name: 'id', type: 'string', description: 'Mã số liệu, duy nhất (figure id)', required: true },
  { name: 'report_id', type: 'string', description: 'Mã báo cáo nguồn (source report id)', required: true },
  {
    name: 'province_code',
    type: 'string',
    description: 'Mã tỉnh cũ theo danh mục thống kê (former province code)',
    required: true,
  },
  {
    name: 'province',
    type: 'string',
    description: 'Tên tỉnh cũ khi báo cáo được viết (former province)',
    required: true,
  },
  {
    name: 'province_inferred',
    type: 'boolean',
    description: 'Tỉnh được suy luận vì báo cáo không in tên tỉnh',
    required: true,
  },
  {
    name: 'current_code',
    type: 'string',
    description: 'Mã đơn vị cấp tỉnh từ 01/07/2025 (current unit code)',
    required: true,
  },
  {
    name: 'current_province',
    type: 'string',
    description: 'Tên đơn vị cấp tỉnh từ 01/07/2025 (current unit)',
    required: true,
  },
  { name: 'indicator', type: 'string', description: 'Mã chỉ tiêu (indicator id, see indicators)', required: true },
  { name: 'indicator_name', type: 'string', description: 'Tên chỉ tiêu', required: true },
  {
    name: 'label',
    type: 'string',
    description: 'Đối tượng được đếm, như báo cáo gọi (what is counted)',
    required: true,
  },
  {
    name: 'value',
    type: 'number',
    description: 'Giá trị; phần trăm ghi 7.39 (value; percentages as 7.39)',
    required: true,
  },
  { name: 'out_of', type: 'number', description: 'Tổng số khi số liệu là tỷ lệ “123/131” (the whole of a share)' },
  { name: 'unit', type: 'string', description: 'Đơn vị (unit)', required: true },
  { name: 'qualifier', type: 'string', description: 'exact | over | about | nearly | under', required: true },
  { name: 'qualifier_word', type: 'string', description: 'Chữ báo cáo dùng: trên, hơn, khoảng, gần, dưới hoặc rỗng' },
  {
    name: 'display',
    type: 'string',
    description: 'Cách viết đầy đủ, kèm từ định lượng (as displayed)',
    required: true,
  },
  {
    name: 'kind',
    type: 'string',
    description: 'result (kết quả đã đạt) hoặc target (chỉ tiêu, mục tiêu đề ra)',
    required: true,
  },
  { name: 'period_kind', type: 'string', description: 'range (giai đoạn) hoặc asOf (thời điểm)', required: true },
  { name: 'period_from', type: 'year', description: 'Năm đầu giai đoạn (first year)' },
  { name: 'period_to', type: 'year', description: 'Năm cuối giai đoạn (last year)' },
  {
    name: 'as_of',
    type: 'date',
    description: 'Thời điểm, khi biết đủ ngày, tháng, năm (as-of date); rỗng nếu thiếu phần nào',
  },
  { name: 'as_of_year', type: 'year', description: 'Năm của thời điểm, khi biết (year of the as-of date)' },
  {
    name: 'as_of_month',
    type: 'integer',
    description: 'Tháng của thời điểm, khi biết (month of the as-of date)',
    minimum: 1,
    maximum: 12,
  },
  { name: 'as_of_text', type: 'string', description: 'Thời điểm như báo cáo in (as printed)' },
  { name: 'scope', type: 'string', description: 'Phạm vi (scope)', required: true },
  { name: 'model', type: 'string', description: 'Mã mô hình, nếu số liệu nói về một mô hình (model slug)' },
  { name: 'note', type: 'string', description: 'Ghi chú của cổng thông tin (note)' },
];

export const MODEL_FIELDS: readonly FieldSpec[] = [
  { name: 'slug', type: 'string', description: 'Mã mô hình, dùng trong địa chỉ /mo-hinh/<slug>/', required: true },
  { name: 'name', type: 'string', description: 'Tên mô hình như báo cáo in', required: true },
  { name: 'province_code', type: 'string', description: 'Mã tỉnh cũ', required: true },
  { name: 'province', type: 'string', description: 'Tên tỉnh cũ', required: true },
  { name: 'current_province', type: 'string', description: 'Đơn vị cấp tỉnh từ 01/07/2025', required: true },
  { name: 'place', type: 'string', description: 'Nơi thực hiện như báo cáo in (địa danh trước 01/07/2025)' },
  { name: 'category', type: 'string', description: 'Mã loại mô hình', required: true },
  { name: 'category_name', type: 'string', description: 'Tên loại mô hình', required: true },
  { name: 'started', type: 'year', description: 'Năm bắt đầu, nếu báo cáo nêu' },
  {
    name: 'highlight',
    type: 'boolean',
    description: 'Được Bộ Công an ghi nhận để nhân rộng toàn quốc',
    required: true,
  },
  { name: 'recognitions', type: 'string', description: 'Các ghi nhận: cơ quan (cấp, năm), phân cách bằng “; ”' },
  { name: 'units_figure', type: 'string', description: 'Mã số liệu về quy mô nhân rộng' },
  {
    name: 'reports',
    type: 'string',
    description: 'Mã các báo cáo nguồn, phân cách bằng dấu cách (từng cặp ở mo-hinh-bao-cao.csv)',
    required: true,
  },
  { name: 'summary', type: 'string', description: 'Tóm tắt bằng lời của cổng', required: true },
];

export const REPORT_FIELDS: readonly FieldSpec[] = [
  { name: 'id', type: 'string', description: 'Mã báo cáo', required: true },
  { name: 'title', type: 'string', description: 'Tiêu đề như in; rỗng nếu báo cáo không in tiêu đề' },
  { name: 'name', type: 'string', description: 'Tên mô tả của cổng', required: true },
  { name: 'publisher', type: 'string', description: 'Cơ quan đăng; rỗng nếu không rõ' },
  { name: 'publisher_as_printed', type: 'string', description: 'Cơ quan đăng như in' },
  { name: 'author', type: 'string', description: 'Tác giả như in' },
  { name: 'published', type: 'date', description: 'Ngày đăng, khi biết đủ ngày, tháng, năm' },
  { name: 'published_year', type: 'year', description: 'Năm đăng, khi biết (in hoặc suy luận)' },
  { name: 'published_month', type: 'integer', description: 'Tháng đăng, khi biết', minimum: 1, maximum: 12 },
  { name: 'published_text', type: 'string', description: 'Ngày đăng như in', required: true },
  { name: 'year_inferred', type: 'string', description: 'Lý do suy luận năm, nếu năm không được in' },
  { name: 'province_code', type: 'string', description: 'Mã tỉnh cũ', required: true },
  { name: 'province', type: 'string', description: 'Tên tỉnh cũ', required: true },
  { name: 'province_inferred', type: 'string', description: 'Lý do suy luận tỉnh, nếu báo cáo không nêu' },
  { name: 'figures', type: 'integer', description: 'Số số liệu lấy từ báo cáo', required: true },
  { name: 'source_file', type: 'string', description: 'Tên tệp gốc trong kho nguồn', required: true },
];

/** One row per model and report that names it: a model may cite several reports. */
export const MODEL_REPORT_FIELDS: readonly FieldSpec[] = [
  { name: 'model', type: 'string', description: 'Mã mô hình (model slug)', required: true },
  { name: 'report_id', type: 'string', description: 'Mã báo cáo nêu mô hình (report id)', required: true },
];

/** A partial date as three typed columns: the full date only when day, month and year are all known. */
function dateColumns(date: PartialDate): { date: string | null; year: number | null; month: number | null } {
  const full = date.year !== null && date.month !== null && date.day !== null;
  return {
    date: full ? isoPartialDate(date) : null,
    year: date.year,
    month: date.month,
  };
}

/** Figures as rows of so-lieu.csv: all of them, or those given (one report's). */
export function figureRows(
  site: ContentIndex,
  figures: readonly SourcedFigure[] = site.figures,
): Array<Record<string, Cell>> {
  return figures.map((f) => {
    const asOf = f.period.kind === 'asOf' ? dateColumns(f.period.date) : undefined;
    const former = site.provinces.formerByCode(f.report.province);
    const current = site.provinces.currentOf(former.code);
    return {
      id: f.id,
      report_id: f.report.id,
      province_code: former.code,
      province: former.name,
      province_inferred: f.report.provinceInferred !== null,
      current_code: current.code,
      current_province: current.name,
      indicator: f.indicator,
      indicator_name: site.indicator(f.indicator).name,
      label: f.label,
      value: f.value,
      out_of: f.outOf,
      unit: f.unit,
      qualifier: f.qualifier,
      qualifier_word: qualifierWord(f.qualifier, f.qualifierWord),
      display: formatFigure(f),
      kind: f.kind ?? 'result',
      period_kind: f.period.kind,
      period_from: f.period.kind === 'range' ? f.period.from : null,
      period_to: f.period.kind === 'range' ? f.period.to : null,
      as_of: asOf?.date ?? null,
      as_of_year: asOf?.year ?? null,
      as_of_month: asOf?.month ?? null,
      as_of_text: f.period.kind === 'asOf' ? f.period.date.text : null,
      scope: f.scope,
      model: f.model,
      note: f.note,
    };
  });
}

export function modelRows(site: ContentIndex): Array<Record<string, Cell>> {
  return site.data.models.map((m) => ({
    slug: m.slug,
    name: m.name,
    province_code: m.province,
    province: site.provinces.formerByCode(m.province).name,
    current_province: site.provinces.currentOf(m.province).name,
    place: m.place,
    category: m.category,
    category_name: site.category(m.category).name,
    started: m.started,
    highlight: m.highlight,
    recognitions: m.recognitions.map((r) => `${r.by} (${r.level}, ${r.year ?? 'không rõ năm'})`).join('; '),
    units_figure: m.units,
    reports: m.reports.join(' '),
    summary: m.summary,
  }));
}

export function modelReportRows(site: ContentIndex): Array<Record<string, Cell>> {
  return site.data.models.flatMap((m) => m.reports.map((report) => ({ model: m.slug, report_id: report })));
}

export function reportRows(site: ContentIndex): Array<Record<string, Cell>> {
  return site.data.reports.map((r) => {
    const published = dateColumns(r.published);
    return {
      id: r.id,
      title: r.title,
      name: r.name,
      publisher: r.publisher.name,
      publisher_as_printed: r.publisher.asPrinted,
      author: r.author,
      published: published.date,
      published_year: published.year,
      published_month: published.month,
      published_text: r.published.text,
      year_inferred: r.published.yearInferred,
      province_code: r.province,
      province: site.provinces.formerByCode(r.province).name,
      province_inferred: r.provinceInferred,
      figures: r.figures.length,
      source_file: r.sourceFile,
    };
  });
}

interface ForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

/** One table of the data package: its file, columns, keys and rows. */
export interface OpenDataTable {
  /** Resource name and file name without ".csv". */
  name: string;
  title: string;
  fields: readonly FieldSpec[];
  primaryKey: string | string[];
  foreignKeys: ForeignKey[];
  rows(site: ContentIndex): Array<Record<string, Cell>>;
}

const references = (field: string, resource: string, target: string): ForeignKey => ({
  fields: field,
  reference: { resource, fields: target },
});

export const OPEN_DATA_TABLES: readonly OpenDataTable[] = [
  {
    name: 'so-lieu',
    title: 'Số liệu',
    fields: FIGURE_FIELDS,
    primaryKey: 'id',
    foreignKeys: [references('report_id', 'bao-cao', 'id'), references('model', 'mo-hinh', 'slug')],
    rows: (site) => figureRows(site),
  },
  {
    name: 'mo-hinh',
    title: 'Mô hình',
    fields: MODEL_FIELDS,
    primaryKey: 'slug',
    foreignKeys: [],
    rows: modelRows,
  },
  {
    name: 'mo-hinh-bao-cao',
    title: 'Mô hình và báo cáo nêu mô hình',
    fields: MODEL_REPORT_FIELDS,
    primaryKey: ['model', 'report_id'],
    foreignKeys: [references('model', 'mo-hinh', 'slug'), references('report_id', 'bao-cao', 'id')],
    rows: modelReportRows,
  },
  {
    name: 'bao-cao',
    title: 'Báo cáo nguồn',
    fields: REPORT_FIELDS,
    primaryKey: 'id',
    foreignKeys: [],
    rows: reportRows,
  },
];

/** The file of a table inside the data package: UTF-8 without a byte-order mark. */
export const packageFile = (table: OpenDataTable): string => `${table.name}.csv`;
/** The same table for Excel, which reads UTF-8 only after a byte-order mark. */
export const excelFile = (table: OpenDataTable): string => `${table.name}-excel.csv`;

/** The data package's name and title, which the spreadsheet downloads carry too. */
export const DATA_PACKAGE_DESCRIPTOR = {
  name: 'antq-mo-hinh-tieu-bieu',
  title: 'Toàn dân bảo vệ an ninh Tổ quốc: mô hình tiêu biểu và số liệu',
} as const;

/** What reuse asks beyond the licence: the figures themselves belong to the source reports. */
export const REUSE_NOTE =
  'Số liệu gốc thuộc các báo cáo nguồn; khi dùng lại, xin ghi cả cổng thông tin và báo cáo nguồn.';

/** How to cite the whole dataset, in Vietnamese and in English: the data page and the spreadsheet show it. */
export function datasetCitations(origin: string | URL): { vi: string; en: string } {
  const year = 2026;
  const url = absoluteUrl('/du-lieu/', origin);
  return {
    vi: `${SITE_NAME} (${year}). Dữ liệu số liệu và mô hình. ${url}`,
    en: `${SITE_NAME_EN} (${year}). Figures and models dataset. ${url}`,
  };
}

/** The source reports: id, title as printed (or the portal's name for it) and page on the portal. */
export function packageSources(site: ContentIndex, origin: string): Array<{ id: string; title: string; path: string }> {
  return site.data.reports.map((r) => ({
    id: r.id,
    title: r.title ?? r.name,
    path: new URL(reportPath(r.id), origin).toString(),
  }));
}

/**
 * Frictionless Data Package (v1) descriptor for the CSV tables. The files it names carry
 * no byte-order mark: "utf-8-sig" is no encoding name the Frictionless libraries know,
 * and with "utf-8" a mark would become part of the first column's name.
 */
export function dataPackage(site: ContentIndex, origin: string): object {
  const field = (f: FieldSpec) => {
    const constraints = {
      ...(f.required ? { required: true } : {}),
      ...(f.minimum !== undefined ? { minimum: f.minimum } : {}),
      ...(f.maximum !== undefined ? { maximum: f.maximum } : {}),
    };
    return {
      name: f.name,
      type: f.type,
      description: f.description,
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    };
  };
  return {
    profile: 'tabular-data-package',
    name: DATA_PACKAGE_DESCRIPTOR.name,
    title: DATA_PACKAGE_DESCRIPTOR.title,
    description: `Số liệu (${site.figures.length}), mô hình (${site.data.models.length}) và báo cáo nguồn (${site.data.reports.length}) của cổng thông tin.`,
    homepage: new URL('/du-lieu/', origin).toString(),
    language: 'vi',
    licenses: [{ name: DATA_LICENSE.name, path: DATA_LICENSE.url, title: DATA_LICENSE.title }],
    sources: packageSources(site, origin).map(({ title, path }) => ({ title, path })),
    resources: OPEN_DATA_TABLES.map((table) => ({
      name: table.name,
      path: packageFile(table),
      title: table.title,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      profile: 'tabular-data-resource',
      schema: {
        fields: table.fields.map(field),
        primaryKey: table.primaryKey,
        ...(table.foreignKeys.length > 0 ? { foreignKeys: table.foreignKeys } : {}),
        missingValues: [''],
      },
    })),
  };
}
