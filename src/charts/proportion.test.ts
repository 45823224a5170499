import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Proportion from './Proportion.astro';
import { prettySvg, unroundedCoordinates } from './__fixtures__/check.ts';
import { layoutProportion } from './proportion.ts';

/** Hòa Bình, 11/2020: communes meeting criterion 19.2. */
const hoaBinh = {
  part: 123,
  whole: 131,
  unit: 'xã',
  partLabel: 'đạt tiêu chí 19.2 “xã đạt chuẩn an ninh, trật tự xã và bảo đảm bình yên”',
  restLabel: 'chưa đạt',
  width: 400,
  title: 'Xã đạt tiêu chí 19.2 ở Hòa Bình',
};
const waffle = () => layoutProportion(hoaBinh);
const bar = () => layoutProportion({ ...hoaBinh, variant: 'bar' });

describe('layoutProportion', () => {
  it('states the share in the description, Vietnamese style', () => {
    expect(waffle().description).toBe(
      'Biểu đồ tỷ lệ: 123 trên 131 xã, 93,9%, đạt tiêu chí 19.2 “xã đạt chuẩn an ninh, trật tự xã và bảo đảm bình yên”; ' +
        '8 xã chưa đạt.',
    );
    expect(waffle().shareText).toBe('93,9%');
    expect(
      waffle()
        .headline.lines.map((l) => l.text)
        .join(' '),
    ).toBe('123 trên 131 xã (93,9%)');
  });

  it('draws one square per commune, the part first', () => {
    const model = waffle();
    expect(model.variant).toBe('waffle');
    expect(model.cells).toHaveLength(131);
    expect(model.cells.filter((c) => c.kind === 'part')).toHaveLength(123);
    expect(model.cells.slice(0, 123).every((c) => c.kind === 'part')).toBe(true);
    expect(new Set(model.cells.map((c) => `${c.x},${c.y}`)).size).toBe(131);
    for (const cell of model.cells) expect(cell.x + cell.width).toBeLessThanOrEqual(model.width);
  });

  it('splits a 100%-wide bar in proportion', () => {
    const model = bar();
    const part = model.bar?.part;
    const rest = model.bar?.rest;
    const total = (part?.width ?? 0) + (rest?.width ?? 0);
    expect(total).toBeCloseTo(model.width - 8, 0);
    expect((part?.width ?? 0) / total).toBeCloseTo(123 / 131, 2);
    expect(rest?.x).toBeCloseTo((part?.x ?? 0) + (part?.width ?? 0), 0);
    expect(model.cells).toEqual([]);
  });

  it('uses one square per percent for a large whole and says so', () => {
    const model = layoutProportion({ ...hoaBinh, part: 6195 - 458, whole: 6195, unit: 'người', variant: 'waffle' });
    expect(model.cells).toHaveLength(100);
    expect(model.cells.filter((c) => c.kind === 'part')).toHaveLength(93);
    expect(model.description).toContain('Mỗi ô tương ứng 1%');
  });

  it('hedges the share and inverts the qualifier of the rest', () => {
    const model = layoutProportion({ ...hoaBinh, qualifier: 'over' });
    expect(model.hedged).toBe(true);
    expect(model.shareText).toBe('trên 93,9%');
    expect(model.legend[1]?.label).toBe('dưới 8 xã chưa đạt');
  });

  it('refuses impossible parts', () => {
    expect(() => layoutProportion({ ...hoaBinh, part: 132 })).toThrow(RangeError);
    expect(() => layoutProportion({ ...hoaBinh, whole: 0 })).toThrow(RangeError);
  });

  it('rounds coordinates, is deterministic and matches the golden models', () => {
    expect(unroundedCoordinates(waffle())).toEqual([]);
    expect(unroundedCoordinates(bar())).toEqual([]);
    expect(JSON.stringify(waffle())).toBe(JSON.stringify(waffle()));
    expect(waffle()).toMatchSnapshot();
    expect(bar()).toMatchSnapshot();
  });
});

describe('Proportion.astro', () => {
  it('renders the waffle and the bar', async () => {
    const container = await AstroContainer.create();
    const svg = await container.renderToString(Proportion, { props: { model: waffle() } });
    expect(svg.match(/<rect class="chart-part"/g)).toHaveLength(123 + 1);
    expect(svg.match(/<rect class="chart-rest"/g)).toHaveLength(8 + 1);
    await expect(prettySvg(svg)).toMatchFileSnapshot('__snapshots__/proportion-waffle.svg');
    const barSvg = await container.renderToString(Proportion, { props: { model: bar() } });
    await expect(prettySvg(barSvg)).toMatchFileSnapshot('__snapshots__/proportion-bar.svg');
  });
});
