/**
 * The open data as one spreadsheet (.xlsx and .ods): a first sheet that explains the columns,
 * qualifiers, licence and sources, then one sheet per table of the data package, with the same
 * columns as its CSV file. Every cell is typed from the column's Table Schema type in
 * src/lib/open-data.ts (the single description of the columns): numbers are numbers, codes
 * and every other text are text (a province code "06" keeps its zero), dates are dates.
 *
 * A text cell is stored as text, never as a formula, whatever it starts with: unlike a CSV,
 * a typed workbook needs no "'" prefix, so the values stay exactly those of the data package.
 * Pure: src/lib/workbook-file.ts turns the model into bytes.
 */
import { QUALIFIER_LABELS, qualifier as qualifierSchema } from '../schemas/common.ts';
import type { ContentIndex } from './content-index.ts';
import type { Cell } from './csv.ts';
import { qualifierWord } from './format.ts';
import {
  DATA_PACKAGE_DESCRIPTOR,
  OPEN_DATA_TABLES,
  REUSE_NOTE,
  datasetCitations,
  packageFile,
  packageSources,
  type FieldSpec,
  type OpenDataTable,
} from './open-data.ts';
import { DATA_LICENSE } from './site.ts';

export type SheetCell =
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  /** A calendar date, "yyyy-mm-dd". */
  | { type: 'date'; value: string }
  | null;

export interface Sheet {
  /** At most 31 characters, none of : \ / ? * [ ] (the limits of Excel). */
  name: string;
  rows: SheetCell[][];
  /** Column widths in characters. */
  widths: number[];
  /** The first row names the columns: spreadsheets offer a filter on it. */
  header: boolean;
}

export interface WorkbookModel {
  title: string;
  sheets: Sheet[];
}

/** The name of the first sheet, which explains the others. */
export const README_SHEET = 'gioi-thieu';

/** The workbook's file name, without the extension: the data package's name. */
export const WORKBOOK_NAME = DATA_PACKAGE_DESCRIPTOR.name;

/**
 * Excel refuses a cell holding more characters than this. One content field cannot reach it
 * (src/validation/limits.ts allows 20,000), but a joined column such as recognitions could.
 */
export const MAX_TEXT = 32_767;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Characters XML 1.0 cannot carry: a workbook holding one would not open. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

/** How the first sheet names each column type, in Vietnamese with the Table Schema word. */
export const TYPE_LABELS: Record<FieldSpec['type'], string> = {
  string: 'văn bản (text)',
  number: 'số (number)',
  integer: 'số nguyên (integer)',
  boolean: 'đúng/sai (boolean: TRUE/FALSE)',
  date: 'ngày (date, yyyy-mm-dd)',
  year: 'năm (year, số)',
};

export const text = (value: string): SheetCell => {
  if (value.length > MAX_TEXT) throw new Error(`a text of ${value.length} characters (at most ${MAX_TEXT})`);
  if (XML_FORBIDDEN.test(value)) throw new Error(`a control character in the text "${value.slice(0, 40)}"`);
  return { type: 'text', value };
};

function typed(field: FieldSpec, value: Cell): SheetCell {
  if (value === null || value === undefined || value === '') return null;
  const wrong = () => new Error(`of type ${field.type} but holds ${JSON.stringify(value)}`);
  switch (field.type) {
    case 'string':
      if (typeof value !== 'string') throw wrong();
      return text(value);
    case 'number':
    case 'integer':
    case 'year':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw wrong();
      if (field.type !== 'number' && !Number.isInteger(value)) throw wrong();
      return { type: 'number', value };
    case 'boolean':
      if (typeof value !== 'boolean') throw wrong();
      return { type: 'boolean', value };
    case 'date': {
      const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
      if (!match) throw wrong();
      const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(year, month - 1, day));
      if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) throw wrong();
      return { type: 'date', value: value as string };
    }
  }
}

/** A cell's width in characters, for the column widths. */
function cellWidth(cell: SheetCell): number {
  if (cell === null) return 0;
  if (cell.type === 'date') return 10;
  return String(cell.value).length;
}

function widths(rows: SheetCell[][], max: number): number[] {
  const out: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      out[i] = Math.min(max, Math.max(out[i] ?? 8, cellWidth(cell) + 1));
    });
  return out;
}

