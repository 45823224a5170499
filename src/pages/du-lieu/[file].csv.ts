import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { toCsv } from '../../lib/csv.ts';
import { excelFile, OPEN_DATA_TABLES, packageFile, type OpenDataTable } from '../../lib/open-data.ts';

// Each table twice: the data package's file, and a copy with a byte-order mark for Excel.
export const getStaticPaths = (() =>
  OPEN_DATA_TABLES.flatMap((table) => [
    { params: { file: packageFile(table).replace(/\.csv$/, '') }, props: { table, bom: false } },
    { params: { file: excelFile(table).replace(/\.csv$/, '') }, props: { table, bom: true } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: OpenDataTable; bom: boolean }> = async ({ props: { table, bom } }) =>
  new Response(
    toCsv(
      table.fields.map((f) => f.name),
      table.rows(await getSite()),
      { bom },
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
