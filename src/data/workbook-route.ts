import type { APIRoute, GetStaticPaths } from 'astro';
import { WORKBOOK_NAME, openDataWorkbook } from '../lib/workbook.ts';
import { WORKBOOK_MEDIA_TYPES, writeWorkbook, type WorkbookFormat } from '../lib/workbook-file.ts';
import { getSite } from './site.ts';

/**
 * The route of the open data as one spreadsheet in a format: /du-lieu/<data package name>.<format>.
 * Each format has its own page file ([workbook].xlsx.ts, [workbook].ods.ts) so that Astro sees the
 * extension and serves the file without a trailing slash, as it does the CSV files.
 */
export function workbookRoute(format: WorkbookFormat): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: () => [{ params: { workbook: WORKBOOK_NAME } }],
    GET: async ({ site }) =>
      new Response(writeWorkbook(openDataWorkbook(await getSite(), String(site ?? 'http://127.0.0.1:4321/')), format), {
        headers: { 'Content-Type': WORKBOOK_MEDIA_TYPES[format] },
      }),
  };
}
