/**
 * Pagefind's packed files (index chunks, fragments, filters, metadata, WebAssembly): each is
 * gzip of a payload that starts with the signature "pagefind_dcd", which Pagefind's script
 * unpacks in the browser, unless the bytes it receives already start with the signature.
 */
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip } from 'node:zlib';

const gunzipAsync = promisify(gunzip);
const gzipAsync = promisify(gzip);

export const PAGEFIND_PACKED = /[\\/]pagefind[\\/](?:.+\.pf_(?:meta|index|fragment|filter)|wasm\.[^\\/]+\.pagefind)$/;
const SIGNATURE = Buffer.from('pagefind_dcd');

/** The payload, or a build-stopping error when the bytes are not Pagefind's packed format. */
function checkedPayload(file: string, payload: Buffer | undefined): Buffer {
  if (!payload?.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    throw new Error(`${file}: not gzip of a "pagefind_dcd" payload; has Pagefind's file format changed?`);
  }
  return payload;
}

/**
 * The payload of a packed file, signature included. A file that is not in that format stops
 * the build: a Pagefind upgrade changed it, and re-encoding it blindly could break search.
 */
export async function unpack(file: string, packed: Buffer): Promise<Buffer> {
  return checkedPayload(file, await gunzipAsync(packed).catch(() => undefined));
}

/** unpack, on the calling thread (for worker threads, which do nothing else meanwhile). */
export function unpackSync(file: string, packed: Buffer): Buffer {
  let payload: Buffer | undefined;
  try {
    payload = gunzipSync(packed);
  } catch {
    payload = undefined;
  }
  return checkedPayload(file, payload);
}

/**
 * A result fragment without the given metadata fields. Fields that exist only to be searched
 * (a page's syllable pairs: thousands of tokens) would otherwise travel with every result a
 * reader is shown. The file keeps its name, so the index still points at it.
 */
export async function fragmentWithout(file: string, packed: Buffer, fields: readonly string[]): Promise<Buffer> {
  const payload = await unpack(file, packed);
  const fragment = JSON.parse(payload.subarray(SIGNATURE.length).toString('utf8')) as { meta?: Record<string, string> };
  if (typeof fragment.meta !== 'object' || fragment.meta === null) {
    throw new Error(`${file}: a Pagefind fragment without "meta"; has Pagefind's file format changed?`);
  }
  for (const field of fields) delete fragment.meta[field];
  return gzipAsync(Buffer.concat([SIGNATURE, Buffer.from(JSON.stringify(fragment), 'utf8')]));
}
