/**
 * Open Graph cards painted on worker threads, so the main thread, which Astro renders every page on, is not held up
 * by them: on worker threads a cold build renders pages and images side by side.
 *
 * The worker is an ES module given as a data: URL, so it needs no file of its own next to the bundled build output.
 * It imports the painter module by the URL that module reports for itself (the source file under tests, the built
 * chunk in a build) and harfbuzzjs by the absolute file URL this side resolves in node_modules (data: modules can
 * import absolute URLs and node: builtins).
 */
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { OgCard } from '../lib/og-card.ts';
import type { CacheSlot } from './paint.ts';

export interface PoolSetup {
  /** URL of the module exporting createPainter and paintOrReuse (src/og/paint.ts or its built chunk). */
  painterUrl: string;
  /** Absolute path of the harfbuzzjs entry point. */
  harfbuzzPath: string;
  /** The font files createPainter takes, by subset and weight. */
  fonts: Readonly<Record<string, Uint8Array>>;
}

const WORKER_SOURCE = `
import { parentPort, workerData } from 'node:worker_threads';
const harfbuzz = await (await import(workerData.harfbuzz)).default;
const { createPainter, paintOrReuse, paintIntoCache } = await import(workerData.painter);
const paint = createPainter(harfbuzz, workerData.fonts);
const failed = (id, error) => parentPort.postMessage({ id, error: error && error.stack ? error.stack : String(error) });
parentPort.on('message', ({ id, card, cache, ahead }) => {
  if (ahead) {
    // Each card is answered on its own, as soon as it is in the cache: one that fails fails alone.
    for (const job of ahead) {
      try {
        paintIntoCache(paint, job.card, job.cache);
        parentPort.postMessage({ id: job.id, png: null });
      } catch (error) {
        failed(job.id, error);
      }
    }
    return;
  }
  try {
    parentPort.postMessage({ id, png: paintOrReuse(paint, card, cache) });
  } catch (error) {
    failed(id, error);
  }
});
`;

interface Pending {
  resolve: (png: Buffer | null) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: number;
}

export class RenderPool {
  private readonly slots: Slot[];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  /** Set once any worker dies: later jobs fail at once instead of waiting on a dead thread. */
  private failure: Error | undefined;

  constructor(setup: PoolSetup, size = availableParallelism()) {
    const workerData = {
      painter: setup.painterUrl,
      harfbuzz: pathToFileURL(setup.harfbuzzPath).href,
      fonts: setup.fonts,
    };
    const url = new URL(`data:text/javascript,${encodeURIComponent(WORKER_SOURCE)}`);
    this.slots = Array.from({ length: Math.max(1, size) }, () => {
      const slot: Slot = { worker: new Worker(url, { workerData }), busy: 0 };
      slot.worker.on('message', (message: { id: number; png?: Uint8Array | null; error?: string }) => {
        slot.busy -= 1;
        // An idle worker must not keep a finished build alive; a busy one must.
        if (slot.busy === 0) slot.worker.unref();
        const job = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (!job) return;
        if (message.png) job.resolve(Buffer.from(message.png));
        else if (message.png === null) job.resolve(null);
        else job.reject(new Error(`Open Graph image failed to render: ${message.error ?? 'unknown error'}`));
      });
      const fail = (error: Error) => {
        this.failure ??= error;
        for (const [id, job] of this.pending) {
          job.reject(error);
          this.pending.delete(id);
        }
      };
      slot.worker.on('error', fail);
      slot.worker.on('exit', (code) => fail(new Error(`an Open Graph render worker stopped (exit code ${code})`)));
      slot.worker.unref();
      return slot;
    });
  }

  /** The card's PNG; with `cache`, taken from or stored in the cache by the worker. */
  render(card: OgCard, cache?: CacheSlot): Promise<Buffer> {
    return this.post({ card, cache }) as Promise<Buffer>;
  }

  /** Worker threads in the pool. */
  get size(): number {
    return this.slots.length;
  }

  /**
   * Paints the cards into the cache, unless there already, in one message; each promise resolves once its card is
   * there. A batch, not a card at a time: a worker that had to wait for the main thread, busy rendering pages, to
   * post its next card sat idle most of a national-scale cold build. On the last worker unless `anyWorker` (then the
   * least busy), so that work queued ahead while pages render keeps one core busy, never all of them: the main thread
   * keeps the other.
   */
  paintIntoCache(jobs: ReadonlyArray<{ card: OgCard; cache: CacheSlot }>, anyWorker = false): Promise<void>[] {
    const slot = anyWorker ? this.leastBusy() : this.slots[this.slots.length - 1]!;
    const batch = jobs.map((job) => ({ id: this.nextId++, ...job }));
    const done = batch.map(({ id }) => this.expect<void>(id, slot));
    if (!this.failure) slot.worker.postMessage({ ahead: batch });
    return done;
  }

  private post(job: { card: OgCard; cache?: CacheSlot | undefined }, slot = this.leastBusy()): Promise<Buffer | null> {
    const id = this.nextId++;
    const result = this.expect<Buffer | null>(id, slot);
    if (!this.failure) slot.worker.postMessage({ id, ...job });
    return result;
  }

  private leastBusy(): Slot {
    return this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
  }

  /** The answer to job `id`, which the caller posts to `slot` next (or a failure now, once a worker has died). */
  private expect<T extends Buffer | null | void>(id: number, slot: Slot): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (png) => resolve(png as T), reject });
      if (slot.busy === 0) slot.worker.ref();
      slot.busy += 1;
    });
  }
}
