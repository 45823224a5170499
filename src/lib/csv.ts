/**
 * RFC 4180 CSV in UTF-8. Excel on Windows reads a CSV as UTF-8 only when it starts with a
 * byte-order mark; data tools (the Frictionless libraries among them) read the mark as
 * part of the first column's name. So the caller chooses.
 */
export type Cell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  columns: readonly string[],
  rows: ReadonlyArray<Record<string, Cell>>,
  options: { bom: boolean },
): string {
  const lines = [columns.map(cell).join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))];
  return (options.bom ? BOM : '') + lines.join('\r\n') + '\r\n';
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
