// The open-data files parse back to exactly the values in content/.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../src/lib/csv.ts';

interface FigureJson {
  id: string;
  value: number;
  unit: string;
  qualifier: string;
  outOf?: number;
  label: string;
}
const reports = readdirSync('content/reports').map(
  (f) => JSON.parse(readFileSync(`content/reports/${f}`, 'utf8')) as { id: string; figures: FigureJson[] },
);
const figures = new Map(reports.flatMap((r) => r.figures.map((f) => [f.id, { ...f, report: r.id }] as const)));
const models = readdirSync('content/models').map(
  (f) => JSON.parse(readFileSync(`content/models/${f}`, 'utf8')) as { slug: string; name: string },
);

describe('open data downloads', () => {
  it('so-lieu.csv has every figure with its exact value', () => {
    const rows = parseCsv(readFileSync('dist/du-lieu/so-lieu.csv', 'utf8'));
    expect(rows).toHaveLength(figures.size);
    for (const row of rows) {
      const figure = figures.get(row['id'] ?? '');
      expect(figure, row['id']).toBeDefined();
      expect(Number(row['value'])).toBe(figure!.value);
      expect(row['unit']).toBe(figure!.unit);
      expect(row['qualifier']).toBe(figure!.qualifier);
      expect(row['label']).toBe(figure!.label);
      expect(row['report_id']).toBe(figure!.report);
      expect(row['out_of'] === '' ? undefined : Number(row['out_of'])).toBe(figure!.outOf);
    }
  });

  it('so-lieu.json has the same figures with numbers as numbers', () => {
    const rows = JSON.parse(readFileSync('dist/du-lieu/so-lieu.json', 'utf8')) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(figures.size);
    for (const row of rows) {
      const figure = figures.get(String(row['id']));
      expect(row['value']).toBe(figure!.value);
      expect(row['out_of']).toBe(figure!.outOf ?? null);
      expect(row['qualifier']).toBe(figure!.qualifier);
    }
  });

  it('mo-hinh.csv and bao-cao.csv list every model and report', () => {
    const modelRows = parseCsv(readFileSync('dist/du-lieu/mo-hinh.csv', 'utf8'));
    expect(modelRows.map((r) => r['slug']).sort()).toEqual(models.map((m) => m.slug).sort());
    expect(modelRows.find((r) => r['slug'] === models[0]!.slug)?.['name']).toBe(models[0]!.name);
    const reportRows = parseCsv(readFileSync('dist/du-lieu/bao-cao.csv', 'utf8'));
    expect(reportRows.map((r) => r['id']).sort()).toEqual(reports.map((r) => r.id).sort());
  });

  it('offers each table of the data package, without a byte-order mark, and a copy for Excel with one', () => {
    const pkg = JSON.parse(readFileSync('dist/du-lieu/datapackage.json', 'utf8')) as {
      resources: Array<{ path: string }>;
    };
    for (const { path } of pkg.resources) {
      const data = readFileSync(`dist/du-lieu/${path}`);
      expect(data.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), path).toBe(false);
      const excel = readFileSync(`dist/du-lieu/${path.replace(/\.csv$/, '-excel.csv')}`);
      // Excel reads a CSV as UTF-8 only after the mark; the rest is byte for byte the same while no text
      // starts a formula, which the copy would defuse (src/lib/csv.test.ts; the content has none).
      expect(excel.equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), data])), path).toBe(true);
    }
  });

  it("each source report's page offers its figures as CSV", () => {
    for (const report of reports) {
      const rows = parseCsv(readFileSync(`dist/nguon/${report.id}/so-lieu.csv`, 'utf8'));
      expect(rows.map((r) => r['id']).sort()).toEqual(report.figures.map((f) => f.id).sort());
    }
  });

  it('datapackage.json describes every column of every resource', () => {
    const pkg = JSON.parse(readFileSync('dist/du-lieu/datapackage.json', 'utf8')) as {
      resources: Array<{ path: string; schema: { fields: Array<{ name: string; type: string }> } }>;
    };
    expect(pkg.resources.map((r) => r.path).sort()).toEqual([
      'bao-cao.csv',
      'mo-hinh-bao-cao.csv',
      'mo-hinh.csv',
      'so-lieu.csv',
    ]);
    for (const resource of pkg.resources) {
      const header = Object.keys(parseCsv(readFileSync(`dist/du-lieu/${resource.path}`, 'utf8'))[0] ?? {});
      expect(resource.schema.fields.map((f) => f.name)).toEqual(header);
      for (const field of resource.schema.fields)
        expect(['string', 'number', 'integer', 'boolean', 'date', 'year']).toContain(field.type);
    }
  });
});
