import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../validation/read-content.ts';
import { validateContent } from '../validation/validate.ts';
import type { Model } from '../schemas/model.ts';
import { indexRelatedModels, relatedModels } from './models.ts';

const { content } = validateContent(readContentFiles('content'));
if (!content) throw new Error('content does not validate');
const real = content.models;

/**
 * A larger list with every kind of tie: the real models copied into other provinces and
 * kinds under new slugs (some with marks and capitals, which localeCompare orders apart
 * from plain code points), in no particular order.
 */
const provinces = [...new Set(real.map((m) => m.province))];
const categories = [...new Set(real.map((m) => m.category))];
const many: Model[] = real.flatMap((model, i) =>
  [0, 1, 2, 3].map((copy) => ({
    ...model,
    slug: `${copy % 2 ? 'Đ' : 'd'}-${(i * 7 + copy * 13) % 97}-${copy}-${model.slug}`,
    province: provinces[(i + copy) % provinces.length]!,
    category: categories[(i * copy) % categories.length]!,
  })),
);

describe('indexRelatedModels', () => {
  it.each([
    ['the real models', real],
    ['a larger list with ties', many],
  ])('gives every model of %s what relatedModels gives, at any limit', (_name, models) => {
    const related = indexRelatedModels(models);
    for (const model of models)
      for (const limit of [0, 1, 6, models.length])
        expect(related(model, limit).map((m) => m.slug)).toEqual(
          relatedModels(models, model, limit).map((m) => m.slug),
        );
  });

  it('puts same province and kind first, then same province, then same kind elsewhere', () => {
    const base = real[0]!;
    const other = real.find((m) => m.category !== base.category) ?? base;
    const make = (slug: string, province: string, category: string): Model => ({ ...base, slug, province, category });
    const self = make('m', '01', base.category);
    const models = [
      make('a-kind-elsewhere', '02', base.category),
      make('b-province-other-kind', '01', other.category),
      make('c-both', '01', base.category),
      make('d-neither', '02', other.category),
      self,
    ];
    const expected =
      other.category === base.category
        ? ['b-province-other-kind', 'c-both', 'a-kind-elsewhere']
        : ['c-both', 'b-province-other-kind', 'a-kind-elsewhere'];
    expect(indexRelatedModels(models)(self, 6).map((m) => m.slug)).toEqual(expected);
  });
});
