// The data package read the way a data user reads it: with the Frictionless Data
// JavaScript library (npm datapackage), which validates the descriptor against the
// tabular-data-package profile, casts every cell to its field's type and checks the
// foreign keys between the tables.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST } from './support/dist.ts';

const DESCRIPTOR = join(DIST, 'du-lieu', 'datapackage.json');

interface Descriptor {
  resources: Array<{
    name: string;
    path: string;
    encoding: string;
    schema: {
      fields: Array<{ name: string; type: string }>;
      foreignKeys?: Array<{ fields: string; reference: { resource: string; fields: string } }>;
    };
  }>;
}
const descriptor = JSON.parse(readFileSync(DESCRIPTOR, 'utf8')) as Descriptor;

/**
 * Every row of every resource, cast, with foreign keys resolved; errors in place of bad
 * rows. A resource that cannot be read at all (its file, or a table it references, fails
 * to cast) gives one error, with the library's details.
 */
async function readAll(descriptorPath: string) {
  const pkg = await Package.load(descriptorPath);
  const rows = new Map<string, Array<Record<string, unknown> | Error>>();
  for (const resource of pkg.resources) {
    try {
      rows.set(resource.name, await resource.read({ keyed: true, cast: true, forceCast: true, relations: true }));
    } catch (error) {
      const details = ((error as { errors?: Error[] }).errors ?? []).map((e) => e.message);
      rows.set(resource.name, [new Error([(error as Error).message, ...details].join(': '))]);
    }
  }
  return { pkg, rows };
}

/** "resource: message: each cell's problem", for every error among the rows read. */
const errorsOf = (rows: Map<string, Array<Record<string, unknown> | Error>>) =>
  [...rows].flatMap(([name, list]) =>
    list
      .filter((r) => r instanceof Error)
      .map((e) =>
        [`${name}: ${e.message}`, ...((e as { errors?: Error[] }).errors ?? []).map((d) => d.message)].join(': '),
      ),
  );

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the data package folder whose one file is changed, to see the library catch it. */
function brokenCopy(file: string, change: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'antq-datapackage-'));
  scratch.push(dir);
  cpSync(join(DIST, 'du-lieu'), dir, { recursive: true });
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return join(dir, 'datapackage.json');
}

describe('data package, read by the Frictionless library', () => {
  it('is a valid tabular data package whose every resource is tabular and valid', async () => {
    const pkg = await Package.load(DESCRIPTOR);
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resources.length).toBe(descriptor.resources.length);
    for (const resource of pkg.resources) {
      expect(
        resource.errors.map((e) => e.message),
        resource.name,
      ).toEqual([]);
      expect(resource.tabular, resource.name).toBe(true);
    }
  });

  it('reads and casts every row of every resource, foreign keys checked, with no error', async () => {
    const { pkg, rows } = await readAll(DESCRIPTOR);
    expect(errorsOf(rows)).toEqual([]);
    for (const resource of pkg.resources) {
      // The header is the schema's field names: no byte-order mark glued to the first.
      expect(resource.headers, resource.name).toEqual(
        descriptor.resources.find((r) => r.name === resource.name)!.schema.fields.map((f) => f.name),
      );
      expect(await resource.checkRelations(), resource.name).toBe(true);
    }
    const count = (dir: string) => readdirSync(`content/${dir}`).length;
    expect(rows.get('mo-hinh')).toHaveLength(count('models'));
    expect(rows.get('bao-cao')).toHaveLength(count('reports'));
    const figures = readdirSync('content/reports').reduce(
      (n, f) => n + (JSON.parse(readFileSync(`content/reports/${f}`, 'utf8')) as { figures: unknown[] }).figures.length,
      0,
    );
    expect(rows.get('so-lieu')).toHaveLength(figures);
  });

  it('casts values to their types: numbers, booleans, dates, years, and Vietnamese text intact', async () => {
    const { rows } = await readAll(DESCRIPTOR);
    const figures = rows.get('so-lieu') as Array<Record<string, unknown>>;
    const models = rows.get('mo-hinh') as Array<Record<string, unknown>>;
    const reports = rows.get('bao-cao') as Array<Record<string, unknown>>;
    expect(figures.every((f) => typeof f['value'] === 'number')).toBe(true);
    expect(figures.every((f) => typeof f['province_inferred'] === 'boolean')).toBe(true);
    expect(figures.some((f) => f['as_of'] instanceof Date)).toBe(true);
    expect(figures.some((f) => typeof f['period_from'] === 'number')).toBe(true);
    expect(reports.some((r) => r['published'] instanceof Date)).toBe(true);
    const model = JSON.parse(readFileSync(`content/models/${readdirSync('content/models')[0]}`, 'utf8')) as {
      slug: string;
      name: string;
    };
    // With relations resolved, a key field holds the row it points to.
    const row = models.find((m) => m['slug'] === model.slug);
    expect(row?.['name']).toBe(model.name);
  });

  it('declares the foreign keys between the tables and types dates as dates', () => {
    const keys = descriptor.resources.flatMap((r) =>
      (r.schema.foreignKeys ?? []).map((k) => `${r.name}.${k.fields} → ${k.reference.resource}.${k.reference.fields}`),
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        'so-lieu.report_id → bao-cao.id',
        'so-lieu.model → mo-hinh.slug',
        'mo-hinh-bao-cao.model → mo-hinh.slug',
        'mo-hinh-bao-cao.report_id → bao-cao.id',
      ]),
    );
    const types = Object.fromEntries(
      descriptor.resources.flatMap((r) => r.schema.fields.map((f) => [`${r.name}.${f.name}`, f.type])),
    );
    expect(types).toMatchObject({
      'so-lieu.as_of': 'date',
      'so-lieu.as_of_year': 'year',
      'so-lieu.period_from': 'year',
      'so-lieu.period_to': 'year',
      'bao-cao.published': 'date',
      'bao-cao.published_year': 'year',
      'mo-hinh.started': 'year',
    });
    for (const r of descriptor.resources) expect(r.encoding, r.name).toBe('utf-8');
  });

  // The checks above pass on a package the library cannot fault; these show it can.
  it('reports a row whose report_id points at no report', async () => {
    const path = brokenCopy('so-lieu.csv', (csv) => {
      const [header, first, ...rest] = csv.split('\r\n');
      const cells = first!.split(',');
      cells[1] = 'khong-co-bao-cao-nay';
      return [header, cells.join(','), ...rest].join('\r\n');
    });
    const { rows } = await readAll(path);
    expect(errorsOf(rows).join('\n')).toMatch(/so-lieu: Foreign key "report_id" violation in row 2/);
  });

  it('reports a value that is not of its field type', async () => {
    const path = brokenCopy('bao-cao.csv', (csv) => csv.replace(/,(\d{4})-(\d{2})-(\d{2}),/, ',$3/$2/$1,'));
    const { rows } = await readAll(path);
    expect(errorsOf(rows)).toContainEqual(expect.stringMatching(/^bao-cao: .*"16\/10\/2024" in column "published"/));
  });

  it('reads a byte-order mark as part of the first column name, so package files carry none', async () => {
    const path = brokenCopy('mo-hinh.csv', (csv) => `\uFEFF${csv}`);
    const resource = (await Package.load(path)).getResource('mo-hinh');
    const [first] = (await resource!.read({ keyed: true, cast: false })) as Array<Record<string, unknown>>;
    expect(Object.keys(first!)[0]).toBe('\uFEFFslug');
  });
});
