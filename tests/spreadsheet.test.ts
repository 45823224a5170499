// The spreadsheet downloads read back by two readers independent of the library that writes
// them (SheetJS): exceljs for the .xlsx, and LibreOffice (Debian's soffice, headless) for the
// .xlsx and the .ods, every sheet converted to CSV in one run. Each must give every table of
// the data package cell for cell and type for type (codes as text, numbers as numbers, dates
// as dates), and a text that starts like a formula must come back as that text.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../src/lib/csv.ts';
import { writeWorkbook, workbookFile } from '../src/lib/workbook-file.ts';
import { README_SHEET, text, type WorkbookModel } from '../src/lib/workbook.ts';
import { DIST } from './support/dist.ts';
import { requireSoffice } from './support/tools.ts';

interface Field {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'year';
  description: string;
}
interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[] };
}
const { resources } = JSON.parse(readFileSync(join(DIST, 'du-lieu', 'datapackage.json'), 'utf8')) as {
  resources: Resource[];
};

/** A data package table as typed values: its CSV file read with the types its schema gives. */
type Value = string | number | boolean | null;
function typedRows(resource: Resource): Value[][] {
  return parseCsv(readFileSync(join(DIST, 'du-lieu', resource.path), 'utf8')).map((row) =>
    resource.schema.fields.map(({ name, type }) => {
      const raw = row[name] ?? '';
      if (raw === '') return null;
      if (type === 'number' || type === 'integer' || type === 'year') return Number(raw);
      if (type === 'boolean') return raw === 'true';
      return raw;
    }),
  );
}

// Content text is trimmed, so no text starts with a tab or a line break (src/lib/workbook-file.test.ts
// reads those back from the .xlsx; LibreOffice 7.4 drops a <text:tab/> from an .ods cell it opens).
const HOSTILE = [
  '=HYPERLINK("http://x.example","bấm")',
  '=1+1',
  '+1',
  '-2',
  '@SUM(A1:A2)',
  "=cmd|' /C calc'!A0",
  '_x0041_ như in',
];

const hostileModel: WorkbookModel = {
  title: 'Thử',
  sheets: [
    {
      name: 'thu',
      rows: [[text('label')], ...HOSTILE.map((h) => [text(h)])],
      widths: [40],
      header: true,
    },
  ],
};

/** exceljs leaves OOXML's escapes ("_x000d_") as they are; Excel and LibreOffice decode them. */
const decodeOoxml = (value: string) =>
  value.replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

describe('the data page', () => {
  it('offers both spreadsheet files for download beside the CSV files', () => {
    const html = readFileSync(join(DIST, 'du-lieu', 'index.html'), 'utf8');
    for (const format of ['xlsx', 'ods'] as const)
      expect(html).toContain(`href="/du-lieu/${workbookFile(format)}" download="${workbookFile(format)}"`);
  });
});

describe('the .xlsx read back with exceljs', () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(join(DIST, 'du-lieu', workbookFile('xlsx'))) as unknown as ExcelJS.Buffer);
  });

  it('has the explanation first, then one sheet per table of the data package', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual([README_SHEET, ...resources.map((r) => r.name)]);
  });

  it.each(resources.map((r) => [r.name, r] as const))('%s: every cell equals the CSV, with its type', (_, resource) => {
    const sheet = book.getWorksheet(resource.name)!;
    const rows = typedRows(resource);
    expect(sheet.rowCount).toBe(rows.length + 1);
    const fields = resource.schema.fields;
    fields.forEach((field, c) => expect(sheet.getRow(1).getCell(c + 1).value).toBe(field.name));
    rows.forEach((expected, r) => {
      const row = sheet.getRow(r + 2);
      row.eachCell((_cell, column) => expect(column, `row ${r + 2}`).toBeLessThanOrEqual(fields.length));
      fields.forEach((field, c) => {
        const cell = row.getCell(c + 1);
        const where = `${resource.name} row ${r + 2} ${field.name}`;
        const value = expected[c];
        if (value === null) return expect(cell.type, where).toBe(ExcelJS.ValueType.Null);
        switch (field.type) {
          case 'string':
            expect(cell.type, where).toBe(ExcelJS.ValueType.String);
            return expect(decodeOoxml(cell.value as string), where).toBe(value);
          case 'date':
            expect(cell.type, where).toBe(ExcelJS.ValueType.Date);
            return expect((cell.value as Date).toISOString(), where).toBe(`${value}T00:00:00.000Z`);
          case 'boolean':
            expect(cell.type, where).toBe(ExcelJS.ValueType.Boolean);
            return expect(cell.value, where).toBe(value);
          default:
            expect(cell.type, where).toBe(ExcelJS.ValueType.Number);
            return expect(cell.value, where).toBe(value);
        }
      });
    });
  });

  it('holds every figure of content/ with its exact value, qualifier and province code as text', () => {
    const sheet = book.getWorksheet('so-lieu')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const byId = new Map<string, Record<string, unknown>>();
    sheet.eachRow((row, n) => {
      if (n > 1)
        byId.set(String(row.getCell(1).value), Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value])));
    });
    const reports = readdirSync('content/reports').map(
      (f) =>
        JSON.parse(readFileSync(`content/reports/${f}`, 'utf8')) as {
          id: string;
          province: string;
          figures: Array<{ id: string; value: number; qualifier: string; label: string; outOf?: number }>;
        },
    );
    const figures = reports.flatMap((r) => r.figures.map((f) => ({ ...f, report: r })));
    expect(byId.size).toBe(figures.length);
    for (const f of figures) {
      const row = byId.get(f.id);
      expect(row, f.id).toBeDefined();
      expect(row!['value'], f.id).toBe(f.value);
      expect(row!['out_of'] ?? undefined, f.id).toBe(f.outOf);
      expect(row!['qualifier'], f.id).toBe(f.qualifier);
      expect(row!['label'], f.id).toBe(f.label);
      expect(row!['report_id'], f.id).toBe(f.report.id);
      expect(row!['province_code'], f.id).toBe(f.report.province);
    }
  });

  it('explains every column of every table with the description datapackage.json gives', () => {
    const sheet = book.getWorksheet(README_SHEET)!;
    const lines = new Set<string>();
    sheet.eachRow((row) => lines.add([1, 2, 5].map((c) => String(row.getCell(c).value ?? '')).join('|')));
    for (const resource of resources)
      for (const field of resource.schema.fields)
        expect(lines, `${resource.name}.${field.name}`).toContain(
          `${resource.name}|${field.name}|${field.description}`,
        );
  });
});

