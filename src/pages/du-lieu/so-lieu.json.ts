import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { figureRows } from '../../lib/open-data.ts';

// The same rows as so-lieu.csv, typed (numbers as numbers, empty cells as null).
export const GET: APIRoute = async () => {
  const rows = figureRows(await getSite()).map((row) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === undefined ? null : v])),
  );
  return new Response(JSON.stringify(rows, null, 1) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
