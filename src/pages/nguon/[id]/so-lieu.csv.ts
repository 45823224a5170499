import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../data/site.ts';
import { toCsv } from '../../../lib/csv.ts';
import { FIGURE_FIELDS, figureRows } from '../../../lib/open-data.ts';

// One report's figures, with the columns of /du-lieu/so-lieu.csv: the download its page's
// Dataset names. A single table handed to readers, so Excel's byte-order mark leads it.
export const getStaticPaths = (async () =>
  (await getSite()).data.reports.map((report) => ({ params: { id: report.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const csv = toCsv(
    FIGURE_FIELDS.map((f) => f.name),
    figureRows(site, site.figuresOfReport(String(params.id))),
    'spreadsheet',
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
