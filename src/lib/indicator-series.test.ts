import { describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../schemas/report.ts';
import type { Figure } from '../schemas/figure.ts';
import { validReport } from '../validation/fixtures.ts';
import type { SourcedFigure } from './content-index.ts';
import { byProvince, comparabilityNotes, indicatorCharts, inTimeOrder } from './indicator-series.ts';

const report: Report = reportSchema.parse(validReport());
const template = report.figures[1]!;
const day = (year: number, month: number | null = null, d: number | null = null) => ({
  text: 'x',
  year,
  month,
  day: d,
  yearInferred: null,
});

/** A figure of the indicator "models maintained" in a province, with fields changed. */
function figure(id: string, province: string, change: Partial<Figure> = {}): SourcedFigure {
  return {
    ...template,
    id,
    indicator: 'models-maintained',
    label: 'mô hình đang duy trì',
    unit: 'mô hình',
    qualifier: 'exact',
    scope: 'toàn tỉnh',
    ...change,
    report: { ...report, id: `bc-${id}`, province },
  };
}

const names: Record<string, string> = { '17': 'Hòa Bình', '06': 'Bắc Kạn', '38': 'Thanh Hóa' };
const provinceName = (code: string) => names[code] ?? code;
const indicator = { id: 'models-maintained', name: 'Số mô hình đang duy trì', definition: 'x', comparable: false };

// The shape of Hòa Bình's two reports: 112 models on 17/11/2020, 45 on 09/06/2023.
const hb2020 = figure('hb20', '17', {
  value: 112,
  label: 'mô hình đang duy trì hoạt động',
  period: { kind: 'asOf', date: day(2020, 11, 17) },
});
const hb2023 = figure('hb23', '17', {
  value: 45,
  period: { kind: 'asOf', date: day(2023, 6, 9) },
  note: 'Tính các mô hình thuộc phong trào.',
});

describe('an indicator across provinces and reports', () => {
  it('orders figures by the moment or the end of the span they cover, unknown months last in their year', () => {
    const span = figure('span', '06', { period: { kind: 'range', from: 2019, to: 2023 } });
    const yearOnly = figure('year', '38', { period: { kind: 'asOf', date: day(2023) } });
    expect(inTimeOrder([span, hb2023, yearOnly, hb2020]).map((f) => f.id)).toEqual(['hb20', 'hb23', 'span', 'year']);
    expect([...byProvince([span, hb2023, hb2020]).keys()]).toEqual(['17', '06']);
  });

  it('draws a province that reported twice as a before/after chart, named after the province', () => {
    const [chart, ...rest] = indicatorCharts(indicator, [hb2023, hb2020], provinceName);
    expect(rest).toEqual([]);
    expect(chart).toMatchObject({
      type: 'slope',
      subtitle: 'Hòa Bình, 2 báo cáo, 2020 đến 2023 (đơn vị: mô hình)',
      items: [
        { figure: 'hb20', label: 'Hòa Bình' },
        { figure: 'hb23', label: 'Hòa Bình' },
      ],
    });
  });

  it('draws more reports as bars in time order, and provinces side by side by their latest figure', () => {
    const hb2024 = figure('hb24', '17', { value: 50, period: { kind: 'asOf', date: day(2024, 1, 2) } });
    const bk = figure('bk', '06', { value: 80, period: { kind: 'range', from: 2019, to: 2024 } });
    const th = figure('th', '38', { value: 9, unit: 'tổ' });
    const charts = indicatorCharts(indicator, [hb2024, bk, hb2020, hb2023, th], provinceName);
    expect(charts.map((c) => c.type)).toEqual(['bar', 'bar']);
    const [series, comparison] = charts as Array<Extract<(typeof charts)[number], { type: 'bar' }>>;
    expect(series!.items.map((i) => i.figure)).toEqual(['hb20', 'hb23', 'hb24']);
    // Latest of each province in the common unit, largest first; the one in another unit is said to be left out.
    expect(comparison!.items.map((i) => i.figure)).toEqual(['bk', 'hb24']);
    expect(comparison!.note).toContain('1 tỉnh có số liệu khác đơn vị');
  });

  it('draws no chart for a single figure', () => {
    expect(indicatorCharts(indicator, [hb2020], provinceName)).toEqual([]);
    expect(comparabilityNotes(indicator, [hb2020], provinceName)).toEqual([]);
  });

  it('notes that Hòa Bình names what it counts differently in 2020 and 2023, and the 2023 figure’s own note', () => {
    const notes = comparabilityNotes(indicator, [hb2023, hb2020], provinceName);
    expect(notes.map((n) => n.kind)).toEqual(['label', 'figure-note']);
    expect(notes[0]!.text).toContain('“mô hình đang duy trì hoạt động”, “mô hình đang duy trì”');
    expect(notes[1]!.text).toBe('Riêng số liệu Hòa Bình, tính đến 09/06/2023: Tính các mô hình thuộc phong trào.');
  });

  it('notes moments against spans, spans of different length, scopes, hedges, units and provinces', () => {
    const a = figure('a', '06', {
      period: { kind: 'range', from: 2015, to: 2020 },
      qualifier: 'over',
      qualifierWord: 'hơn',
    });
    const b = figure('b', '38', { period: { kind: 'range', from: 2021, to: 2023 }, scope: 'cấp xã', unit: 'tổ' });
    const c = figure('c', '17', { period: { kind: 'asOf', date: day(2024, 5, 1) } });
    const notes = comparabilityNotes(indicator, [a, b, c], provinceName);
    expect(notes.map((n) => n.kind)).toEqual([
      'period-kind',
      'period-length',
      'scope',
      'qualifier',
      'unit',
      'provinces',
    ]);
    expect(notes[1]!.text).toContain('3 năm: Thanh Hóa, 2021–2023; 6 năm: Bắc Kạn, 2015–2020');
    expect(notes[3]!.text).toContain('Bắc Kạn, 2015–2020 (“hơn”)');
    // An indicator the vocabulary marks comparable across provinces needs no such note.
    expect(comparabilityNotes({ comparable: true }, [a, c], provinceName).map((n) => n.kind)).not.toContain(
      'provinces',
    );
  });

  it('says nothing when figures agree in period kind, length, scope, qualifier, unit and name', () => {
    const x = figure('x', '17', { period: { kind: 'range', from: 2015, to: 2019 } });
    const y = figure('y', '17', { period: { kind: 'range', from: 2020, to: 2024 } });
    expect(comparabilityNotes(indicator, [x, y], provinceName)).toEqual([]);
  });
});
