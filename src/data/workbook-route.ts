import type { APIRoute, GetStaticPaths } from 'astro';
import type { ContentIndex } from '../lib/content-index.ts';
import { WORKBOOK_NAME, openDataWorkbook, type WorkbookModel } from '../lib/workbook.ts';
import { WORKBOOK_MEDIA_TYPES, writeWorkbook, type WorkbookFormat } from '../lib/workbook-file.ts';
import { workbookKey } from './render-keys.ts';
import { getSite } from './site.ts';

/** The origin the workbook's links start with: the configured site (getStaticPaths has no `site`). */
const ORIGIN = new URL(import.meta.env.SITE ?? 'http://127.0.0.1:4321/').href;

/** The model, built once per build for both the key and the file, and for both formats. */
const models = new WeakMap<ContentIndex, WorkbookModel>();
function modelOf(site: ContentIndex): WorkbookModel {
  let model = models.get(site);
  if (!model) {
    model = openDataWorkbook(site, ORIGIN);
    models.set(site, model);
  }
  return model;
}

/**
 * The route of the open data as one spreadsheet in a format: /du-lieu/<data package name>.<format>.
 * Each format has its own page file ([workbook].xlsx.ts, [workbook].ods.ts) so that Astro sees the
 * extension and serves the file without a trailing slash, as it does the CSV files. Writing it
 * takes seconds at national scale, so a rebuild copies it while the data is unchanged.
 */
export function workbookRoute(format: WorkbookFormat): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => [
      { params: { workbook: WORKBOOK_NAME }, cacheKey: workbookKey(modelOf(await getSite()), format) },
    ],
    GET: async () =>
      new Response(writeWorkbook(modelOf(await getSite()), format), {
        headers: { 'Content-Type': WORKBOOK_MEDIA_TYPES[format] },
      }),
  };
}
