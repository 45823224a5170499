/**
 * Turns a chart definition from content/charts/ into a chart model (via the pure layouts
 * in src/charts) and into the rows of its data table. Pure: content in, models out.
 */
import { layoutHorizontalBar } from '../charts/bar.ts';
import { layoutGroupedBar } from '../charts/grouped-bar.ts';
import { layoutProportion } from '../charts/proportion.ts';
import { layoutSlope } from '../charts/slope.ts';
import { layoutTileMap } from '../charts/tile-map.ts';
import { layoutTimeline } from '../charts/timeline.ts';
import type { ChartModel, Datum, TileValue } from '../charts/types.ts';
import type { Chart } from '../schemas/chart.ts';
import type { Report } from '../schemas/report.ts';
import type { ContentIndex, SourcedFigure } from './content-index.ts';
import { formatFigureValue, formatNumber, formatPeriod, periodEndYear } from './format.ts';
import { TIMELINE_MAX_ITEMS } from './listing.ts';
import { modelPath, provincePath } from './links.ts';

/** One row of a chart's data table and CSV download. */
export interface ChartRow {
  label: string;
  value: number;
  display: string;
  unit: string;
  period: string;
  source: string;
  sourceId: string;
}

type FigureChart = Extract<Chart, { items: unknown }>;

function figuresOf(
  chart: FigureChart,
  site: ContentIndex,
): Array<{ figure: SourcedFigure; label: string; group?: string }> {
  return chart.items.map((item) => {
    const figure = site.figure(item.figure);
    return { figure, label: item.label ?? figure.label, ...(item.group ? { group: item.group } : {}) };
  });
}

const datum = (figure: SourcedFigure, label: string, group?: string): Datum => ({
  id: figure.id,
  label,
  value: figure.value,
  display: formatFigureValue(figure),
  qualifier: figure.qualifier,
  ...(group ? { group } : {}),
});

/** The year a model is placed at on a timeline, or null when the sources give none. */
function timelineYear(site: ContentIndex, slug: string, by: 'started' | 'recognised'): number | null {
  const model = site.model(slug);
  if (by === 'started') return model.started;
  return model.recognitions.find((r) => r.year !== null)?.year ?? null;
}

type Model = ContentIndex['data']['models'][number];

/** Models with a year on the timeline, in year order (ties by slug, so output is stable). */
function timelinePlacements(site: ContentIndex, by: 'started' | 'recognised'): Array<{ model: Model; year: number }> {
  return site.data.models
    .map((model) => ({ model, year: timelineYear(site, model.slug, by) }))
    .filter((x): x is { model: Model; year: number } => x.year !== null)
    .sort((a, b) => a.year - b.year || a.model.slug.localeCompare(b.model.slug));
}

/** How many placed models fall in each year, oldest year first. */
export function yearCounts(placed: ReadonlyArray<{ year: number }>): Array<{ year: number; count: number }> {
  const counts = new Map<number, number>();
  for (const { year } of placed) counts.set(year, (counts.get(year) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count }));
}

/** Value per current unit for the tile map. */
function tileValues(chart: Extract<Chart, { type: 'tile-map' }>, site: ContentIndex): Map<string, TileValue> {
  const values = new Map<string, TileValue>();
  for (const page of site.provincePages) {
    if (page.kind !== 'current') continue;
    const count =
      chart.measure === 'figures'
        ? site.figuresOfProvinces(page.formerCodes).length
        : site.modelsOfProvinces(page.formerCodes).filter((m) => chart.measure === 'models' || m.highlight).length;
    values.set(page.code, { value: count, display: String(count), href: provincePath(page.slug) });
  }
  return values;
}

const TILE_UNITS: Record<Extract<Chart, { type: 'tile-map' }>['measure'], string> = {
  models: 'mô hình',
  'highlighted-models': 'mô hình nhân rộng toàn quốc',
  figures: 'số liệu',
};

/** Where a chart's data comes from, for its caption and citation. */
export function chartReports(chart: Chart, site: ContentIndex): Report[] {
  if ('items' in chart)
    return [...new Map(figuresOf(chart, site).map((f) => [f.figure.report.id, f.figure.report])).values()];
  return [...site.data.reports];
}

