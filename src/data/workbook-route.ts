import type { APIRoute, GetStaticPaths } from 'astro';
import { Worker } from 'node:worker_threads';
import type { ContentIndex } from '../lib/content-index.ts';
import { WORKBOOK_NAME, openDataWorkbook, type WorkbookModel } from '../lib/workbook.ts';
import { WORKBOOK_MEDIA_TYPES, type WorkbookFormat } from '../lib/workbook-file.ts';
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

/** A worker given as a data: URL, so the build needs no file of its own for it (as src/og/pool.ts). */
const WORKER_SOURCE = `
import { parentPort, workerData } from 'node:worker_threads';
const { writeWorkbook } = await import(workerData.writer);
const bytes = writeWorkbook(workerData.model, workerData.format);
parentPort.postMessage(bytes, [bytes.buffer]);
`;

/**
 * The workbook's bytes, written on a worker thread: at national scale SheetJS took 9.4 s of the
 * main thread, which renders every page, for the two files in a profiled cold build, and held up
 * the pages rendering beside them. The writer is imported dynamically, so a build gives it a chunk of
 * its own for the worker to load.
 */
async function writeOnWorker(model: WorkbookModel, format: WorkbookFormat): Promise<Uint8Array<ArrayBuffer>> {
  const writer = await import('../lib/workbook-writer.ts');
  // Named here so the bundler keeps it in the chunk: this side never calls it.
  if (typeof writer.writeWorkbook !== 'function') throw new Error('the workbook writer module lacks writeWorkbook');
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(WORKER_SOURCE)}`), {
    workerData: { writer: writer.WORKBOOK_WRITER_URL, model, format },
  });
  try {
    return await new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the ${format} workbook's worker stopped (exit code ${code})`)));
    });
  } finally {
    await worker.terminate();
  }
}

/**
 * The route of the open data as one spreadsheet in a format: /du-lieu/<data package name>.<format>.
 * Each format has its own page file ([workbook].xlsx.ts, [workbook].ods.ts) so that Astro sees the
 * extension and serves the file without a trailing slash, as it does the CSV files. A rebuild
 * copies it while the data is unchanged.
 */
export function workbookRoute(format: WorkbookFormat): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: async () => [
      { params: { workbook: WORKBOOK_NAME }, cacheKey: workbookKey(modelOf(await getSite()), format) },
    ],
    GET: async () =>
      new Response(await writeOnWorker(modelOf(await getSite()), format), {
        headers: { 'Content-Type': WORKBOOK_MEDIA_TYPES[format] },
      }),
  };
}
