import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { toCsv } from '../../lib/csv.ts';
import { MODEL_FIELDS, modelRows } from '../../lib/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(
    toCsv(
      MODEL_FIELDS.map((f) => f.name),
      modelRows(await getSite()),
    ),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
