import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../validation/read-content.ts';
import { validateContent } from '../validation/validate.ts';
import { cmsConfig, COLLECTIONS, hintText, INDICATORS_COLLECTION, type BackendSettings } from './config.ts';
import { indicatorSchema } from '../schemas/reference.ts';
import { INDICATORS_FILE } from '../validation/references.ts';
import { referenceOptions } from './editor-data.ts';
import { ENTRY_TREES } from './entry-files.ts';
import { OWN_IDS, REFERENCES } from './fields.ts';
import type { FieldNode, Shape } from './schema-tree.ts';
import type { EntryKind } from '../validation/parse.ts';

const { content } = validateContent(readContentFiles('content'));
const options = referenceOptions(content!.provinces, content!.indicators, content!.categories);
const backend: BackendSettings = { name: 'github', repo: 'to-chuc/kho', branch: 'main' };
const config = cmsConfig(options, backend, 'https://antq.example.vn/') as {
  collections: Array<{ name: string; fields?: Field[]; files?: Array<{ file: string; fields: Field[] }> }>;
};
/** A collection's fields: its own, or those of its files (the indicator catalogue). */
const fieldsOf = (c: (typeof config.collections)[number]): Field[] =>
  c.fields ?? (c.files ?? []).flatMap((f) => f.fields);
const KINDS = Object.keys(COLLECTIONS) as EntryKind[];

interface Field {
  name: string;
  label?: string;
  hint?: string;
  widget: string;
  required?: boolean;
  fields?: Field[];
  field?: Field;
  types?: Array<{ name: string; fields: Field[] }>;
  options?: Array<{ value: string; label: string }>;
  multiple?: boolean;
}

/** Every field path of a form, list items as "*". */
function formPaths(fields: readonly Field[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const path = prefix + f.name;
    const inner = [
      ...(f.fields ? formPaths(f.fields, f.widget === 'list' ? `${path}.*.` : `${path}.`) : []),
      // A list of texts, or a picker of several ids: the form holds a list.
      ...(f.field || f.multiple || f.widget === 'figure-parts' ? [`${path}.*`] : []),
      ...(f.types ?? []).flatMap((t) => formPaths(t.fields, `${path}.`)),
    ];
    return [path, ...inner];
  });
}

/** Every field path the schema has, list items as "*"; a variant's tag is the form's choice of type. */
function schemaPaths(shape: Shape, prefix = '', tag?: string): string[] {
  const fields: FieldNode[] =
    shape.kind === 'object' ? shape.fields : shape.kind === 'variants' ? shape.options.flatMap((o) => o.fields) : [];
  const inner = (node: FieldNode): string[] => {
    const path = prefix + node.name;
    const s = node.shape;
    if (s.kind === 'array')
      return [path, ...(s.element.kind === 'object' ? schemaPaths(s.element, `${path}.*.`) : [`${path}.*`])];
    if (s.kind === 'object') return [path, ...schemaPaths(s, `${path}.`)];
    if (s.kind === 'variants') return [path, ...schemaPaths(s, `${path}.`, s.discriminator)];
    return [path];
  };
  return [...new Set(fields.filter((f) => f.name !== tag).flatMap(inner))];
}

const DATE_PATHS: Partial<Record<(typeof KINDS)[number], string[]>> = {
  article: ['published'],
  report: ['corrections.*.date'],
};

