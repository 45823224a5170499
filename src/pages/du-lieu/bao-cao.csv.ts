import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { toCsv } from '../../lib/csv.ts';
import { REPORT_FIELDS, reportRows } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(
    toCsv(
      REPORT_FIELDS.map((f) => f.name),
      reportRows(await getSite()),
    ),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
