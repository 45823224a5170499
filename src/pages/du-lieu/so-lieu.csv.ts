import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { toCsv } from '../../lib/csv.ts';
import { FIGURE_FIELDS, figureRows } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(
    toCsv(
      FIGURE_FIELDS.map((f) => f.name),
      figureRows(await getSite()),
    ),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
