import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Timeline from './Timeline.astro';
import { prettySvg, unroundedCoordinates } from './__fixtures__/check.ts';
import { modelYears } from './__fixtures__/samples.ts';
import { textWidth } from './shared.ts';
import { layoutTimeline } from './timeline.ts';

const options = { width: 400, title: 'Các mốc của mô hình' };
const timeline = () => layoutTimeline(modelYears, options);

describe('layoutTimeline', () => {
  it('has one dot per year, in order, and every item once', () => {
    const model = timeline();
    expect(model.years.map((y) => y.year)).toEqual([2006, 2007, 2020, 2022, 2023]);
    expect(model.marks.map((m) => m.id).sort()).toEqual(modelYears.map((i) => i.id).sort());
    const ys = model.years.map((y) => y.dot.cy);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(model.axis.y1).toBe(ys[0]);
    expect(model.axis.y2).toBe(ys.at(-1));
  });

  it('stacks items of the same year under one another without overlap', () => {
    const model = timeline();
    const of2022 = model.marks.filter((m) => m.year === 2022);
    expect(of2022).toHaveLength(2);
    const [first, second] = of2022;
    const dot = model.years.find((y) => y.year === 2022)?.dot;
    expect(first?.connector.y1).toBe(dot?.cy);
    expect(second?.text.lines[0]?.y).toBeGreaterThan((first?.text.lines.at(-1)?.y ?? 0) + 14);
    // Only the first item hangs off the dot.
    expect(second?.connector.x1).toBe(dot?.cx);
  });

  it('leaves more room for a gap of many years', () => {
    const model = timeline();
    const dy = (a: number, b: number) =>
      (model.years.find((y) => y.year === b)?.dot.cy ?? 0) - (model.years.find((y) => y.year === a)?.dot.cy ?? 0);
    const lastOf2006 = model.marks.find((m) => m.year === 2006)?.text.lines.length ?? 1;
    const lastOf2007 = model.marks.find((m) => m.year === 2007)?.text.lines.length ?? 1;
    // Same number of label lines would give the same step; the 13-year gap adds space.
    expect(dy(2007, 2020) - lastOf2007 * 18).toBeGreaterThan(dy(2006, 2007) - lastOf2006 * 18);
  });

  it('wraps labels to the chart width', () => {
    const model = timeline();
    for (const mark of model.marks) {
      expect(mark.text.lines.length).toBeLessThanOrEqual(3);
      for (const line of mark.text.lines) expect(line.x + textWidth(line.text, 14)).toBeLessThanOrEqual(model.width);
    }
  });

  it('links items with an href and becomes a group so the links stay reachable', () => {
    const model = timeline();
    expect(model.role).toBe('group');
    expect(model.marks.filter((m) => m.href !== null).map((m) => m.id)).toEqual(['ho-an-toan', 'lien-ket-benh-vien']);
    const plain = layoutTimeline(
      modelYears.map(({ href: _href, ...item }) => item),
      options,
    );
    expect(plain.role).toBe('img');
  });

  it('describes every year in plain Vietnamese', () => {
    expect(timeline().description).toBe(
      'Dòng thời gian, 6 mục, từ năm 2006 đến năm 2023. ' +
        'Năm 2006: Tổ liên gia tự quản (Hòa Bình) ra đời. ' +
        'Năm 2007: Mô hình “Tự quản, tự phòng, tự bảo vệ” (Nam Định) ra đời. ' +
        'Năm 2020: “Hộ an toàn - Thôn, bản, tổ dân phố bình yên” (Bắc Kạn) được Bộ Công an nhân rộng. ' +
        'Năm 2022: Quản lý, giáo dục người chấp hành xong án phạt tù (Bắc Kạn) được nhân rộng; ' +
        '“Tự quản, tự phòng, tự bảo vệ” được Bộ trưởng tặng Bằng khen. ' +
        'Năm 2023: Liên kết bảo đảm ANTT tại Bệnh viện Đa khoa tỉnh Bắc Kạn được nhân rộng.',
    );
  });

  it('rounds coordinates, is deterministic and matches the golden model', () => {
    expect(unroundedCoordinates(timeline())).toEqual([]);
    expect(JSON.stringify(timeline())).toBe(JSON.stringify(timeline()));
    expect(timeline()).toMatchSnapshot();
  });
});

describe('Timeline.astro', () => {
  it('renders linked items as <a href> inside a group', async () => {
    const container = await AstroContainer.create();
    const svg = await container.renderToString(Timeline, { props: { model: timeline() } });
    expect(svg).toContain('role="group"');
    expect(svg).toContain('<a href="/mo-hinh/ho-an-toan-thon-ban-to-dan-pho-binh-yen/">');
    expect(svg.match(/<a /g)).toHaveLength(2);
    await expect(prettySvg(svg)).toMatchFileSnapshot('__snapshots__/timeline.svg');
  });
});
