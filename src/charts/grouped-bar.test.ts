import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import GroupedBar from './GroupedBar.astro';
import { prettySvg, unroundedCoordinates } from './__fixtures__/check.ts';
import { namDinhCommendations } from './__fixtures__/samples.ts';
import { layoutGroupedBar } from './grouped-bar.ts';
import type { Datum } from './types.ts';

const options = { width: 400, title: 'Khen thưởng mô hình “Tự quản, tự phòng, tự bảo vệ”', unit: 'lượt' };
const grouped = () => layoutGroupedBar(namDinhCommendations, options);
const stacked = () => layoutGroupedBar(namDinhCommendations, { ...options, mode: 'stacked' });

describe('layoutGroupedBar', () => {
  it('has one row per level and one bar per series, in data order', () => {
    const model = grouped();
    expect(model.categories.map((c) => c.label)).toEqual([
      'Bằng khen của Bộ trưởng Bộ Công an',
      'Bằng khen của UBND tỉnh',
      'Giấy khen của Giám đốc Công an tỉnh',
    ]);
    expect(model.legend.map((l) => l.label)).toEqual(['tập thể', 'cá nhân']);
    expect(model.marks.map((m) => m.seriesIndex)).toEqual([0, 1, 0, 1, 0, 1]);
  });

  it('starts grouped bars at zero with widths proportional to the values', () => {
    const model = grouped();
    const perUnit = (model.marks[5]?.bar.width ?? 0) / 30;
    for (const mark of model.marks) {
      expect(mark.bar.x).toBe(model.zeroX);
      expect(Math.abs(mark.bar.width - mark.value * perUnit)).toBeLessThanOrEqual(0.1);
      expect(mark.valuePlacement).toBe('end');
    }
    // Bars of one row sit under each other without overlapping.
    const [a, b] = model.marks;
    expect((a?.bar.y ?? 0) + (a?.bar.height ?? 0)).toBeLessThanOrEqual(b?.bar.y ?? 0);
  });

  it('stacks segments end to end and labels the total', () => {
    const model = stacked();
    for (let i = 0; i < model.marks.length; i += 2) {
      const [first, second] = [model.marks[i], model.marks[i + 1]];
      expect(first?.bar.x).toBe(model.zeroX);
      expect(second?.bar.x).toBeCloseTo((first?.bar.x ?? 0) + (first?.bar.width ?? 0), 0);
      expect(second?.bar.y).toBe(first?.bar.y);
    }
    expect(model.categories.map((c) => c.totalText?.lines[0]?.text)).toEqual(['8', '14', '38']);
    expect(model.description).toContain('Giấy khen của Giám đốc Công an tỉnh: tổng 38 (tập thể 8, cá nhân 30)');
  });

  it('hedges a total made of hedged parts', () => {
    const data: Datum[] = [
      { id: 'a', label: 'Hội nghị', value: 1000, display: 'trên 1.000', qualifier: 'over', group: 'cấp xã' },
      { id: 'b', label: 'Hội nghị', value: 44, display: '44', qualifier: 'exact', group: 'cấp huyện' },
    ];
    const model = layoutGroupedBar(data, { ...options, mode: 'stacked' });
    expect(model.categories[0]?.totalText?.lines[0]?.text).toBe('trên 1.044');
    expect(model.marks[0]?.hedged).toBe(true);
    expect(model.marks[0]?.tip).not.toBeNull();
    expect(model.notes.length).toBeGreaterThan(0);
  });

  it('describes every value in plain Vietnamese', () => {
    expect(grouped().description).toBe(
      'Biểu đồ cột nhóm, 3 mục × 2 nhóm (tập thể, cá nhân), đơn vị: lượt. ' +
        'Bằng khen của Bộ trưởng Bộ Công an: tập thể 5, cá nhân 3; Bằng khen của UBND tỉnh: tập thể 7, cá nhân 7; ' +
        'Giấy khen của Giám đốc Công an tỉnh: tập thể 8, cá nhân 30.',
    );
  });

  it('rejects data without a group or with two values for one cell', () => {
    const [first] = namDinhCommendations as [Datum];
    const { group: _group, ...ungrouped } = first;
    expect(() => layoutGroupedBar([ungrouped], options)).toThrow(/no group/);
    expect(() => layoutGroupedBar([first, first], options)).toThrow(/two values/);
  });

  it('rounds coordinates, is deterministic and matches the golden models', () => {
    expect(unroundedCoordinates(grouped())).toEqual([]);
    expect(unroundedCoordinates(stacked())).toEqual([]);
    expect(JSON.stringify(stacked())).toBe(JSON.stringify(stacked()));
    expect(grouped()).toMatchSnapshot();
    expect(stacked()).toMatchSnapshot();
  });
});

describe('GroupedBar.astro', () => {
  it('renders series classes, a legend and inside labels', async () => {
    const container = await AstroContainer.create();
    const svg = await container.renderToString(GroupedBar, { props: { model: stacked() } });
    expect(svg).toContain('class="chart-mark chart-series--1"');
    expect(svg).toContain('class="chart-value chart-value--inside"');
    expect(svg).toMatch(/<rect class="chart-swatch"/);
    await expect(prettySvg(svg)).toMatchFileSnapshot('__snapshots__/grouped-bar-stacked.svg');
    const groupedSvg = await container.renderToString(GroupedBar, { props: { model: grouped() } });
    await expect(prettySvg(groupedSvg)).toMatchFileSnapshot('__snapshots__/grouped-bar.svg');
  });
});
