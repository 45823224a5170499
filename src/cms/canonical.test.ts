import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../validation/read-content.ts';
import { entryKind, parseEntryFile } from '../validation/parse.ts';
import { canonicalValue, serializeJson } from './canonical.ts';
import { ENTRY_TREES, entryText } from './entry-files.ts';

describe('canonical content files', () => {
  const files = readContentFiles('content').filter((f) => entryKind(f.file) !== undefined);

  it('finds the content', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it.each(files.map((f) => [f.file, f] as const))(
    '%s is written as the web editor and the scripts write it (npm run tidy rewrites it)',
    (_file, source) => {
      const kind = entryKind(source.file)!;
      const problems: never[] = [];
      const parsed = parseEntryFile(kind, source, problems)!;
      expect(entryText(kind, parsed.data, parsed.body)).toBe(source.text);
      expect(problems).toEqual([]);
    },
  );

  it('orders keys as the schema does, writes unknowns as null, drops absent optional fields, keeps unknown keys last', () => {
    const written = serializeJson(ENTRY_TREES.model, {
      reports: ['r'],
      colour: 'đỏ',
      summary: 'Tóm tắt',
      name: 'Tên',
      slug: 'ten',
      draft: undefined,
    });
    expect(JSON.parse(written)).toEqual({
      slug: 'ten',
      name: 'Tên',
      place: null,
      started: null,
      units: null,
      summary: 'Tóm tắt',
      reports: ['r'],
      colour: 'đỏ',
    });
    expect(Object.keys(JSON.parse(written) as object)).toEqual([
      'slug',
      'name',
      'place',
      'started',
      'units',
      'summary',
      'reports',
      'colour',
    ]);
    expect(written).toMatch(/^\{\n {2}"slug": "ten",\n/u);
    expect(written.endsWith('}\n')).toBe(true);
  });

  it('reads a left-out unknown as null, as validation does', () => {
    const { id: _id, ...withoutTitle } = { id: 1, title: undefined };
    expect(JSON.parse(serializeJson(ENTRY_TREES.report, { id: 'x', ...withoutTitle }))).toMatchObject({ title: null });
  });

  it('writes text in NFC with one tone placement, in every nested field', () => {
    const value = canonicalValue(ENTRY_TREES.report, {
      id: 'x',
      figures: [{ label: 'Tổ hoà giải'.normalize('NFD'), period: { kind: 'range', note: 'Thanh Hoá' } }],
    }) as { figures: Array<{ label: string; period: { note: string } }> };
    expect(value.figures[0]!.label).toBe('Tổ hòa giải');
    expect(value.figures[0]!.period.note).toBe('Thanh Hóa');
  });

  it('orders a chart by the fields of its own type', () => {
    const text = serializeJson(ENTRY_TREES.chart, { items: [{ figure: 'f' }], type: 'bar', title: 'T', id: 'c' });
    expect(Object.keys(JSON.parse(text) as object)).toEqual(['id', 'type', 'title', 'items']);
  });

  it('writes frontmatter as single-quoted YAML that reads back the same', () => {
    const text = entryText('article', { published: '2026-11-01', title: "Tổ 'liên gia'", reports: ['r'] }, 'Nội dung.');
    expect(text).toBe("---\ntitle: 'Tổ ''liên gia'''\npublished: '2026-11-01'\nreports:\n  - 'r'\n---\n\nNội dung.\n");
  });
});