/** A CSV field as LibreOffice wrote it: its text, and whether it was quoted (text cells are). */
interface Field_ {
  text: string;
  quoted: boolean;
}
function tokenize(source: string): Field_[][] {
  const rows: Field_[][] = [];
  let row: Field_[] = [];
  let field: Field_ = { text: '', quoted: false };
  let inQuotes = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (inQuotes) {
      if (ch === '"' && source[i + 1] === '"') {
        field.text += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else field.text += ch;
    } else if (ch === '"') {
      inQuotes = true;
      field.quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = { text: '', quoted: false };
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = { text: '', quoted: false };
    } else field.text += ch;
  }
  if (field.text !== '' || field.quoted || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe('LibreOffice (soffice --headless) converts every sheet to CSV', () => {
  const work = mkdtempSync(join(tmpdir(), 'antq-soffice-'));
  let output = '';
  const sheetCsv = (file: string, sheet: string) =>
    tokenize(readFileSync(join(work, 'out', `${file}-${sheet}.csv`), 'utf8'));

  beforeAll(() => {
    const soffice = requireSoffice();
    copyFileSync(join(DIST, 'du-lieu', workbookFile('xlsx')), join(work, 'xlsx.xlsx'));
    copyFileSync(join(DIST, 'du-lieu', workbookFile('ods')), join(work, 'ods.ods'));
    writeFileSync(join(work, 'hostile-xlsx.xlsx'), writeWorkbook(hostileModel, 'xlsx'));
    writeFileSync(join(work, 'hostile-ods.ods'), writeWorkbook(hostileModel, 'ods'));
    // The CSV filter's options, by position: comma, double quote, UTF-8 (76), from line 1, no
    // column formats, default language, quote every text cell (so text and numbers tell apart),
    // detect special numbers, save cells as shown (dates as yyyy-mm-dd), no formulas, no
    // trimming, and sheet -1: every sheet to <name>-<sheet>.csv. Its own profile folder keeps
    // the run apart from any other LibreOffice on the machine.
    const run = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true,true,true,false,false,-1',
        '--outdir',
        join(work, 'out'),
        ...['xlsx.xlsx', 'ods.ods', 'hostile-xlsx.xlsx', 'hostile-ods.ods'].map((f) => join(work, f)),
      ],
      { encoding: 'utf8', timeout: 150_000 },
    );
    output = `${run.stdout}${run.stderr}${run.error ? String(run.error) : ''}`;
    expect(run.status, output).toBe(0);
  }, 180_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('converts both files without an error', () => {
    expect(output).not.toMatch(/error/i);
    for (const file of ['xlsx', 'ods'])
      for (const sheet of [README_SHEET, ...resources.map((r) => r.name)])
        expect(output).toContain(`${file}-${sheet}.csv`);
  });

  describe.each(['xlsx', 'ods'])('%s', (file) => {
    it.each(resources.map((r) => [r.name, r] as const))(
      '%s: every cell equals the CSV, with its type',
      (_, resource) => {
        const got = sheetCsv(file, resource.name);
        const rows = typedRows(resource);
        const fields = resource.schema.fields;
        expect(got[0]).toEqual(fields.map((f) => ({ text: f.name, quoted: true })));
        expect(got.length).toBe(rows.length + 1);
        rows.forEach((expected, r) => {
          const line = got[r + 1]!;
          expect(line.length, `row ${r + 2}`).toBe(fields.length);
          fields.forEach((field, c) => {
            const where = `${file} ${resource.name} row ${r + 2} ${field.name}`;
            const value = expected[c];
            const cell = line[c]!;
            if (value === null) return expect(cell, where).toEqual({ text: '', quoted: false });
            switch (field.type) {
              case 'string':
                return expect(cell, where).toEqual({ text: value, quoted: true });
              case 'boolean':
                return expect(cell, where).toEqual({ text: value ? 'TRUE' : 'FALSE', quoted: false });
              case 'date':
                // Unquoted: a date cell shown as yyyy-mm-dd, not a text that looks like one.
                return expect(cell, where).toEqual({ text: value, quoted: false });
              default:
                expect(cell.quoted, where).toBe(false);
                return expect(Number(cell.text), where).toBe(value);
            }
          });
        });
      },
    );

    it('keeps the explanation sheet, with every column description', () => {
      const texts = new Set(sheetCsv(file, README_SHEET).map((row) => row.map((f) => f.text).join('|')));
      for (const resource of resources)
        for (const field of resource.schema.fields)
          expect(
            [...texts].some(
              (t) => t.startsWith(`${resource.name}|${field.name}|`) && t.endsWith(`|${field.description}`),
            ),
          ).toBe(true);
    });

    it('reads a text that starts like a formula as that text, not a formula', () => {
      const got = sheetCsv(`hostile-${file}`, 'thu');
      expect(got.slice(1)).toEqual(HOSTILE.map((h) => [{ text: h, quoted: true }]));
    });
  });
});
