/**
 * Synthetic chart definitions in content/charts format, one of each kind the schema knows,
 * built from figures that satisfy the validator (bars on one scale share an indicator).
 */
import type { Chart } from '../../src/schemas/chart.ts';
import type { Random } from './prng.ts';
import { pad, type MutableFigure, type MutableReport } from './corpus-reports.ts';
import { SYNTHETIC } from './vocabulary.ts';

/** How many charts of each kind, at full scale; the small corpus keeps at least one of each. */
const FULL_MIX = { bar: 12, 'grouped-bar': 8, slope: 6, proportion: 5, timeline: 2, 'tile-map': 3 } as const;

export function makeCharts(rng: Random, reports: readonly MutableReport[], scale: number): Chart[] {
  const charts: Chart[] = [];
  const count = (kind: keyof typeof FULL_MIX) => Math.max(1, Math.round(FULL_MIX[kind] * scale));
  const id = () => `tong-hop-bieu-do-${pad(charts.length + 1, 3)}`;
  const partsOf = (total: MutableFigure, report: MutableReport) =>
    (total.parts ?? []).map((pid) => report.figures.find((f) => f.id === pid) as MutableFigure);
  const totals = reports.flatMap((report) =>
    report.figures.filter((f) => f.parts).map((total) => ({ report, total, parts: partsOf(total, report) })),
  );
  const place = (report: MutableReport) => report.name.replace(/^.*?\] /, '').replace(/:.*$/, '');

  for (const { report, total, parts } of rng.sample(totals, count('bar'))) {
    charts.push({
      id: id(),
      type: 'bar',
      title: `${SYNTHETIC} ${total.label}, theo thành phần`,
      subtitle: place(report),
      items: parts.map((p) => ({ figure: p.id })),
    });
  }

  // Two provinces side by side: the same breakdown, one group per report.
  const byIndicator = new Map<string, typeof totals>();
  for (const t of totals) byIndicator.set(t.total.indicator, [...(byIndicator.get(t.total.indicator) ?? []), t]);
  const pairs = [...byIndicator.values()].filter((list) => list.length >= 2);
  for (let i = 0; i < count('grouped-bar') && pairs.length > 0; i += 1) {
    const [a, b] = rng.sample(rng.pick(pairs), 2) as [(typeof totals)[number], (typeof totals)[number]];
    charts.push({
      id: id(),
      type: 'grouped-bar',
      title: `${SYNTHETIC} ${a.total.label}: so sánh hai báo cáo`,
      stacked: rng.chance(0.5),
      items: [a, b].flatMap(({ report, parts }) =>
        parts.map((p) => ({ figure: p.id, label: p.label, group: place(report) })),
      ),
    });
  }

  const counts = reports.flatMap((r) => r.figures).filter((f) => f.unit !== '%' && !f.parts);
  const sameIndicator = new Map<string, MutableFigure[]>();
  for (const f of counts) sameIndicator.set(f.indicator, [...(sameIndicator.get(f.indicator) ?? []), f]);
  const slopeCandidates = [...sameIndicator.values()].filter((list) => list.length >= 2);
  for (let i = 0; i < count('slope') && slopeCandidates.length > 0; i += 1) {
    const [first, second] = rng.sample(rng.pick(slopeCandidates), 2) as [MutableFigure, MutableFigure];
    charts.push({
      id: id(),
      type: 'slope',
      title: `${SYNTHETIC} ${first.label}: hai báo cáo`,
      items: [{ figure: first.id }, { figure: second.id }],
    });
  }

  const shares = reports.flatMap((r) => r.figures).filter((f) => f.outOf !== undefined);
  for (const figure of rng.sample(shares, count('proportion'))) {
    charts.push({
      id: id(),
      type: 'proportion',
      title: `${SYNTHETIC} ${figure.label}`,
      items: [{ figure: figure.id }],
    });
  }

  for (let i = 0; i < count('timeline'); i += 1) {
    const by = i % 2 === 0 ? 'started' : 'recognised';
    const title = by === 'started' ? 'Mô hình theo năm bắt đầu' : 'Mô hình theo năm được ghi nhận';
    charts.push({ id: id(), type: 'timeline', title: `${SYNTHETIC} ${title}`, by });
  }
  const measures = [
    ['models', 'số mô hình'],
    ['highlighted-models', 'số mô hình được nhân rộng toàn quốc'],
    ['figures', 'số số liệu'],
  ] as const;
  for (let i = 0; i < count('tile-map'); i += 1) {
    const [measure, name] = measures[i % measures.length] ?? measures[0];
    charts.push({ id: id(), type: 'tile-map', title: `${SYNTHETIC} Bản đồ ${name} theo tỉnh, thành phố`, measure });
  }
  return charts;
}