describe('the web editor configuration', () => {
  it.each(KINDS)('has a form field for every field of a %s, and none the schema does not have', (kind) => {
    const collection = config.collections.find((c) => c.name === COLLECTIONS[kind].name)!;
    const form = [...new Set(formPaths(fieldsOf(collection)))].filter((p) => p !== 'body');
    expect(form.sort()).toEqual(schemaPaths(ENTRY_TREES[kind]).sort());
  });

  it('labels and explains every field in Vietnamese, from the schema', () => {
    const all = (fields: readonly Field[]): Field[] =>
      fields.flatMap((f) => [f, ...all(f.fields ?? []), ...(f.types ?? []).flatMap((t) => all(t.fields))]);
    for (const collection of config.collections)
      for (const f of all(fieldsOf(collection))) {
        expect(f.label, `${collection.name}.${f.name}`).toMatch(/\p{L}/u);
        expect(f.hint, `${collection.name}.${f.name}`).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/u);
      }
  });

  it('shows a hint as written: what Markdown or HTML would swallow is escaped', () => {
    const all = (fields: readonly Field[]): Field[] =>
      fields.flatMap((f) => [f, ...all(f.fields ?? []), ...(f.types ?? []).flatMap((t) => all(t.fields))]);
    const hints = config.collections.flatMap((c) => all(fieldsOf(c)).map((f) => f.hint ?? ''));
    expect(hints.some((h) => h.includes('/mo-hinh/\\<slug\\>/'))).toBe(true);
    expect(hints.filter((h) => /(?<!\\)[<>*_`]/u.test(h))).toEqual([]);
    expect(hintText('Mẫu <tỉnh>-<năm>, *không* [x]')).toBe('Mẫu \\<tỉnh\\>-\\<năm\\>, \\*không\\* \\[x\\]');
  });

  it('lists a picker for every id a field points to, and types no other id by hand', () => {
    const idPaths = (shape: Shape, prefix = ''): string[] => {
      const fields =
        shape.kind === 'object'
          ? shape.fields
          : shape.kind === 'variants'
            ? shape.options.flatMap((o) => o.fields)
            : [];
      return fields.flatMap((f) => {
        const path = prefix + f.name;
        const s = f.shape;
        const element = s.kind === 'array' ? s.element : s;
        if (element.kind === 'string' && element.pattern) return [path];
        if (element.kind === 'object' || element.kind === 'variants')
          return idPaths(element, s.kind === 'array' ? `${path}.*.` : `${path}.`);
        return [];
      });
    };
    for (const kind of KINDS) {
      const ids = [...new Set(idPaths(ENTRY_TREES[kind]))];
      // Dates written YYYY-MM-DD have a pattern too, and are typed.
      const dates = DATE_PATHS[kind] ?? [];
      const named = [...Object.keys(REFERENCES[kind]), ...OWN_IDS[kind], ...dates].filter((p) => ids.includes(p));
      expect(ids.sort(), kind).toEqual([...Object.keys(REFERENCES[kind]), ...OWN_IDS[kind], ...dates].sort());
      expect(named.length).toBe(ids.length);
    }
  });

  it('shows the qualifier as the words a page prints', () => {
    const report = config.collections.find((c) => c.name === 'reports')!;
    const figures = fieldsOf(report).find((f) => f.name === 'figures')!;
    const qualifier = figures.fields!.find((f) => f.name === 'qualifier')!;
    expect(qualifier.options!.map((o) => o.label)).toEqual([
      'đúng số (không có từ định lượng)',
      'trên / hơn',
      'khoảng',
      'gần',
      'dưới',
    ]);
  });

  it('offers former provinces with the unit each belongs to now', () => {
    const report = config.collections.find((c) => c.name === 'reports')!;
    const province = fieldsOf(report).find((f) => f.name === 'province')!;
    expect(province.options).toHaveLength(63);
    expect(province.options).toContainEqual({ value: '06', label: 'Bắc Kạn (nay thuộc tỉnh Thái Nguyên) · mã 06' });
  });

  it('makes optional and nullable fields optional in the form, and only those', () => {
    const report = config.collections.find((c) => c.name === 'reports')!;
    const req = Object.fromEntries(fieldsOf(report).map((f) => [f.name, f.required]));
    expect(req).toMatchObject({ id: true, title: false, name: true, author: false, province: true, unknowns: false });
  });

  it('offers each value once in every select (a repeated value breaks the list)', () => {
    const all = (fields: readonly Field[]): Field[] =>
      fields.flatMap((f) => [f, ...all(f.fields ?? []), ...(f.types ?? []).flatMap((t) => all(t.fields))]);
    for (const collection of config.collections)
      for (const f of all(fieldsOf(collection)).filter((x) => x.options)) {
        const values = f.options!.map((o) => o.value);
        expect(new Set(values).size, `${collection.name}.${f.name}`).toBe(values.length);
      }
  });

  it('edits the indicator catalogue as one list in its file, with the schema’s fields and no other', () => {
    const catalogue = config.collections.find((c) => c.name === INDICATORS_COLLECTION)!;
    expect(catalogue.files?.map((f) => f.file)).toEqual([INDICATORS_FILE]);
    const [list] = fieldsOf(catalogue) as Array<Field & { root?: boolean }>;
    expect([list?.widget, list?.root]).toEqual(['list', true]);
    expect(list?.fields?.map((f) => f.name)).toEqual(Object.keys(indicatorSchema.shape));
  });

  it('carries no secret: only what the backend settings say', () => {
    expect(JSON.stringify(config)).not.toMatch(/secret|token|password/iu);
  });
});
