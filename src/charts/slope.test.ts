import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Slope from './Slope.astro';
import { prettySvg, unroundedCoordinates } from './__fixtures__/check.ts';
import { namDinhHotspots } from './__fixtures__/samples.ts';
import { describeChange, layoutSlope } from './slope.ts';
import type { SlopeSeries } from './types.ts';

const options = {
  width: 400,
  title: 'Điểm khiếu tố ở Nam Định, 2007 và 2021',
  unit: 'điểm',
  startLabel: '2007',
  endLabel: '2021',
};
const hotspots = () => layoutSlope(namDinhHotspots, options);

describe('layoutSlope', () => {
  it('says the change in words', () => {
    const model = hotspots();
    expect(model.marks[0]?.change).toBe('giảm từ 89 xuống 24 điểm (giảm 73%)');
    expect(model.marks[0]?.direction).toBe('down');
    expect(model.description).toBe(
      'Biểu đồ so sánh hai thời điểm, 2007 và 2021, đơn vị: điểm. ' +
        'Điểm khiếu tố ở Nam Định: giảm từ 89 xuống 24 điểm (giảm 73%).',
    );
  });

  it('places both points on a scale from zero', () => {
    const model = hotspots();
    const mark = model.marks[0];
    const zero = model.baseline.y1;
    const start = mark?.start.circle;
    const end = mark?.end.circle;
    expect(start?.cx).toBe(model.axes[0].line.x1);
    expect(end?.cx).toBe(model.axes[1].line.x1);
    // Heights above the zero line are proportional to the values.
    const ratio = (zero - (start?.cy ?? 0)) / (zero - (end?.cy ?? 0));
    expect(ratio).toBeCloseTo(89 / 24, 1);
    expect(mark?.line).toEqual({ x1: start?.cx, y1: start?.cy, x2: end?.cx, y2: end?.cy });
  });

  it('labels both values and the series', () => {
    const mark = hotspots().marks[0];
    expect(mark?.start.text.lines[0]?.text).toBe('89');
    expect(mark?.start.text.anchor).toBe('end');
    expect(mark?.end.text.lines[0]?.text).toBe('24');
    expect(mark?.labelText.lines.map((l) => l.text).join(' ')).toBe('Điểm khiếu tố ở Nam Định');
  });

  it('words rises, flat values and hedged values', () => {
    const v = (value: number, display: string, qualifier: 'exact' | 'over' = 'exact') => ({
      value,
      display,
      qualifier,
    });
    expect(describeChange(v(24, '24'), v(89, '89'), 'điểm')).toBe('tăng từ 24 lên 89 điểm (tăng 270,8%)');
    expect(describeChange(v(24, '24'), v(24, '24'), 'điểm')).toBe('giữ nguyên ở mức 24 điểm');
    // A bound has no exact percentage.
    expect(describeChange(v(1000, 'trên 1.000', 'over'), v(790, '790'), 'lượt')).toBe(
      'giảm từ trên 1.000 xuống 790 lượt',
    );
  });

  it('keeps labels of close series apart', () => {
    const series: SlopeSeries[] = [
      {
        id: 'a',
        label: 'Hòa Bình',
        start: { value: 50, display: '50', qualifier: 'exact' },
        end: { value: 40, display: '40', qualifier: 'exact' },
      },
      {
        id: 'b',
        label: 'Bắc Kạn',
        start: { value: 51, display: '51', qualifier: 'exact' },
        end: { value: 41, display: 'khoảng 41', qualifier: 'about' },
      },
    ];
    const model = layoutSlope(series, options);
    const [a, b] = model.marks;
    expect(Math.abs((a?.labelText.lines[0]?.y ?? 0) - (b?.labelText.lines[0]?.y ?? 0))).toBeGreaterThanOrEqual(17);
    expect(Math.abs((a?.start.text.lines[0]?.y ?? 0) - (b?.start.text.lines[0]?.y ?? 0))).toBeGreaterThanOrEqual(17);
    expect(b?.hedged).toBe(true);
    expect(b?.end.hedged).toBe(true);
    expect(b?.start.hedged).toBe(false);
    expect(model.notes.length).toBe(1);
  });

  it('rounds coordinates, is deterministic and matches the golden model', () => {
    expect(unroundedCoordinates(hotspots())).toEqual([]);
    expect(JSON.stringify(hotspots())).toBe(JSON.stringify(hotspots()));
    expect(hotspots()).toMatchSnapshot();
  });
});

describe('Slope.astro', () => {
  it('renders points, line and labels', async () => {
    const container = await AstroContainer.create();
    const svg = await container.renderToString(Slope, { props: { model: hotspots() } });
    expect(svg).toContain('role="img"');
    expect(svg.match(/<circle class="chart-point"/g)).toHaveLength(2);
    expect(svg).toContain('giảm từ 89 xuống 24 điểm');
    await expect(prettySvg(svg)).toMatchFileSnapshot('__snapshots__/slope.svg');
  });
});
