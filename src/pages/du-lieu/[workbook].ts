import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../data/site.ts';
import { openDataWorkbook } from '../../lib/workbook.ts';
import { WORKBOOK_MEDIA_TYPES, workbookFile, writeWorkbook, type WorkbookFormat } from '../../lib/workbook-file.ts';

// The open data as one spreadsheet, in each format: /du-lieu/<data package name>.xlsx and .ods.
export const getStaticPaths = (() =>
  (Object.keys(WORKBOOK_MEDIA_TYPES) as WorkbookFormat[]).map((format) => ({
    params: { workbook: workbookFile(format) },
    props: { format },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ format: WorkbookFormat }> = async ({ props: { format }, site }) =>
  new Response(writeWorkbook(openDataWorkbook(await getSite(), String(site ?? 'http://127.0.0.1:4321/')), format), {
    headers: { 'Content-Type': WORKBOOK_MEDIA_TYPES[format] },
  });
