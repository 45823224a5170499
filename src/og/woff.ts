/**
 * WOFF 1.0 to a plain OpenType (sfnt) file. HarfBuzz reads only sfnt; a WOFF file is the same tables, each
 * zlib-compressed unless that saved nothing (https://www.w3.org/TR/WOFF/).
 */
import { inflateSync } from 'node:zlib';

const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const src = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.byteLength < WOFF_HEADER || src.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file');
  const flavor = src.getUint32(4);
  const numTables = src.getUint16(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = src.getUint32(at + 4);
    const compLength = src.getUint32(at + 8);
    const origLength = src.getUint32(at + 12);
    const stored = woff.subarray(offset, offset + compLength);
    if (stored.byteLength !== compLength) throw new Error('WOFF table runs past the end of the file');
    const data = compLength < origLength ? new Uint8Array(inflateSync(stored)) : stored;
    if (data.byteLength !== origLength) throw new Error('WOFF table has the wrong length once inflated');
    return { tag: src.getUint32(at), checksum: src.getUint32(at + 16), data };
  });

  let size = SFNT_HEADER + numTables * SFNT_ENTRY;
  const offsets = tables.map((t) => {
    const at = size;
    size += (t.data.byteLength + 3) & ~3;
    return at;
  });
  const out = new Uint8Array(size);
  const dst = new DataView(out.buffer);
  // searchRange etc. as the OpenType spec derives them from the table count.
  const power = 2 ** Math.floor(Math.log2(Math.max(1, numTables)));
  dst.setUint32(0, flavor);
  dst.setUint16(4, numTables);
  dst.setUint16(6, power * 16);
  dst.setUint16(8, Math.log2(power));
  dst.setUint16(10, numTables * 16 - power * 16);
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    dst.setUint32(at, t.tag);
    dst.setUint32(at + 4, t.checksum);
    dst.setUint32(at + 8, offsets[i]!);
    dst.setUint32(at + 12, t.data.byteLength);
    out.set(t.data, offsets[i]);
  });
  return out;
}
