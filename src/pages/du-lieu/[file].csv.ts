import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { toCsv, type CsvTarget } from '../../lib/csv.ts';
import { excelFile, OPEN_DATA_TABLES, packageFile, type OpenDataTable } from '../../lib/open-data.ts';

// Each table twice: the data package's file, and a copy for Excel (a byte-order mark, and
// text that would start a formula made text: see src/lib/csv.ts).
export const getStaticPaths = (() =>
  OPEN_DATA_TABLES.flatMap((table) => [
    { params: { file: packageFile(table).replace(/\.csv$/, '') }, props: { table, target: 'data' as CsvTarget } },
    { params: { file: excelFile(table).replace(/\.csv$/, '') }, props: { table, target: 'spreadsheet' as CsvTarget } },
  ])) satisfies GetStaticPaths;

export const GET: APIRoute<{ table: OpenDataTable; target: CsvTarget }> = async ({ props: { table, target } }) =>
  new Response(
    toCsv(
      table.fields.map((f) => f.name),
      table.rows(await getSite()),
      target,
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