/** The rows behind the chart, as its table and CSV show them. */
export function chartRows(chart: Chart, site: ContentIndex): ChartRow[] {
  if ('items' in chart)
    return figuresOf(chart, site).map(({ figure, label, group }) => ({
      label: group ? `${label} — ${group}` : label,
      value: figure.value,
      display: formatFigureValue(figure),
      unit: figure.unit,
      period: formatPeriod(figure.period),
      source: figure.report.name,
      sourceId: figure.report.id,
    }));
  if (chart.type === 'timeline') {
    const placed = timelinePlacements(site, chart.by);
    const unit = chart.by === 'started' ? 'năm bắt đầu' : 'năm ghi nhận';
    if (placed.length > TIMELINE_MAX_ITEMS)
      return yearCounts(placed).map(({ year, count }) => ({
        label: String(year),
        value: count,
        display: formatNumber(count),
        unit: `mô hình (theo ${unit})`,
        period: String(year),
        source: 'Tổng hợp từ các báo cáo nguồn',
        sourceId: '',
      }));
    return placed.map(({ model, year }) => ({
      label: model.name,
      value: year,
      display: String(year),
      unit,
      period: String(year),
      source: site.report(model.reports[0] ?? '').name,
      sourceId: model.reports[0] ?? '',
    }));
  }
  const values = tileValues(chart, site);
  return site.provinces.current
    .filter((u) => values.has(u.code))
    .map((u) => ({
      label: u.name,
      value: values.get(u.code)?.value ?? 0,
      display: values.get(u.code)?.display ?? '0',
      unit: TILE_UNITS[chart.measure],
      period: 'theo các báo cáo trên cổng',
      source: 'Tổng hợp từ các báo cáo nguồn',
      sourceId: '',
    }));
}

/**
 * Builds the chart model at a given width; `idPrefix` keeps element ids unique per page.
 * `notes` are written into the SVG under the drawing, for the downloaded file (its note,
 * sources, licence and URL); on a page the figure's caption carries them instead.
 */
export function chartModel(
  chart: Chart,
  site: ContentIndex,
  width: number,
  idPrefix: string,
  notes: readonly string[] = [],
): ChartModel {
  const id = `${idPrefix}-${chart.id}`;
  switch (chart.type) {
    case 'bar': {
      const items = figuresOf(chart, site);
      return layoutHorizontalBar(
        items.map(({ figure, label }) => datum(figure, label)),
        { width, title: chart.title, unit: items[0]?.figure.unit ?? '', id, notes },
      );
    }
    case 'grouped-bar': {
      const items = figuresOf(chart, site);
      return layoutGroupedBar(
        items.map(({ figure, label, group }) => datum(figure, label, group)),
        { width, title: chart.title, unit: '', id, notes, mode: chart.stacked ? 'stacked' : 'grouped' },
      );
    }
    case 'slope': {
      const [before, after] = figuresOf(chart, site);
      if (!before || !after) throw new Error(`chart "${chart.id}" needs two figures`);
      const label = (f: SourcedFigure) => String(periodEndYear(f.period) ?? formatPeriod(f.period));
      return layoutSlope(
        [
          {
            id: chart.id,
            label: before.label,
            start: {
              value: before.figure.value,
              display: formatFigureValue(before.figure),
              qualifier: before.figure.qualifier,
            },
            end: {
              value: after.figure.value,
              display: formatFigureValue(after.figure),
              qualifier: after.figure.qualifier,
            },
          },
        ],
        {
          width,
          title: chart.title,
          unit: before.figure.unit,
          startLabel: label(before.figure),
          endLabel: label(after.figure),
          id,
          notes,
        },
      );
    }
    case 'proportion': {
      const [only] = figuresOf(chart, site);
      if (!only || only.figure.outOf === undefined) throw new Error(`chart "${chart.id}" needs a figure with outOf`);
      return layoutProportion({
        part: only.figure.value,
        whole: only.figure.outOf,
        unit: only.figure.unit,
        partLabel: only.label,
        qualifier: only.figure.qualifier,
        width,
        title: chart.title,
        id,
        notes,
      });
    }
    case 'timeline': {
      const placed = timelinePlacements(site, chart.by);
      if (placed.length > TIMELINE_MAX_ITEMS) {
        // Thousands of names on one axis are unreadable: count the models per year instead, and say so.
        const counts = yearCounts(placed);
        const unit = chart.by === 'started' ? 'bắt đầu' : 'được ghi nhận';
        return layoutHorizontalBar(
          counts.map(({ year, count }) => ({
            id: `${id}-${year}`,
            label: String(year),
            value: count,
            display: formatNumber(count),
            qualifier: 'exact',
          })),
          {
            width,
            title: chart.title,
            unit: 'mô hình',
            id,
            notes: [
              `${formatNumber(placed.length)} mô hình có năm ${unit}, quá nhiều để ghi tên từng mô hình: biểu đồ đếm số mô hình mỗi năm.`,
              ...notes,
            ],
          },
        );
      }
      return layoutTimeline(
        placed.map(({ model, year }) => ({ id: model.slug, label: model.name, year, href: modelPath(model.slug) })),
        { width, title: chart.title, id, notes },
      );
    }
    case 'tile-map': {
      const formerMarks = new Map(
        site.provinces.current.map((u) => [u.code, site.provinces.formersOf(u.code).map((f) => f.name)]),
      );
      return layoutTileMap(
        site.provinces.current.map((u) => ({
          code: u.code,
          name: u.name,
          col: u.tile.col,
          row: u.tile.row,
          archipelagos: [...u.archipelagos],
        })),
        {
          values: tileValues(chart, site),
          formerMarks,
          title: chart.title,
          unit: TILE_UNITS[chart.measure],
          id,
          notes,
        },
      );
    }
  }
}

