/**
 * What a chart's exported files say about themselves: title, period, source reports, licence
 * and permanent URL. A PNG or SVG travels without the page around it, so these facts go into
 * the image as visible text and into its metadata. Pure: content in, texts out.
 */
import type { Chart } from '../schemas/chart.ts';
import type { Period } from '../schemas/common.ts';
import { chartReports } from './chart-models.ts';
import type { ContentIndex } from './content-index.ts';
import { reportReference } from './figure-citation.ts';
import { formatPeriod } from './format.ts';
import { chartPath } from './links.ts';
import type { ExportFacts } from './export-metadata.ts';
import { DATA_LICENSE, SITE_NAME, absoluteUrl } from './site.ts';

/** Title, subtitle, period, sources, publisher, licence and URL of a chart. */
export type ChartProvenance = ExportFacts;

/** Distinct periods in drawing order; past three, the span of their years. */
export function periodSummary(periods: readonly Period[]): string {
  const texts = [...new Set(periods.map((p) => formatPeriod(p)))];
  if (texts.length <= 3) return texts.length ? texts.join('; ') : 'không rõ';
  const years = periods.flatMap((p) =>
    p.kind === 'range' ? [p.from, p.to] : p.date.year === null ? [] : [p.date.year],
  );
  const span = yearSpan(years);
  return span ? `nhiều thời kỳ, ${formatPeriod(span)}` : 'nhiều thời kỳ, không rõ năm';
}

/** The years from the first to the last, or null for none (a loop: national scale has too many to spread). */
function yearSpan(years: readonly number[]): Period | null {
  if (years.length === 0) return null;
  let from = Infinity;
  let to = -Infinity;
  for (const year of years) {
    from = Math.min(from, year);
    to = Math.max(to, year);
  }
  return { kind: 'range', from, to };
}

/** The periods a chart draws: its figures', its models' years, or its reports' for a map. */
function chartPeriods(chart: Chart, site: ContentIndex): Period[] {
  if ('items' in chart) return chart.items.map((item) => site.figure(item.figure).period);
  if (chart.type === 'timeline') {
    const years = site.data.models.flatMap((model) => {
      const year = chart.by === 'started' ? model.started : model.recognitions.find((r) => r.year !== null)?.year;
      return year === null || year === undefined ? [] : [year];
    });
    const span = yearSpan(years);
    return span ? [span] : [];
  }
  return site.data.reports.map((report) => report.period);
}

export function chartProvenance(chart: Chart, site: ContentIndex, origin: string | URL): ChartProvenance {
  const reports = chartReports(chart, site);
  // As on the page: up to three reports are named, more are listed on /nguon/.
  const source =
    reports.length <= 3
      ? reports.map(reportReference).join('; ')
      : `${reports.length} báo cáo nguồn, liệt kê tại ${absoluteUrl('/nguon/', origin)}`;
  return {
    title: chart.title,
    description: chart.subtitle ?? null,
    period: periodSummary(chartPeriods(chart, site)),
    source,
    licence: `${DATA_LICENSE.shortName} (${DATA_LICENSE.url})`,
    publisher: SITE_NAME,
    url: absoluteUrl(chartPath(chart.id), origin),
  };
}

/** Lines printed above the chart in an export. */
export function provenanceHeader(p: ChartProvenance): { title: string; lines: string[] } {
  return { title: p.title, lines: [...(p.description ? [p.description] : []), `Thời kỳ: ${p.period}`] };
}

/** Lines printed under the chart in an export. */
export function provenanceFooter(p: ChartProvenance): string[] {
  return [`Nguồn: ${p.source}.`, `${p.publisher}. Giấy phép ${p.licence}.`, p.url];
}

/** One sentence for the export's <desc>, after the chart's own text alternative. */
export function provenanceSentence(p: ChartProvenance): string {
  return `Thời kỳ: ${p.period}. Nguồn: ${p.source}. ${p.publisher}, giấy phép ${p.licence}. ${p.url}`;
}
