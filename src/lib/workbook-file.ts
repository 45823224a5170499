/**
 * Writes a workbook model (src/lib/workbook.ts) as .xlsx or .ods with SheetJS (npm
 * @e965/xlsx, the Community Edition). Only typed cells are written, never a formula: a text
 * cell starting with "=" is a shared string in .xlsx and a string cell in .ods.
 *
 * SheetJS's own zip is packed again with fflate (see repack), so that an .ods starts with
 * its media type the way OpenDocument requires. The bytes depend on the model alone, as the
 * reproducible build requires: every zip entry has one fixed date, the document properties
 * carry no creation date, and dates are written from UTC, so the time zone does not matter.
 */
import * as XLSX from '@e965/xlsx';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { WORKBOOK_NAME, type SheetCell, type WorkbookModel } from './workbook.ts';
import { SITE_NAME } from './site.ts';

export type WorkbookFormat = 'xlsx' | 'ods';

export const WORKBOOK_MEDIA_TYPES: Record<WorkbookFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
};

/** The download's file name: the data package's name and the format. */
export const workbookFile = (format: WorkbookFormat): string => `${WORKBOOK_NAME}.${format}`;

/** ISO 8601, which both Excel and LibreOffice show as written whatever the reader's locale. */
const DATE_FORMAT = 'yyyy\\-mm\\-dd';

function sheetJsCell(cell: NonNullable<SheetCell>): XLSX.CellObject {
  switch (cell.type) {
    case 'text':
      return { t: 's', v: cell.value };
    case 'number':
      return { t: 'n', v: cell.value };
    case 'boolean':
      return { t: 'b', v: cell.value };
    case 'date': {
      const [year, month, day] = cell.value.split('-').map(Number) as [number, number, number];
      return { t: 'd', v: new Date(Date.UTC(year, month - 1, day)), z: DATE_FORMAT };
    }
  }
}

/**
 * SheetJS's zip, packed again: entries in name order, each deflated, with one fixed date.
 * OpenDocument requires its "mimetype" entry first and stored uncompressed (ODF 1.2 part 3,
 * 3.3), which SheetJS does not do: it sorts the entry last and deflates it.
 */
function repack(zip: Uint8Array, format: WorkbookFormat): Uint8Array<ArrayBuffer> {
  const entries = unzipSync(zip);
  const files: Zippable = {};
  const mimetype = entries['mimetype'];
  if (format === 'ods') {
    if (!mimetype) throw new Error('SheetJS wrote an .ods without its mimetype entry');
    files['mimetype'] = [mimetype, { level: 0 }];
  }
  for (const name of Object.keys(entries).sort()) if (!(name in files)) files[name] = [entries[name]!, { level: 6 }];
  // fflate writes an entry's date in the local time of the moment it packs, so the date is made
  // then, as local midnight: the DOS date fields read 1980-01-01 00:00 in any time zone.
  return zipSync(files, { mtime: new Date(1980, 0, 1) }) as Uint8Array<ArrayBuffer>;
}

export function writeWorkbook(model: WorkbookModel, format: WorkbookFormat): Uint8Array<ArrayBuffer> {
  const book = XLSX.utils.book_new();
  for (const sheet of model.sheets) {
    const cells: XLSX.WorkSheet = {};
    let lastColumn = 0;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null) return;
        cells[XLSX.utils.encode_cell({ r, c })] = sheetJsCell(cell);
        lastColumn = Math.max(lastColumn, c);
      }),
    );
    const range = { s: { r: 0, c: 0 }, e: { r: Math.max(0, sheet.rows.length - 1), c: lastColumn } };
    cells['!ref'] = XLSX.utils.encode_range(range);
    cells['!cols'] = sheet.widths.map((wch) => ({ wch }));
    if (sheet.header && sheet.rows.length > 1) cells['!autofilter'] = { ref: cells['!ref'] };
    XLSX.utils.book_append_sheet(book, cells, sheet.name);
  }
  book.Props = { Title: model.title, Author: SITE_NAME };
  // bookSST: strings go to the shared string table (t="s"), the form every reader expects;
  // without it SheetJS writes t="str", the type of a formula's text result.
  // 'buffer', not 'array': for 'array' SheetJS writes the zip as a binary string first (an
  // array of one-character strings, joined) and converts it back, which at national scale
  // took seconds and gigabytes for the same bytes.
  const data = XLSX.write(book, { bookType: format, type: 'buffer', compression: false, bookSST: true }) as Buffer;
  return repack(data, format);
}
