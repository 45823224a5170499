import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts, getSite } from '../../../data/site.ts';
import { chartRows } from '../../../lib/chart-models.ts';
import { toCsv } from '../../../lib/csv.ts';
import type { Chart } from '../../../schemas/chart.ts';

export const getStaticPaths = (async () =>
  (await getCharts()).map((chart) => ({ params: { id: chart.id }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: Chart }> = async ({ props }) => {
  const rows = chartRows(props.chart, await getSite()).map((r) => ({
    label: r.label,
    value: r.value,
    display: r.display,
    unit: r.unit,
    period: r.period,
    source: r.source,
    report_id: r.sourceId,
  }));
  // A single chart's data is for spreadsheets: the byte-order mark makes Excel read it as UTF-8.
  const csv = toCsv(['label', 'value', 'display', 'unit', 'period', 'source', 'report_id'], rows, 'spreadsheet');
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
