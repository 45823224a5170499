/**
 * RFC 4180 CSV in UTF-8, for one of two readers, which the caller names:
 * - 'data' (the data package, read by the Frictionless libraries and other data tools): the
 *   values exactly, no byte-order mark (which they would read as part of the first column's name);
 * - 'spreadsheet' (Excel, LibreOffice): a byte-order mark, without which Excel on Windows does not
 *   read UTF-8, and formula injection defused as OWASP advises: a text cell that starts with
 *   "=", "+", "-", "@", a tab or a carriage return gets a leading "'", so a spreadsheet shows it
 *   as text instead of running it ("=HYPERLINK(…)" in a model's name). Numbers are numbers in
 *   the rows (a negative one stays a number, "-5"), so only text is touched.
 */
export type Cell = string | number | boolean | null | undefined;

export type CsvTarget = 'data' | 'spreadsheet';

const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/u;

/** A text cell a spreadsheet would read as a formula, made text; anything else as it is. */
export function defuseFormula(value: Cell): Cell {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  columns: readonly string[],
  rows: ReadonlyArray<Record<string, Cell>>,
  target: CsvTarget,
): string {
  const spreadsheet = target === 'spreadsheet';
  const value = (v: Cell) => cell(spreadsheet ? defuseFormula(v) : v);
  const lines = [columns.map(value).join(','), ...rows.map((row) => columns.map((c) => value(row[c])).join(','))];
  return (spreadsheet ? BOM : '') + lines.join('\r\n') + '\r\n';
}

/** Parses CSV produced by toCsv (and RFC 4180 in general) back into records of strings. */
export function parseCsv(text: string): Array<Record<string, string>> {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
