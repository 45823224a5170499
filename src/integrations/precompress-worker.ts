/**
 * A compressing worker thread (src/integrations/precompress.ts starts them): takes batches of
 * file paths, compresses each with src/integrations/precompress-file.ts into its own view of
 * the cache, and on `close` reports what it read and wrote there.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compressFile } from './precompress-file.ts';
import { PackStore, type PackStoreSetup } from './precompress-cache.ts';

export type WorkerRequest = { batch: string[] } | { close: true };

const store = new PackStore(workerData as PackStoreSetup);
const port = parentPort!;

port.on('message', (message: WorkerRequest) => {
  if ('close' in message) {
    port.postMessage({ report: store.close() });
    return;
  }
  try {
    port.postMessage({ results: message.batch.map((file) => compressFile(file, store)) });
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