/** One table as a sheet: its column names, then its rows, each cell typed from its column. */
export function tableSheet(
  table: Pick<OpenDataTable, 'name' | 'fields'>,
  rows: ReadonlyArray<Record<string, Cell>>,
): Sheet {
  const body = rows.map((row, i) =>
    table.fields.map((field) => {
      try {
        return typed(field, row[field.name]);
      } catch (error) {
        const key = table.fields[0] ? ` (${String(row[table.fields[0].name])})` : '';
        throw new Error(`${table.name}, row ${i + 1}${key}, column ${field.name}: ${(error as Error).message}`, {
          cause: error,
        });
      }
    }),
  );
  const all = [table.fields.map((f) => text(f.name)), ...body];
  return { name: table.name, rows: all, widths: widths(all, 50), header: true };
}

const t = (value: string | null | undefined): SheetCell => (value ? text(value) : null);

/** The first sheet: what the workbook holds and how to read and reuse it. */
export function readmeSheet(
  tables: ReadonlyArray<{ table: OpenDataTable; rows: number }>,
  sources: ReadonlyArray<{ id: string; title: string; path: string }>,
  origin: string,
): Sheet {
  const rows: SheetCell[][] = [];
  const add = (...cells: SheetCell[]) => rows.push(cells);
  const heading = (vi: string) => {
    rows.push([]);
    add(text(vi));
  };
  add(text(DATA_PACKAGE_DESCRIPTOR.title));
  add(
    text(
      'Bảng tính này chứa cùng dữ liệu với các tệp CSV của gói dữ liệu (Frictionless data package): mỗi bảng một ' +
        'trang tính (sheet), cùng tên cột. Số là số (number), mã (code) là văn bản, ngày là ngày (date).',
    ),
  );
  add(text('Trang dữ liệu (homepage)'), text(new URL('/du-lieu/', origin).toString()));
  add(text('Mô tả gói dữ liệu (datapackage.json)'), text(new URL('/du-lieu/datapackage.json', origin).toString()));

  heading('Các trang tính (sheets)');
  add(text('Trang tính (sheet)'), text('Nội dung (content)'), text('Số dòng (rows)'), text('Tệp CSV (file)'));
  for (const { table, rows: count } of tables)
    add(text(table.name), text(table.title), { type: 'number', value: count }, text(packageFile(table)));

  heading('Các cột (columns)');
  add(
    text('Trang tính (sheet)'),
    text('Cột (column)'),
    text('Kiểu (type)'),
    text('Bắt buộc (required)'),
    text('Ý nghĩa (description)'),
  );
  for (const { table } of tables)
    for (const field of table.fields)
      add(
        text(table.name),
        text(field.name),
        text(TYPE_LABELS[field.type]),
        text(field.required ? 'có (yes)' : 'không (no)'),
        text(field.description),
      );

  heading('Từ định lượng (qualifiers), cột qualifier');
  add(
    text(
      'Từ định lượng cho biết con số là đúng số hay ước lượng, như báo cáo in. Khi trích một số liệu, giữ từ định ' +
        'lượng: cột display viết sẵn số liệu như báo cáo in (keep the qualifier when quoting).',
    ),
  );
  add(text('Mã (code)'), text('Chữ báo cáo dùng (Vietnamese)'), text('English'));
  for (const code of qualifierSchema.options)
    add(text(code), text(QUALIFIER_LABELS[code]), text(qualifierWord(code, undefined, 'en-GB') || 'exact'));

  heading('Giấy phép (licence)');
  add(text(`${DATA_LICENSE.title} (${DATA_LICENSE.name})`), text(DATA_LICENSE.url));
  add(text(REUSE_NOTE));

  heading('Cách trích dẫn (citation)');
  const citations = datasetCitations(origin);
  add(text('Tiếng Việt'), text(citations.vi));
  add(text('English'), text(citations.en));
  add(
    text('Khi trích một số liệu, ghi cả báo cáo nguồn (cột report_id). When quoting a figure, cite its source report.'),
  );

  heading('Báo cáo nguồn (sources)');
  add(text('Mã báo cáo (report_id)'), text('Tiêu đề (title)'), text('Địa chỉ (URL)'));
  for (const source of sources) add(text(source.id), t(source.title), text(source.path));

  return { name: README_SHEET, rows, widths: [24, 40, 24, 20, 60], header: false };
}

/** The whole workbook: the explanation, then every table of the data package. */
export function openDataWorkbook(
  site: ContentIndex,
  origin: string,
  tables: readonly OpenDataTable[] = OPEN_DATA_TABLES,
): WorkbookModel {
  const withRows = tables.map((table) => ({ table, rows: table.rows(site) }));
  const counted = withRows.map(({ table, rows }) => ({ table, rows: rows.length }));
  return {
    title: DATA_PACKAGE_DESCRIPTOR.title,
    sheets: [
      readmeSheet(counted, packageSources(site, origin), origin),
      ...withRows.map(({ table, rows }) => tableSheet(table, rows)),
    ],
  };
}
