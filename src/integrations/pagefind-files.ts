/**
 * Pagefind's packed files (index chunks, fragments, filters, metadata, WebAssembly): each is
 * gzip of a payload that starts with the signature "pagefind_dcd", which Pagefind's script
 * unpacks in the browser, unless the bytes it receives already start with the signature.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export const PAGEFIND_PACKED = /[\\/]pagefind[\\/](?:.+\.pf_(?:meta|index|fragment|filter)|wasm\.[^\\/]+\.pagefind)$/;
const SIGNATURE = Buffer.from('pagefind_dcd');

/**
 * The payload of a packed file, signature included. A file that is not in that format stops
 * the build: a Pagefind upgrade changed it, and re-encoding it blindly could break search.
 * Synchronous: its callers (a compressing worker, the index writer) have nothing else to do meanwhile.
 */
export function unpack(file: string, packed: Buffer): Buffer {
  let payload: Buffer | undefined;
  try {
    payload = gunzipSync(packed);
  } catch {
    // Not gzip: the check below stops the build.
  }
  if (!payload?.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    throw new Error(`${file}: not gzip of a "pagefind_dcd" payload; has Pagefind's file format changed?`);
  }
  return payload;
}

/**
 * A result fragment without the given metadata fields. Fields that exist only to be searched
 * (a page's syllable pairs: thousands of tokens) would otherwise travel with every result a
 * reader is shown. The file keeps its name, so the index still points at it.
 */
export function fragmentWithout(file: string, packed: Buffer, fields: readonly string[]): Buffer {
  const payload = unpack(file, packed);
  const fragment = JSON.parse(payload.subarray(SIGNATURE.length).toString('utf8')) as { meta?: Record<string, string> };
  if (typeof fragment.meta !== 'object' || fragment.meta === null) {
    throw new Error(`${file}: a Pagefind fragment without "meta"; has Pagefind's file format changed?`);
  }
  for (const field of fields) delete fragment.meta[field];
  return gzipSync(Buffer.concat([SIGNATURE, Buffer.from(JSON.stringify(fragment), 'utf8')]));
}
