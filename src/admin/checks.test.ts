// The web editor's save runs the validator's rules: hostile and broken entries are refused
// there as in `npm run validate`, with the same messages.
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../validation/read-content.ts';
import { buildReferences } from '../validation/references.ts';
import { readEntry, validateContent } from '../validation/validate.ts';
import { checkEntry } from './checks.ts';

const files = readContentFiles('content');
const { content } = validateContent(files);
const entries = files.map((f) => readEntry(f, [])).filter((e) => e !== undefined);
const refs = buildReferences({
  provinces: content!.provinces,
  indicatorIds: new Set(content!.indicators.map((i) => i.id)),
  categoryIds: new Set(content!.categories.map((c) => c.id)),
  entries,
});
const model = entries.find((e) => e.kind === 'model')!;
const report = entries.find(
  (e): e is Extract<(typeof entries)[number], { kind: 'report' }> =>
    e.kind === 'report' && e.data.figures.some((f) => f.parts),
)!;
const article = entries.find((e) => e.kind === 'article')!;

const save = (kind: 'model' | 'report' | 'article', path: string, data: Record<string, unknown>) =>
  checkEntry({ kind, data, path, isNew: false }, refs).map((p) => `${p.field}: ${p.message}`);

describe('the editor refuses hostile entries on save', () => {
  it('accepts the entries as they are', () => {
    expect(save('model', model.file, { ...model.data })).toEqual([]);
  });

  it.each([
    ['a name of only invisible characters', { name: '\u200B\u3164' }, /^\/name: expected visible text/u],
    [
      'a bidi override',
      { summary: 'Mô hình \u202E tốt' },
      /^\/summary: text holds the hidden control character \\u202E/u,
    ],
    ['a text over the limit', { summary: 'a'.repeat(20_001) }, /^\/summary: text of 20,001 characters/u],
    ['an NFD name', { name: 'Hòa Bình'.normalize('NFD') }, /^\/name: text is not in Unicode NFC form/u],
    ['a traversal slug', { slug: '../../etc/passwd' }, /^\/slug: expected a slug/u],
  ])('a model with %s', (_, change, expected) => {
    expect(save('model', model.file, { ...model.data, ...change })).toContainEqual(expect.stringMatching(expected));
  });

  it('an article dated a day that does not exist', () => {
    const data = { ...article.data, body: 'x', published: '2026-02-31' };
    expect(save('article', article.file, data)).toContainEqual(
      '/published: expected a date that exists, written YYYY-MM-DD (got "2026-02-31")',
    );
  });

  it('a report whose parts go round in a circle', () => {
    const figures = structuredClone(report.data.figures);
    const total = figures.find((f) => f.parts)!;
    const part = figures.find((f) => f.id === total.parts![0])!;
    part.parts = [total.id, total.parts![1]!];
    const found = save('report', report.file, { ...report.data, figures });
    expect(found).toContainEqual(expect.stringMatching(/parts go round in a circle/u));
  });
});
