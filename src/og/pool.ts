/**
 * Open Graph cards rendered on worker threads. Satori's layout and resvg's PNG encoding are
 * synchronous and took about 16 ms of the main thread per card, the main thread Astro also
 * renders every page on; on worker threads a cold build renders pages and images side by side.
 *
 * The worker is an ES module given as a data: URL, so it needs no file of its own next to
 * the bundled build output; it imports satori and resvg by the absolute file URLs this module
 * resolves in node_modules (data: modules can import absolute URLs and node: builtins).
 */
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface RenderJob {
  /** The satori element tree (plain JSON). */
  tree: unknown;
  width: number;
  height: number;
}

export interface PoolSetup {
  /** Absolute paths of the satori and @resvg/resvg-js entry points. */
  satoriPath: string;
  resvgPath: string;
  fonts: ReadonlyArray<{ name: string; data: Uint8Array; weight: number; style: 'normal' }>;
  resvgOptions: unknown;
}

const WORKER_SOURCE = `
import { parentPort, workerData } from 'node:worker_threads';
const satori = (await import(workerData.satori)).default;
const resvg = await import(workerData.resvg);
const Resvg = resvg.Resvg ?? resvg.default.Resvg;
parentPort.on('message', async ({ id, tree, width, height }) => {
  try {
    const svg = await satori(tree, { width, height, fonts: workerData.fonts });
    const png = new Resvg(svg, workerData.resvgOptions).render().asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: error && error.stack ? error.stack : String(error) });
  }
});
`;

interface Pending {
  resolve: (png: Buffer) => void;
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
      satori: pathToFileURL(setup.satoriPath).href,
      resvg: pathToFileURL(setup.resvgPath).href,
      fonts: setup.fonts,
      resvgOptions: setup.resvgOptions,
    };
    const url = new URL(`data:text/javascript,${encodeURIComponent(WORKER_SOURCE)}`);
    this.slots = Array.from({ length: Math.max(1, size) }, () => {
      const slot: Slot = { worker: new Worker(url, { workerData }), busy: 0 };
      slot.worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
        slot.busy -= 1;
        // An idle worker must not keep a finished build alive; a busy one must.
        if (slot.busy === 0) slot.worker.unref();
        const job = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (!job) return;
        if (message.png) job.resolve(Buffer.from(message.png));
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

  render(job: RenderJob): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (slot.busy === 0) slot.worker.ref();
      slot.busy += 1;
      slot.worker.postMessage({ id, ...job });
    });
  }
}
