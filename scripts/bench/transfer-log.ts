/**
 * What a static server sent, response by response: status line, headers and body, as written
 * to the socket. Counting at the server sees every request the page makes, its search worker's
 * included (Playwright reports no body size for a worker's script), and counts the bytes as
 * encoded on the wire (Brotli, gzip or none).
 */
import type { OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';

export interface Transfer {
  path: string;
  /** Status line, headers and body, as written to the socket. */
  bytes: number;
  /** The body alone, as encoded: what is left when HTTP/2 or HTTP/3 compress the repeated headers away. */
  bodyBytes: number;
  contentEncoding: string;
}

export interface TransferLog {
  /** Responses finished since the last `take`, and forget them. */
  take(): Transfer[];
}

export function logTransfers(server: Server): TransferLog {
  let log: Transfer[] = [];
  // Before the server's own handler, so the socket's byte count is read before it writes.
  server.prependListener('request', (request, response) => {
    const socket = request.socket;
    const before = socket.bytesWritten;
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const encoding = contentEncodingOf(response);
    const body = bodyLengthOf(response);
    // One response at a time per connection (browsers do not pipeline HTTP/1.1), so what the
    // socket wrote between the request and the end of its response is that response.
    response.on('finish', () => {
      log.push({ path, bytes: socket.bytesWritten - before, bodyBytes: body(), contentEncoding: encoding() });
    });
  });
  return {
    take() {
      const taken = log;
      log = [];
      return taken;
    },
  };
}

/**
 * The Content-Encoding a response is sent with. Headers given to writeHead() are not readable
 * with getHeader(), so writeHead() is watched.
 */
function contentEncodingOf(response: ServerResponse): () => string {
  let encoding = '';
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((...args: unknown[]) => {
    const headers = args.find(
      (a): a is OutgoingHttpHeaders => typeof a === 'object' && a !== null && !Array.isArray(a),
    );
    const value = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1];
    if (typeof value === 'string') encoding = value;
    return writeHead(...args);
  }) as ServerResponse['writeHead'];
  return () => {
    const set = response.getHeader('content-encoding');
    return typeof set === 'string' ? set : encoding;
  };
}

/** The bytes of body given to write() and end(), before chunked framing. */
function bodyLengthOf(response: ServerResponse): () => number {
  let length = 0;
  const count = (chunk: unknown) => {
    if (typeof chunk === 'string') length += Buffer.byteLength(chunk);
    else if (chunk instanceof Uint8Array) length += chunk.byteLength;
  };
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  response.write = ((...args: unknown[]) => {
    count(args[0]);
    return write(...args);
  }) as ServerResponse['write'];
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.end = ((...args: unknown[]) => {
    if (typeof args[0] !== 'function') count(args[0]);
    return end(...args);
  }) as ServerResponse['end'];
  return () => length;
}
