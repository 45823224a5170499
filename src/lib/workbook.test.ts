import { describe, expect, it } from 'vitest';
import { qualifier } from '../schemas/common.ts';
import { readContentFiles } from '../validation/read-content.ts';
import { LIMITS } from '../validation/limits.ts';
import { validateContent } from '../validation/validate.ts';
import { indexContent, type ContentData } from './content-index.ts';
import { OPEN_DATA_TABLES, datasetCitations, packageFile, type FieldSpec } from './open-data.ts';
import { DATA_LICENSE } from './site.ts';
import {
  MAX_TEXT,
  README_SHEET,
  TYPE_LABELS,
  openDataWorkbook,
  tableSheet,
  type Sheet,
  type SheetCell,
} from './workbook.ts';

const { content, problems } = validateContent(readContentFiles('content'));
if (!content) throw new Error(`content does not validate: ${problems.map((p) => p.message).join('; ')}`);
const site = indexContent(content);
const ORIGIN = 'https://antq.example.vn/';

const FIELDS: FieldSpec[] = [
  { name: 'code', type: 'string', description: 'mã' },
  { name: 'value', type: 'number', description: 'giá trị' },
  { name: 'year', type: 'year', description: 'năm' },
  { name: 'flag', type: 'boolean', description: 'cờ' },
  { name: 'day', type: 'date', description: 'ngày' },
];
const sheetOf = (rows: Array<Record<string, unknown>>) =>
  tableSheet({ name: 'thu', fields: FIELDS }, rows as Array<Record<string, string | number | boolean | null>>);

/** The plain values of a sheet's rows, for comparing with rows of the data package. */
const plain = (sheet: Sheet) => sheet.rows.map((row) => row.map((cell) => cell?.value ?? null));

describe('tableSheet', () => {
  it('types each cell from its column: codes stay text, numbers numbers, dates dates, empty cells empty', () => {
    const sheet = sheetOf([{ code: '06', value: 7.39, year: 2023, flag: false, day: '2023-06-30' }, { code: '38' }]);
    expect(sheet.rows).toEqual([
      FIELDS.map((f) => ({ type: 'text', value: f.name })),
      [
        { type: 'text', value: '06' },
        { type: 'number', value: 7.39 },
        { type: 'number', value: 2023 },
        { type: 'boolean', value: false },
        { type: 'date', value: '2023-06-30' },
      ],
      [{ type: 'text', value: '38' }, null, null, null, null],
    ]);
    expect(sheet.header).toBe(true);
  });

  it('keeps a text that would start a formula as that exact text', () => {
    for (const hostile of ['=HYPERLINK("http://x.example","bấm")', '+1', '-2', '@SUM(A1)', '\tx', '\rx'])
      expect(sheetOf([{ code: hostile }]).rows[1]![0]).toEqual({ type: 'text', value: hostile });
  });

  it('refuses a value that does not fit its column, naming the table, row and column', () => {
    expect(() => sheetOf([{ code: '06' }, { code: 6 }])).toThrow(
      'thu, row 2 (6), column code: of type string but holds 6',
    );
    expect(() => sheetOf([{ code: 'a', value: '7.39' }])).toThrow(
      'thu, row 1 (a), column value: of type number but holds "7.39"',
    );
    expect(() => sheetOf([{ value: Number.NaN }])).toThrow('column value: of type number');
    expect(() => sheetOf([{ year: 2023.5 }])).toThrow('column year: of type year');
    expect(() => sheetOf([{ flag: 'true' }])).toThrow('column flag: of type boolean');
    expect(() => sheetOf([{ day: '2023-02-30' }])).toThrow('column day: of type date but holds "2023-02-30"');
    expect(() => sheetOf([{ day: '30/06/2023' }])).toThrow('column day: of type date');
  });

  it('refuses text a workbook cannot hold: an XML control character, or more than 32,767 characters', () => {
    expect(() => sheetOf([{ code: 'a\u0007b' }])).toThrow('column code: a control character');
    expect(() => sheetOf([{ code: 'x'.repeat(32_768) }])).toThrow('column code: a text of 32768 characters');
    expect(sheetOf([{ code: 'x'.repeat(32_767) }]).rows[1]![0]).toEqual({ type: 'text', value: 'x'.repeat(32_767) });
  });

  it('has room for any one text field the validator lets through', () => {
    expect(LIMITS.stringChars).toBeLessThan(MAX_TEXT);
  });
});

