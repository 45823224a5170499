/**
 * Text chunks in a PNG: what a chart's PNG export says about itself (title, source, licence,
 * URL) where image viewers, exiftool and search engines look. Pure: bytes in, bytes out, so
 * the browser script and the tests share it.
 *
 * PNG keywords and tEXt text are Latin-1; Vietnamese text goes into iTXt, which holds UTF-8
 * (PNG specification, 11.3.4). Chunks are written right after IHDR, before the image data,
 * so readers that stop at the first IDAT still see them.
 */

export interface PngText {
  /** 1–79 Latin-1 characters: "Title", "Source", "Copyright", "URL"… */
  keyword: string;
  text: string;
  /** Language of an iTXt text ("vi"); ignored when the text fits a tEXt chunk. */
  language?: string;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let crcTable: Uint32Array | undefined;

/** CRC-32 as PNG defines it (ISO 3309, the same as zlib's). */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Printable Latin-1 (and newline), the only text a tEXt chunk may hold. */
const LATIN1_TEXT = /^[\n\x20-\x7e\xa1-\xff]*$/u;
const KEYWORD = /^[\x21-\x7e\xa1-\xff](?:[\x20-\x7e\xa1-\xff]{0,77}[\x21-\x7e\xa1-\xff])?$/u;

function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(latin1(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** One tEXt chunk when the text is Latin-1, else an uncompressed iTXt chunk in UTF-8. */
export function textChunk({ keyword, text, language = '' }: PngText): Uint8Array {
  if (!KEYWORD.test(keyword) || keyword.includes('  ')) throw new RangeError(`not a PNG keyword: "${keyword}"`);
  if (LATIN1_TEXT.test(text)) return chunk('tEXt', concat([latin1(keyword), new Uint8Array([0]), latin1(text)]));
  if (!/^[a-zA-Z0-9-]*$/.test(language)) throw new RangeError(`not a language tag: "${language}"`);
  // keyword, 0, compression flag 0, method 0, language, 0, translated keyword (none), 0, text
  return chunk(
    'iTXt',
    concat([
      latin1(keyword),
      new Uint8Array([0, 0, 0]),
      latin1(language),
      new Uint8Array([0, 0]),
      new TextEncoder().encode(text),
    ]),
  );
}

function assertPng(png: Uint8Array): void {
  if (png.length < 33 || SIGNATURE.some((b, i) => png[i] !== b)) throw new Error('not a PNG file');
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('PNG without IHDR first');
}

/** The PNG with the texts inserted after its IHDR chunk; the image data is untouched. */
export function withPngText(png: Uint8Array, texts: readonly PngText[]): Uint8Array<ArrayBuffer> {
  assertPng(png);
  const afterHeader = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  return concat([png.subarray(0, afterHeader), ...texts.map(textChunk), png.subarray(afterHeader)]);
}

/** Every tEXt and iTXt of a PNG, in file order. Throws on a chunk whose CRC does not match. */
export function readPngText(png: Uint8Array): PngText[] {
  assertPng(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const texts: PngText[] = [];
  for (let at = 8; at + 12 <= png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 8 + length;
    if (end + 4 > png.length) throw new Error(`${type} chunk runs past the end of the file`);
    if (crc32(png.subarray(at + 4, end)) !== view.getUint32(end)) throw new Error(`${type} chunk has a bad CRC`);
    const data = png.subarray(at + 8, end);
    const nul = data.indexOf(0);
    const keyword = String.fromCharCode(...data.subarray(0, nul));
    if (type === 'tEXt') texts.push({ keyword, text: String.fromCharCode(...data.subarray(nul + 1)) });
    if (type === 'iTXt') {
      if (data[nul + 1] !== 0) throw new Error('compressed iTXt is not read here');
      const languageEnd = data.indexOf(0, nul + 3);
      const translatedEnd = data.indexOf(0, languageEnd + 1);
      const language = String.fromCharCode(...data.subarray(nul + 3, languageEnd));
      const text = new TextDecoder('utf-8', { fatal: true }).decode(data.subarray(translatedEnd + 1));
      texts.push({ keyword, text, ...(language ? { language } : {}) });
    }
    if (type === 'IEND') break;
    at = end + 4;
  }
  return texts;
}
