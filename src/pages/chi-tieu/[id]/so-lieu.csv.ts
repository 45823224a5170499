import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { toCsv } from '../../../lib/csv.ts';
import { inTimeOrder } from '../../../lib/indicator-series.ts';
import { FIGURE_FIELDS, figureRows } from '../../../lib/open-data.ts';

// One indicator's figures in time order, with the columns of /du-lieu/so-lieu.csv. A single
// table handed to readers, so Excel's byte-order mark leads it.
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.data.indicators
    .filter((i) => site.figuresOfIndicator(i.id).length > 0)
    .map((indicator) => ({ params: { id: indicator.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const csv = toCsv(
    FIGURE_FIELDS.map((f) => f.name),
    figureRows(site, inTimeOrder(site.figuresOfIndicator(String(params.id)))),
    'spreadsheet',
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
