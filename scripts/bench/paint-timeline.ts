/**
 * What a page cost before and after its first contentful paint, from the browser's own
 * network events (Chrome DevTools Protocol, one clock for network and paint). Pure: events
 * in, numbers out; scripts/bench/slow-network.ts records the events.
 */

/** One network event of a page load, times in seconds on the protocol's monotonic clock. */
export type NetworkEvent =
  | { kind: 'sent'; id: string; ts: number; url: string; type: string }
  /** The status line and headers arrived: `bytes` is their size on the wire. */
  | { kind: 'response'; id: string; ts: number; bytes: number }
  /**
   * A chunk of a body arrived: `decoded` bytes after decompression, `bytes` as encoded on the
   * wire. Chromium often reports the encoded size of a document's chunks as 0 and gives it
   * only when the response is complete.
   */
  | { kind: 'data'; id: string; ts: number; bytes: number; decoded: number }
  /** The response is complete: `bytes` is its whole size on the wire, headers included. */
  | { kind: 'finished'; id: string; ts: number; bytes: number }
  | { kind: 'failed'; id: string; ts: number };

export interface PaintTimeline {
  /** When the document was requested: the start of every time below. */
  startTs: number;
  /** First contentful paint, ms after the document's request. */
  fcpMs: number;
  /** The HTML's last byte, ms after its request. */
  htmlEndMs: number;
  /** First paint minus the HTML's last byte: negative when the page painted before it finished. */
  fcpAfterHtmlMs: number;
  /** Bytes on the wire (headers included) that had arrived when the page first painted. */
  bytesBeforePaint: number;
  /** Requests sent before the first paint, the document's included. */
  requestsBeforePaint: number;
  /** Everything the page's own requests transferred until the end of the recording. */
  bytes: number;
  requests: number;
}

type Of<K extends NetworkEvent['kind']> = Extract<NetworkEvent, { kind: K }>;

/**
 * Bytes of one response on the wire that had arrived by `until`. Complete by then: its whole
 * size. Still arriving: its headers if they had come, and its body's encoded chunks; when the
 * browser gave no encoded size per chunk, the share of the body's encoded size that the
 * decoded bytes received so far stand for.
 */
function bytesBy(events: readonly NetworkEvent[], until: number): number {
  const finished = events.find((e): e is Of<'finished'> => e.kind === 'finished');
  if (finished && finished.ts <= until) return finished.bytes;
  const response = events.find((e): e is Of<'response'> => e.kind === 'response');
  const headers = response && response.ts <= until ? response.bytes : 0;
  const chunks = events.filter((e): e is Of<'data'> => e.kind === 'data');
  const arrived = chunks.filter((c) => c.ts <= until);
  const encoded = arrived.reduce((sum, c) => sum + c.bytes, 0);
  const sizedPerChunk = chunks.some((c) => c.bytes > 0);
  if (sizedPerChunk || !finished) return headers + encoded;
  const decodedAll = chunks.reduce((sum, c) => sum + c.decoded, 0);
  const decodedArrived = arrived.reduce((sum, c) => sum + c.decoded, 0);
  const body = finished.bytes - (response?.bytes ?? 0);
  return headers + (decodedAll > 0 ? Math.round((body * decodedArrived) / decodedAll) : 0);
}

/**
 * Sums the network events against the first paint. The document is the first request of type
 * Document. Throws when the events hold no complete document, so a load that failed never reads
 * as a fast one.
 */
export function paintTimeline(events: readonly NetworkEvent[], fcpTs: number): PaintTimeline {
  const sent = events.filter((e): e is Of<'sent'> => e.kind === 'sent');
  const document = sent.find((e) => e.type === 'Document');
  if (!document) throw new Error('no document request among the network events');
  const byRequest = new Map<string, NetworkEvent[]>();
  for (const e of events) byRequest.set(e.id, [...(byRequest.get(e.id) ?? []), e]);
  const htmlEnd = byRequest.get(document.id)?.find((e) => e.kind === 'finished');
  if (!htmlEnd) throw new Error(`the document ${document.url} never finished loading`);

  let bytesBeforePaint = 0;
  let bytes = 0;
  const ids = new Set(sent.map((e) => e.id));
  for (const id of ids) {
    const own = byRequest.get(id) ?? [];
    bytes += bytesBy(own, Infinity);
    bytesBeforePaint += bytesBy(own, fcpTs);
  }
  const fcpMs = (fcpTs - document.ts) * 1000;
  const htmlEndMs = (htmlEnd.ts - document.ts) * 1000;
  return {
    startTs: document.ts,
    fcpMs,
    htmlEndMs,
    fcpAfterHtmlMs: fcpMs - htmlEndMs,
    bytesBeforePaint,
    requestsBeforePaint: sent.filter((e) => e.ts <= fcpTs).length,
    bytes,
    requests: ids.size,
  };
}

/** The run of median first paint (the lower middle of an even count), or undefined for none. */
export function medianRun<T extends { fcpMs: number }>(runs: readonly T[]): T | undefined {
  const sorted = [...runs].sort((a, b) => a.fcpMs - b.fcpMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}
