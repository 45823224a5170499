import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkIndicatorCatalogue } from './indicator-catalogue.ts';
import type { FigureRef } from './references.ts';

const catalogue = JSON.parse(readFileSync('content/reference/indicators.json', 'utf8')) as Array<{ id: string }>;
const figure = (indicator: string): FigureRef =>
  ({ file: 'content/reports/x.json', report: 'x', value: 1, unit: 'tổ', indicator, outOf: undefined }) as FigureRef;
const refs = { figures: new Map([['x-to', figure('model-units')]]) };
const added = {
  id: 'mediation-success-rate',
  name: 'Tỷ lệ hòa giải thành',
  nameEn: 'Share of mediations that succeeded',
  definition: 'Tỷ lệ vụ việc được hòa giải thành trên tổng số vụ việc đưa ra hòa giải.',
  comparable: false,
};

describe('the indicator catalogue saved from the editor', () => {
  it('takes a new indicator that is complete', () => {
    expect(checkIndicatorCatalogue([...catalogue, added], refs)).toEqual([]);
  });

  it('refuses a repeated id, a missing field and decomposed letters, naming the place', () => {
    const vi = (list: unknown) => checkIndicatorCatalogue(list, refs).map((p) => `${p.field} ${p.vi}`);
    expect(vi([...catalogue, { ...added, id: 'model-units' }]).join('\n')).toMatch(
      new RegExp(`/${catalogue.length}/id Trùng "model-units"`, 'u'),
    );
    const { nameEn: _missing, ...incomplete } = added;
    expect(vi([...catalogue, incomplete]).join('\n')).toContain(`/${catalogue.length}/nameEn`);
    expect(vi([...catalogue, { ...added, name: added.name.normalize('NFD') }]).join('\n')).toContain('tổ hợp');
    expect(vi('không phải danh sách').length).toBeGreaterThan(0);
  });

  it('keeps every indicator a published figure measures', () => {
    const without = catalogue.filter((i) => i.id !== 'model-units');
    expect(checkIndicatorCatalogue(without, refs).map((p) => p.vi)).toEqual([
      expect.stringContaining('Chỉ tiêu "model-units" đang được số liệu "x-to" dùng'),
    ]);
  });
});
