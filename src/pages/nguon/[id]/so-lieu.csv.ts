import type { APIRoute, GetStaticPaths } from 'astro';
import { reportCsvKey } from '../../../data/render-keys.ts';
import { getSite } from '../../../data/site.ts';
import { toCsv } from '../../../lib/csv.ts';
import { FIGURE_FIELDS, figureRows } from '../../../lib/open-data.ts';

// One report's figures, with the columns of /du-lieu/so-lieu.csv: the download its page's
// Dataset names. A single table handed to readers, so Excel's byte-order mark leads it.
// A rebuild copies each CSV whose figures are unchanged (experimental.incrementalBuild).
export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.data.reports.map((report) => ({ params: { id: report.id }, cacheKey: reportCsvKey(site, report) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await getSite();
  const csv = toCsv(
    FIGURE_FIELDS.map((f) => f.name),
    figureRows(site, site.figuresOfReport(String(params.id))),
    'spreadsheet',
  );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
