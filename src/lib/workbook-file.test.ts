// The written .xlsx read back by a second library (exceljs), independent of the writer
// (SheetJS): every cell keeps its value and its type, and no text becomes a formula.
// tests/spreadsheet.test.ts reads the built files, .ods included, with LibreOffice too.
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { writeWorkbook } from './workbook-file.ts';
import type { WorkbookModel } from './workbook.ts';

const HOSTILE = ['=HYPERLINK("http://x.example","bấm")', '=1+1', '+1', '-2', '@SUM(A1:A2)', '\t=1', '\r=1'];

const MODEL: WorkbookModel = {
  title: 'Thử',
  sheets: [
    {
      name: 'gioi-thieu',
      rows: [[{ type: 'text', value: 'Giới thiệu' }], [], [{ type: 'text', value: 'sau một dòng trống' }]],
      widths: [20],
      header: false,
    },
    {
      name: 'bang',
      rows: [
        ['code', 'value', 'day', 'flag', 'label'].map((value) => ({ type: 'text' as const, value })),
        [
          { type: 'text', value: '06' },
          { type: 'number', value: 7.39 },
          { type: 'date', value: '2023-06-30' },
          { type: 'boolean', value: true },
          { type: 'text', value: 'Bắc Kạn' },
        ],
        [
          { type: 'text', value: '001' },
          { type: 'number', value: 1_200_000 },
          null,
          { type: 'boolean', value: false },
          null,
        ],
        ...HOSTILE.map((value) => [null, null, null, null, { type: 'text' as const, value }]),
      ],
      widths: [8, 8, 12, 8, 40],
      header: true,
    },
  ],
};

/**
 * exceljs leaves OOXML's escapes of characters XML cannot hold raw ("_x000d_" for a carriage
 * return) as they are; Excel and LibreOffice decode them.
 */
const decodeOoxml = (text: string) =>
  text.replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

async function readBack(bytes: Uint8Array) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

describe('writeWorkbook as .xlsx, read back with exceljs', () => {
  const xlsx = writeWorkbook(MODEL, 'xlsx');

  it('has the sheets in order, with the title in the document properties', async () => {
    const book = await readBack(xlsx);
    expect(book.worksheets.map((s) => s.name)).toEqual(['gioi-thieu', 'bang']);
    expect(book.title).toBe('Thử');
  });

  it('keeps codes as text, numbers as numbers, dates as dates and booleans as booleans', async () => {
    const sheet = (await readBack(xlsx)).getWorksheet('bang')!;
    const cell = (ref: string) => sheet.getCell(ref);
    expect([cell('A2').type, cell('A2').value]).toEqual([ExcelJS.ValueType.String, '06']);
    expect([cell('A3').type, cell('A3').value]).toEqual([ExcelJS.ValueType.String, '001']);
    expect([cell('B2').type, cell('B2').value]).toEqual([ExcelJS.ValueType.Number, 7.39]);
    expect(cell('B3').value).toBe(1_200_000);
    expect(cell('C2').type).toBe(ExcelJS.ValueType.Date);
    expect((cell('C2').value as Date).toISOString()).toBe('2023-06-30T00:00:00.000Z');
    expect(cell('C2').numFmt).toMatch(/^yyyy\\?-mm\\?-dd$/);
    expect([cell('D2').type, cell('D2').value]).toEqual([ExcelJS.ValueType.Boolean, true]);
    expect(cell('D3').value).toBe(false);
    expect([cell('C3').type, cell('E3').type]).toEqual([ExcelJS.ValueType.Null, ExcelJS.ValueType.Null]);
    expect(cell('E2').value).toBe('Bắc Kạn');
  });

  it('stores text that starts like a formula as text, never as a formula', async () => {
    const sheet = (await readBack(xlsx)).getWorksheet('bang')!;
    HOSTILE.forEach((value, i) => {
      const cell = sheet.getCell(`E${i + 4}`);
      expect(cell.type, value).toBe(ExcelJS.ValueType.String);
      expect(decodeOoxml(cell.value as string), value).toBe(value);
      expect(cell.formula, value).toBeUndefined();
    });
  });

  it('keeps the empty row of the first sheet', async () => {
    const sheet = (await readBack(xlsx)).getWorksheet('gioi-thieu')!;
    expect(sheet.getCell('A1').value).toBe('Giới thiệu');
    expect(sheet.getCell('A2').value).toBeNull();
    expect(sheet.getCell('A3').value).toBe('sau một dòng trống');
  });
});

describe('writeWorkbook output', () => {
  it('packs the bytes SheetJS writes as a buffer, which are those it writes as an array', () => {
    // writeWorkbook asks for a buffer because the array path goes through a binary string
    // (seconds and gigabytes at national scale); the zip inside must not change with it.
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Bắc Kạn', 7.39, true], [...HOSTILE]]), 'bang');
    // SheetJS dates its zip entries with the clock: both writes see the same moment.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-07-01T00:00:00Z') });
    try {
      for (const bookType of ['xlsx', 'ods'] as const) {
        const options = { bookType, compression: false, bookSST: true } as const;
        const asArray = new Uint8Array(XLSX.write(book, { ...options, type: 'array' }) as ArrayBuffer);
        const asBuffer = XLSX.write(book, { ...options, type: 'buffer' }) as Buffer;
        expect(asBuffer.length, bookType).toBeGreaterThan(0);
        expect(asBuffer.equals(asArray), bookType).toBe(true);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('is the same bytes every time, whatever the time zone', () => {
    const zone = process.env['TZ'];
    try {
      for (const format of ['xlsx', 'ods'] as const) {
        process.env['TZ'] = 'UTC';
        const first = writeWorkbook(MODEL, format);
        process.env['TZ'] = 'America/New_York';
        const second = writeWorkbook(MODEL, format);
        process.env['TZ'] = 'Asia/Ho_Chi_Minh';
        const third = writeWorkbook(MODEL, format);
        expect(Buffer.from(second).equals(Buffer.from(first)), format).toBe(true);
        expect(Buffer.from(third).equals(Buffer.from(first)), format).toBe(true);
      }
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });

  it('starts an .ods with its media type, stored uncompressed, as OpenDocument requires', () => {
    const ods = Buffer.from(writeWorkbook(MODEL, 'ods'));
    // A zip local file header: signature, method at 8 (0 = stored), name length at 26, name at 30.
    expect(ods.readUInt32LE(0)).toBe(0x04034b50);
    expect(ods.readUInt16LE(8)).toBe(0);
    const nameLength = ods.readUInt16LE(26);
    expect(ods.subarray(30, 30 + nameLength).toString('latin1')).toBe('mimetype');
    const data = 30 + nameLength + ods.readUInt16LE(28);
    const media = 'application/vnd.oasis.opendocument.spreadsheet';
    expect(ods.subarray(data, data + media.length).toString('latin1')).toBe(media);
  });

  it('dates every zip entry 1980-01-01 00:00', () => {
    const xlsx = Buffer.from(writeWorkbook(MODEL, 'xlsx'));
    // DOS time and date at 10 and 12 of each local header: 0 and (1980-1980)<<9 | 1<<5 | 1.
    let entries = 0;
    for (
      let at = xlsx.indexOf('PK\u0003\u0004', 0, 'latin1');
      at >= 0;
      at = xlsx.indexOf('PK\u0003\u0004', at + 4, 'latin1')
    ) {
      expect([xlsx.readUInt16LE(at + 10), xlsx.readUInt16LE(at + 12)]).toEqual([0, 0x21]);
      entries++;
    }
    expect(entries).toBeGreaterThan(5);
  });
});
