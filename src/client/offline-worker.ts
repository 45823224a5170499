// Talking to the service worker (public/sw.js): a message, and the replies it sends on a
// channel of its own (progress while saving, then a result).

export interface SavedPage {
  path: string;
  title: string;
  /** ISO date of the save. */
  saved: string;
}

export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'saved'; saved: number; failed: string[]; at: string }
  | { type: 'list'; pages: SavedPage[] }
  | { type: 'forgotten' }
  | { type: 'error' };

export const workerSupported = (): boolean => 'serviceWorker' in navigator && 'caches' in window;

/**
 * Sends a message to the active worker; resolves with the first reply that is not progress
 * (`onReply` sees every reply). Messages that want no answer resolve at once.
 */
export async function tellWorker(
  message: Record<string, unknown>,
  onReply?: (reply: WorkerReply) => void,
): Promise<WorkerReply | undefined> {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) throw new Error('no active service worker');
  if (!onReply && message['type'] === 'check') {
    worker.postMessage(message);
    return undefined;
  }
  const channel = new MessageChannel();
  const result = new Promise<WorkerReply>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<WorkerReply>) => {
      onReply?.(event.data);
      if (event.data.type !== 'progress') resolve(event.data);
    };
  });
  worker.postMessage(message, [channel.port2]);
  return result;
}

/** "15:04 ngày 06/12/2026", as the worker writes it on a saved page. */
export function savedAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'không rõ lúc nào';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getHours())}:${two(d.getMinutes())} ngày ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** "85 KB", rounded up so the promise is never smaller than the download. */
export const kilobytes = (bytes: number): string =>
  `${Math.max(1, Math.ceil(bytes / 1024)).toLocaleString('vi-VN')} KB`;