/** Charts drawn only from figures of these former provinces (for a province page). */
export function chartsOfProvinces(
  charts: readonly Chart[],
  site: ContentIndex,
  formerCodes: readonly string[],
): Chart[] {
  return charts.filter(
    (chart) =>
      'items' in chart && chart.items.every((item) => formerCodes.includes(site.figure(item.figure).report.province)),
  );
}

/** Charts that draw any figure about a model. */
export function chartsOfModel(charts: readonly Chart[], site: ContentIndex, slug: string): Chart[] {
  return charts.filter(
    (chart) => 'items' in chart && chart.items.some((item) => site.figure(item.figure).model === slug),
  );
}

/** Charts that compare provinces: figures from more than one former province. */
export function comparisonCharts(charts: readonly Chart[], site: ContentIndex): Chart[] {
  return charts.filter(
    (chart) =>
      'items' in chart && new Set(chart.items.map((item) => site.figure(item.figure).report.province)).size > 1,
  );
}

/**
 * For every indicator marked comparable that has figures from two or more provinces, a bar
 * chart of them, with a plain note when their periods differ. Built from content, so a new
 * province's figures join without an editor defining the chart.
 */
export function indicatorComparisons(site: ContentIndex): Chart[] {
  return site.data.indicators
    .filter((indicator) => indicator.comparable)
    .flatMap((indicator): Chart[] => {
      const figures = site.figuresOfIndicator(indicator.id);
      const provinces = new Set(figures.map((f) => f.report.province));
      if (provinces.size < 2) return [];
      const periods = new Set(figures.map((f) => formatPeriod(f.period)));
      const label = (f: SourcedFigure) =>
        `${site.provinces.formerByCode(f.report.province).name} (${formatPeriod(f.period)})`;
      return [
        {
          id: `so-sanh-${indicator.id}`,
          type: 'bar',
          title: `${indicator.name}: so sánh giữa các tỉnh`,
          subtitle: indicator.definition,
          ...(periods.size > 1
            ? {
                note: 'Các con số thuộc những thời kỳ khác nhau và do từng tỉnh tự đếm, nên chỉ so sánh được về độ lớn.',
              }
            : {}),
          items: [...figures].sort((a, b) => b.value - a.value).map((f) => ({ figure: f.id, label: label(f) })),
        },
      ];
    });
}
