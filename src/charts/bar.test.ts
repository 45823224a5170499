import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import HorizontalBar from './HorizontalBar.astro';
import { prettySvg, unroundedCoordinates } from './__fixtures__/check.ts';
import { bacKanUnits, tipsFromPublic } from './__fixtures__/samples.ts';
import { layoutHorizontalBar } from './bar.ts';
import { textWidth } from './shared.ts';
import type { Datum } from './types.ts';

const bacKan = () => layoutHorizontalBar(bacKanUnits, { width: 400, title: 'Tổ chức quần chúng ở Bắc Kạn', unit: '' });
const tips = () => layoutHorizontalBar(tipsFromPublic, { width: 400, title: 'Tin do nhân dân cung cấp', unit: 'tin' });

describe('layoutHorizontalBar', () => {
  it('starts every bar at the zero line', () => {
    for (const model of [bacKan(), tips()]) {
      expect(model.ticks[0]?.value).toBe(0);
      expect(model.ticks[0]?.line.x1).toBe(model.zeroX);
      expect(model.axis.x1).toBe(model.zeroX);
      for (const mark of model.marks) expect(mark.bar.x).toBe(model.zeroX);
    }
  });

  it('draws bar widths proportional to the values', () => {
    const model = bacKan();
    const perUnit = (model.marks[1]?.bar.width ?? 0) / 1127;
    for (const mark of model.marks) {
      // Rounding to 0.1 px is the only allowed difference.
      expect(Math.abs(mark.bar.width - mark.value * perUnit)).toBeLessThanOrEqual(0.1);
    }
    expect(model.marks[1]?.bar.width).toBeGreaterThan(model.marks[0]?.bar.width ?? Infinity);
  });

  it('keeps the longest bar and its value label inside the chart', () => {
    for (const model of [bacKan(), tips()]) {
      for (const mark of model.marks) {
        expect(mark.bar.x + mark.bar.width).toBeLessThanOrEqual(model.plot.x + model.plot.width + 0.1);
        const value = mark.valueText.lines[0];
        expect(value?.x).toBeCloseTo(mark.bar.x + mark.bar.width + 6, 0);
        expect((value?.x ?? 0) + textWidth(mark.display, 13)).toBeLessThanOrEqual(model.width);
      }
    }
  });

  it('shows the source display, qualifier included, at the bar end', () => {
    const model = tips();
    expect(model.marks.map((m) => m.valueText.lines[0]?.text)).toEqual(['trên 20.203', '6.091', '2.967']);
  });

  it('flags a non-exact value as hedged and splits off a faded tip', () => {
    const model = tips();
    const [over, exact] = model.marks;
    expect(over?.hedged).toBe(true);
    expect(over?.tip).not.toBeNull();
    expect((over?.body.width ?? 0) + (over?.tip?.width ?? 0)).toBeCloseTo(over?.bar.width ?? 0, 5);
    expect(over?.tip?.x).toBeCloseTo((over?.body.x ?? 0) + (over?.body.width ?? 0), 5);
    expect(exact?.hedged).toBe(false);
    expect(exact?.tip).toBeNull();
    expect(exact?.body).toEqual(exact?.bar);
  });

  it('explains hedged bars in the caption and the text alternative', () => {
    const model = tips();
    const caption = model.notes.flatMap((n) => n.lines.map((l) => l.text)).join(' ');
    expect(caption).toContain('mức tối thiểu');
    expect(model.description).toContain('“trên”');
    expect(bacKan().notes).toEqual([]);
  });

  it('wraps long labels inside the label column, at most 3 lines', () => {
    const model = tips();
    for (const mark of model.marks) {
      expect(mark.labelText.lines.length).toBeLessThanOrEqual(3);
      for (const line of mark.labelText.lines) {
        expect(line.x - textWidth(line.text, 14)).toBeGreaterThanOrEqual(0);
        expect(line.x).toBeLessThan(model.zeroX);
      }
      // The full label stays available for the tooltip.
      expect(mark.title.startsWith(mark.label)).toBe(true);
    }
  });

  it('grows in height with rows and wrapped lines', () => {
    const one = layoutHorizontalBar(bacKanUnits.slice(0, 1), { width: 400, title: 'x', unit: '' });
    const four = bacKan();
    expect(four.height).toBeGreaterThan(one.height);
    const long: Datum[] = bacKanUnits.map((d) => ({ ...d, label: `${d.label} trên địa bàn toàn tỉnh Bắc Kạn` }));
    expect(layoutHorizontalBar(long, { width: 400, title: 'x', unit: '' }).height).toBeGreaterThan(four.height);
  });

  it('has 3–5 gridlines whose labels do not collide', () => {
    for (const model of [
      bacKan(),
      tips(),
      layoutHorizontalBar(tipsFromPublic, { width: 320, title: 'x', unit: 'tin' }),
    ]) {
      expect(model.ticks.length).toBeGreaterThanOrEqual(3);
      expect(model.ticks.length).toBeLessThanOrEqual(5);
      for (const [i, tick] of model.ticks.entries()) {
        const next = model.ticks[i + 1];
        if (!next) continue;
        const room = next.line.x1 - tick.line.x1;
        expect(room).toBeGreaterThan(textWidth(next.text.lines[0]?.text ?? '', 12));
      }
    }
  });

  it('describes the data in plain Vietnamese', () => {
    expect(bacKan().description).toBe(
      'Biểu đồ cột ngang, 4 mục. Lớn nhất: Tổ hòa giải 1.127 tổ; nhỏ nhất: Cụm an ninh liên hoàn 22 cụm. ' +
        'Số liệu: Tổ an ninh nhân dân 845 tổ; Tổ hòa giải 1.127 tổ; Tổ tự quản về ANTT 98 tổ; Cụm an ninh liên hoàn 22 cụm.',
    );
  });

  it('rounds every coordinate to 0.1 px and is deterministic', () => {
    expect(unroundedCoordinates(tips())).toEqual([]);
    expect(JSON.stringify(tips())).toBe(JSON.stringify(tips()));
  });

  it('refuses data it cannot draw honestly', () => {
    expect(() => layoutHorizontalBar([], { width: 400, title: 'x', unit: '' })).toThrow(RangeError);
    const negative = [{ ...(bacKanUnits[0] as Datum), value: -1 }];
    expect(() => layoutHorizontalBar(negative, { width: 400, title: 'x', unit: '' })).toThrow(RangeError);
    expect(() => layoutHorizontalBar(bacKanUnits, { width: 150, title: 'x', unit: '' })).toThrow(/too narrow/);
  });

  it('matches the golden models', () => {
    expect(bacKan()).toMatchSnapshot();
    expect(tips()).toMatchSnapshot();
  });
});

describe('HorizontalBar.astro', () => {
  it('renders the model as an accessible inline SVG', async () => {
    const container = await AstroContainer.create();
    const svg = await container.renderToString(HorizontalBar, { props: { model: tips() } });
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('viewBox="0 0 400 ');
    expect(svg).toContain('aria-labelledby="chart-tin-do-nhan-dan-cung-cap-title chart-tin-do-nhan-dan-cung-cap-desc"');
    expect(svg).toContain('<title id="chart-tin-do-nhan-dan-cung-cap-title">Tin do nhân dân cung cấp</title>');
    expect(svg).toContain('class="chart-bar chart-bar--hedged"');
    expect(svg).toContain('class="chart-bar-tip"');
    expect(svg).not.toMatch(/fill="#|style=/);
    await expect(prettySvg(svg)).toMatchFileSnapshot('__snapshots__/bar.svg');
  });
});
