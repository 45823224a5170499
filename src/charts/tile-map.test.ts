import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import TileMap from './TileMap.astro';
import { prettySvg, unroundedCoordinates } from './__fixtures__/check.ts';
import { tileUnits, tipsByUnit, tipsFormerMarks } from './__fixtures__/samples.ts';
import { charLength } from './wrap.ts';
import { abbreviate, layoutTileMap } from './tile-map.ts';
import type { IslandMark, Rect, TileMark } from './types.ts';

const options = {
  values: tipsByUnit,
  formerMarks: tipsFormerMarks,
  title: 'Tin do nhân dân cung cấp, theo đơn vị hành chính hiện nay',
  unit: 'tin',
  highlightLabel: 'Được nêu trong bài',
};
const map = () => layoutTileMap(tileUnits, options);
const tile = (model: { marks: TileMark[] }, name: string) => model.marks.find((m) => m.name === name) as TileMark;
const island = (model: { islands: IslandMark[] }, name: string) =>
  model.islands.find((i) => i.name === name) as IslandMark;
const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutTileMap', () => {
  it('draws the 34 current units as equal, non-overlapping tiles at their grid positions', () => {
    const model = map();
    expect(model.marks).toHaveLength(34);
    for (const mark of model.marks) {
      const unit = tileUnits.find((u) => u.code === mark.code);
      expect(mark.width).toBe(44);
      expect(mark.height).toBe(44);
      expect(mark.x).toBe(4 + (unit?.col ?? -1) * 48);
      expect(mark.y).toBe(4 + (unit?.row ?? -1) * 48);
    }
    for (const [i, a] of model.marks.entries()) {
      for (const b of model.marks.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
  });

  it('draws Hoàng Sa east of Đà Nẵng and Trường Sa south-east of Khánh Hòa, labelled', () => {
    const model = map();
    expect(model.islands.map((i) => i.label)).toEqual([
      'Quần đảo Hoàng Sa (Đà Nẵng)',
      'Quần đảo Trường Sa (Khánh Hòa)',
    ]);
    const daNang = tile(model, 'Đà Nẵng');
    const hoangSa = island(model, 'Quần đảo Hoàng Sa');
    expect(hoangSa.ownerCode).toBe('48');
    const khanhHoa = tile(model, 'Khánh Hòa');
    const truongSa = island(model, 'Quần đảo Trường Sa');
    expect(truongSa.ownerCode).toBe('56');
    for (const [owner, isl] of [
      [daNang, hoangSa],
      [khanhHoa, truongSa],
    ] as const) {
      expect(isl.dots.length).toBeGreaterThanOrEqual(5);
      // Out to sea: every dot and the whole label lie east of the owner's tile.
      for (const dot of isl.dots) expect(dot.cx - dot.r).toBeGreaterThan(owner.x + owner.width + 20);
      expect(isl.text.lines.map((l) => l.text).join(' ')).toBe(isl.label);
      expect(isl.text.lines.at(-1)?.text).toBe(`(${owner.name})`);
    }
    // Hoàng Sa at about Đà Nẵng's latitude; Trường Sa further south than Khánh Hòa.
    const mean = (isl: IslandMark) => isl.dots.reduce((s, d) => s + d.cy, 0) / isl.dots.length;
    expect(Math.abs(mean(hoangSa) - (daNang.y + daNang.height / 2))).toBeLessThan(daNang.height);
    expect(mean(truongSa)).toBeGreaterThan(khanhHoa.y + khanhHoa.height);
    // Nothing is cut off by the viewBox.
    for (const isl of model.islands) {
      for (const line of isl.text.lines)
        expect(line.x + charLength(line.text) * 0.55 * 11 * 0.5).toBeLessThan(model.width);
    }
  });

  it('keeps the archipelagos and the legend clear of the tiles', () => {
    const model = map();
    for (const isl of model.islands) {
      const box = {
        x: Math.min(...isl.dots.map((d) => d.cx)) - 40,
        y: Math.min(...isl.dots.map((d) => d.cy)),
        width: 80,
        height: (isl.text.lines.at(-1)?.y ?? 0) - Math.min(...isl.dots.map((d) => d.cy)),
      };
      for (const mark of model.marks) expect(overlaps(box, mark)).toBe(false);
    }
    for (const item of model.legend) {
      const box = { ...item.swatch, width: 120 };
      for (const mark of model.marks) expect(overlaps(box, mark)).toBe(false);
    }
  });

  it('gives every unit a unique short label of at most 5 characters', () => {
    const model = map();
    const shorts = model.marks.map((m) => m.short);
    expect(new Set(shorts).size).toBe(34);
    for (const short of shorts) expect(charLength(short)).toBeLessThanOrEqual(5);
    expect(tile(model, 'Hà Nội').short).toBe('HN');
    expect(tile(model, 'Hồ Chí Minh').short).toBe('HCM');
    expect(tile(model, 'Huế').short).toBe('Huế');
    expect(abbreviate([{ name: 'Quảng Ninh' }, { name: 'Quảng Ngãi' }])).toEqual(['QNi', 'QNg']);
    expect(abbreviate([{ name: 'Quảng Ninh', short: 'Q.Ninh' }])).toEqual(['Q.Ninh']);
  });

  it('colours tiles with values on a sequential scale and leaves the others neutral', () => {
    const model = map();
    expect(tile(model, 'Ninh Bình').level).toBe(4);
    expect(tile(model, 'Thái Nguyên').level).toBe(1);
    expect(tile(model, 'Thanh Hóa').level).toBe(0);
    expect(tile(model, 'Hà Nội').level).toBe('none');
    expect(model.marks.filter((m) => m.level === 'none')).toHaveLength(31);
    expect(model.legend.map((l) => l.key)).toEqual(['0', '1', '2', '3', '4', 'none', 'highlight']);
    expect(model.legend[0]?.label).toBe('0–5.000');
  });

  it('names former provinces and the full value in each tooltip', () => {
    const model = map();
    expect(tile(model, 'Ninh Bình').title).toBe('Ninh Bình (địa bàn tỉnh cũ: Nam Định): trên 20.203 tin');
    expect(tile(model, 'Hà Nội').title).toBe('Hà Nội: chưa có số liệu');
    expect(tile(model, 'Thanh Hóa').highlight).toBe(true);
    // "trên 20.203" does not fit a tile, so no tile shows its value.
    expect(model.marks.every((m) => m.valueText === null)).toBe(true);
  });

  it('lists the units with data in the description', () => {
    expect(map().description).toBe(
      'Bản đồ ô 34 đơn vị hành chính cấp tỉnh, đơn vị: tin. Có số liệu ở 3 đơn vị: ' +
        'Ninh Bình (địa bàn tỉnh cũ: Nam Định): trên 20.203 tin; Thái Nguyên (địa bàn tỉnh cũ: Bắc Kạn): 6.091 tin; ' +
        'Thanh Hóa: 2.967 tin. Các đơn vị còn lại chưa có số liệu. Được nêu trong bài: Thanh Hóa. ' +
        'Quần đảo Hoàng Sa thuộc Đà Nẵng. Quần đảo Trường Sa thuộc Khánh Hòa.',
    );
  });

  it('shows values inside tiles when all of them fit', () => {
    const values = new Map([
      ['19', { value: 845 }],
      ['38', { value: 488 }],
    ]);
    const model = layoutTileMap(tileUnits, { values, title: 'Tổ', unit: 'tổ' });
    expect(tile(model, 'Thái Nguyên').valueText?.lines[0]?.text).toBe('845');
    expect(tile(model, 'Hà Nội').valueText).toBeNull();
    expect(model.role).toBe('img');
  });

  it('rejects values for unknown codes and clashing tiles', () => {
    expect(() => layoutTileMap(tileUnits, { values: new Map([['06', { value: 1 }]]), title: 'x' })).toThrow(/unknown/);
    const clash = [...tileUnits, { ...(tileUnits[0] as (typeof tileUnits)[number]), code: '99' }];
    expect(() => layoutTileMap(clash, { values: new Map(), title: 'x' })).toThrow(/taken/);
  });

  it('rounds coordinates, is deterministic and matches the golden model', () => {
    expect(unroundedCoordinates(map())).toEqual([]);
    expect(JSON.stringify(map())).toBe(JSON.stringify(map()));
    expect(map()).toMatchSnapshot();
  });
});

describe('TileMap.astro', () => {
  it('renders linked tiles as keyboard-reachable <a href> and both archipelagos', async () => {
    const container = await AstroContainer.create();
    const svg = await container.renderToString(TileMap, { props: { model: map() } });
    expect(svg).toContain('role="group"');
    expect(svg.match(/<a href="/g)).toHaveLength(3);
    expect(svg).toContain('<a href="/tinh/ninh-binh/" class="chart-mark"><title>');
    expect(svg).toContain('class="chart-tile chart-tile--4"');
    expect(svg).toContain('class="chart-tile chart-tile--0 chart-tile--highlight"');
    expect(svg.match(/class="chart-tile chart-tile--none"/g)?.length).toBeGreaterThanOrEqual(31);
    expect(svg).toContain('<title>Quần đảo Hoàng Sa (Đà Nẵng)</title>');
    expect(svg).toContain('<title>Quần đảo Trường Sa (Khánh Hòa)</title>');
    expect(svg).toContain('<tspan');
    await expect(prettySvg(svg)).toMatchFileSnapshot('__snapshots__/tile-map.svg');
  });
});