describe('openDataWorkbook on the real content', () => {
  const model = openDataWorkbook(site, ORIGIN);

  it('has the explanation first, then one sheet per table of the data package, in its order', () => {
    expect(model.sheets.map((s) => s.name)).toEqual([README_SHEET, ...OPEN_DATA_TABLES.map((t) => t.name)]);
    for (const sheet of model.sheets) expect(sheet.name.length).toBeLessThanOrEqual(31);
  });

  it('holds each table with the columns and values of its CSV rows', () => {
    for (const table of OPEN_DATA_TABLES) {
      const sheet = model.sheets.find((s) => s.name === table.name)!;
      const rows = table.rows(site);
      expect(plain(sheet)).toEqual([
        table.fields.map((f) => f.name),
        ...rows.map((row) =>
          table.fields.map((f) => (row[f.name] === undefined || row[f.name] === '' ? null : row[f.name])),
        ),
      ]);
    }
  });

  it('writes a province code as text with its leading zero, and a figure value as a number', () => {
    const figures = model.sheets.find((s) => s.name === 'so-lieu')!;
    const header = figures.rows[0]!.map((c) => c!.value);
    const row = figures.rows.find((r) => r[0]?.value === 'bk-to-hoa-giai')!;
    expect(row[header.indexOf('province_code')]).toEqual({ type: 'text', value: '06' });
    expect(row[header.indexOf('value')]).toEqual({ type: 'number', value: site.figure('bk-to-hoa-giai').value });
    const dated = figures.rows.slice(1).filter((r) => r[header.indexOf('as_of')] !== null);
    expect(dated.length).toBeGreaterThan(0);
    for (const r of dated) expect(r[header.indexOf('as_of')]?.type).toBe('date');
  });

  describe('the first sheet', () => {
    const readme = model.sheets[0]!;
    const texts = readme.rows.map((row) => row.map((c: SheetCell) => (c === null ? '' : String(c.value))));

    it('explains every column of every table with the description and type the data package gives', () => {
      for (const table of OPEN_DATA_TABLES)
        for (const field of table.fields)
          expect(texts, `${table.name}.${field.name}`).toContainEqual([
            table.name,
            field.name,
            TYPE_LABELS[field.type],
            field.required ? 'có (yes)' : 'không (no)',
            field.description,
          ]);
    });

    it('lists each table with its row count and CSV file', () => {
      for (const table of OPEN_DATA_TABLES) {
        const row = readme.rows.find((r) => r[0]?.value === table.name && r[3]?.value === packageFile(table));
        expect(row?.[2], table.name).toEqual({ type: 'number', value: table.rows(site).length });
      }
    });

    it('explains every qualifier, and gives the licence, the citation and every source report with its page', () => {
      for (const code of qualifier.options)
        expect(
          texts.some((r) => r[0] === code),
          code,
        ).toBe(true);
      expect(texts.some((r) => r.includes(DATA_LICENSE.url))).toBe(true);
      const citations = datasetCitations(ORIGIN);
      expect(texts).toContainEqual(['Tiếng Việt', citations.vi]);
      expect(texts).toContainEqual(['English', citations.en]);
      for (const report of site.data.reports)
        expect(texts).toContainEqual([report.id, report.title ?? report.name, `${ORIGIN}nguon/${report.id}/`]);
    });
  });

  it('keeps a hostile model name and figure label as text, exactly', () => {
    const hostile = '=HYPERLINK("http://x.example","bấm")';
    const data = structuredClone(content) as unknown as {
      reports: Array<{ figures: Array<{ label: string }> }>;
      models: Array<{ name: string }>;
    };
    data.reports[0]!.figures[0]!.label = hostile;
    data.models[0]!.name = '@SUM(1+1)';
    const sheets = openDataWorkbook(indexContent(data as unknown as ContentData), ORIGIN).sheets;
    const cells = sheets.flatMap((s) => s.rows.flat());
    expect(cells).toContainEqual({ type: 'text', value: hostile });
    expect(cells).toContainEqual({ type: 'text', value: '@SUM(1+1)' });
  });
});
