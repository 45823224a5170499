/**
 * The open-data downloads: figures, models and reports as flat rows, plus a Frictionless
 * Data Package describing every field. Pure: pages turn these into files.
 */
import type { ContentIndex } from './content-index.ts';
import type { Cell } from './csv.ts';
import { formatFigure, isoPartialDate, qualifierWord } from './format.ts';

export interface FieldSpec {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  description: string;
  required?: boolean;
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
  { name: 'period_kind', type: 'string', description: 'range (giai đoạn) hoặc asOf (thời điểm)', required: true },
  { name: 'period_from', type: 'integer', description: 'Năm đầu giai đoạn (first year)' },
  { name: 'period_to', type: 'integer', description: 'Năm cuối giai đoạn (last year)' },
  {
    name: 'as_of',
    type: 'string',
    description: 'Thời điểm, ISO 8601 phần đã biết (YYYY, YYYY-MM, YYYY-MM-DD); rỗng nếu không rõ năm',
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
  { name: 'started', type: 'integer', description: 'Năm bắt đầu, nếu báo cáo nêu' },
  {
    name: 'highlight',
    type: 'boolean',
    description: 'Được Bộ Công an ghi nhận để nhân rộng toàn quốc',
    required: true,
  },
  { name: 'recognitions', type: 'string', description: 'Các ghi nhận: cơ quan (cấp, năm), phân cách bằng “; ”' },
  { name: 'units_figure', type: 'string', description: 'Mã số liệu về quy mô nhân rộng' },
  { name: 'reports', type: 'string', description: 'Mã các báo cáo nguồn, phân cách bằng dấu cách', required: true },
  { name: 'summary', type: 'string', description: 'Tóm tắt bằng lời của cổng', required: true },
];

export const REPORT_FIELDS: readonly FieldSpec[] = [
  { name: 'id', type: 'string', description: 'Mã báo cáo', required: true },
  { name: 'title', type: 'string', description: 'Tiêu đề như in; rỗng nếu báo cáo không in tiêu đề' },
  { name: 'name', type: 'string', description: 'Tên mô tả của cổng', required: true },
  { name: 'publisher', type: 'string', description: 'Cơ quan đăng; rỗng nếu không rõ' },
  { name: 'publisher_as_printed', type: 'string', description: 'Cơ quan đăng như in' },
  { name: 'author', type: 'string', description: 'Tác giả như in' },
  { name: 'published', type: 'string', description: 'Ngày đăng, ISO 8601 phần đã biết; rỗng nếu không rõ năm' },
  { name: 'published_text', type: 'string', description: 'Ngày đăng như in', required: true },
  { name: 'year_inferred', type: 'string', description: 'Lý do suy luận năm, nếu năm không được in' },
  { name: 'province_code', type: 'string', description: 'Mã tỉnh cũ', required: true },
  { name: 'province', type: 'string', description: 'Tên tỉnh cũ', required: true },
  { name: 'province_inferred', type: 'string', description: 'Lý do suy luận tỉnh, nếu báo cáo không nêu' },
  { name: 'figures', type: 'integer', description: 'Số số liệu lấy từ báo cáo', required: true },
  { name: 'source_file', type: 'string', description: 'Tên tệp gốc trong kho nguồn', required: true },
];

export function figureRows(site: ContentIndex): Array<Record<string, Cell>> {
  return site.figures.map((f) => {
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
      period_kind: f.period.kind,
      period_from: f.period.kind === 'range' ? f.period.from : null,
      period_to: f.period.kind === 'range' ? f.period.to : null,
      as_of: f.period.kind === 'asOf' ? isoPartialDate(f.period.date) : null,
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

export function reportRows(site: ContentIndex): Array<Record<string, Cell>> {
  return site.data.reports.map((r) => ({
    id: r.id,
    title: r.title,
    name: r.name,
    publisher: r.publisher.name,
    publisher_as_printed: r.publisher.asPrinted,
    author: r.author,
    published: isoPartialDate(r.published),
    published_text: r.published.text,
    year_inferred: r.published.yearInferred,
    province_code: r.province,
    province: site.provinces.formerByCode(r.province).name,
    province_inferred: r.provinceInferred,
    figures: r.figures.length,
    source_file: r.sourceFile,
  }));
}

/** Frictionless Data Package (v1) descriptor for the three CSV resources. */
export function dataPackage(site: ContentIndex, origin: string): object {
  const schema = (fields: readonly FieldSpec[], key: string) => ({
    fields: fields.map((f) => ({
      name: f.name,
      type: f.type,
      description: f.description,
      ...(f.required ? { constraints: { required: true } } : {}),
    })),
    primaryKey: key,
    missingValues: [''],
  });
  const resource = (name: string, path: string, title: string, fields: readonly FieldSpec[], key: string) => ({
    name,
    path,
    title,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8-sig',
    profile: 'tabular-data-resource',
    schema: schema(fields, key),
  });
  return {
    profile: 'tabular-data-package',
    name: 'antq-mo-hinh-tieu-bieu',
    title: 'Toàn dân bảo vệ an ninh Tổ quốc: mô hình tiêu biểu và số liệu',
    description: `Số liệu (${site.figures.length}), mô hình (${site.data.models.length}) và báo cáo nguồn (${site.data.reports.length}) của cổng thông tin.`,
    homepage: new URL('/du-lieu/', origin).toString(),
    language: 'vi',
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    resources: [
      resource('so-lieu', 'so-lieu.csv', 'Số liệu', FIGURE_FIELDS, 'id'),
      resource('mo-hinh', 'mo-hinh.csv', 'Mô hình', MODEL_FIELDS, 'slug'),
      resource('bao-cao', 'bao-cao.csv', 'Báo cáo nguồn', REPORT_FIELDS, 'id'),
    ],
  };
}
