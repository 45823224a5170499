import QRCode from 'qrcode';
import { escapeXml } from './xml.ts';

/** Light margin around the symbol, in modules. The QR spec asks for 4; 2 still scans and wastes less print space. */
const QUIET_ZONE = 2;

/**
 * Path data for the dark modules: each row one subpath of horizontal runs, stroked one module wide through the
 * row's middle ("M2 2.5h7m5 0h2": a run of 7, a gap of 5, a run of 2). A stroke needs no way back to close each
 * run, so the path is about half as long as filled rectangles and compresses about twice as well: it sits on every
 * page, inside the first round trip. Butt caps end each run exactly on a module edge, and integer edges with
 * crispEdges avoid hairline seams between neighbours.
 */
function darkModulesPath(data: Uint8Array, size: number): string {
  let d = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    let end = -1;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      d += end < 0 ? `M${start + QUIET_ZONE} ${row + QUIET_ZONE}.5` : `m${start - end} 0`;
      d += `h${col - start}`;
      end = col;
    }
  }
  return d;
}

/**
 * A standalone QR code as an SVG string. It has a viewBox but no width/height, so the surrounding CSS decides the
 * printed size, and a white background so it stays scannable on dark or patterned paper.
 * Synchronous on purpose: it is called while rendering Astro templates, where the async qrcode API is awkward.
 */
export function qrSvg(text: string, options: { label?: string } = {}): string {
  // One byte-mode segment: the symbol is the same as the library's own choice for URLs, and skipping its search for
  // the cheapest mix of modes saves a third of the time on every page.
  const { modules } = QRCode.create([{ data: new TextEncoder().encode(text), mode: 'byte' }], {
    errorCorrectionLevel: 'M',
  });
  const extent = modules.size + 2 * QUIET_ZONE;
  const label = escapeXml(options.label ?? text);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${extent} ${extent}" role="img" aria-label="${label}" ` +
    `shape-rendering="crispEdges"><title>${label}</title>` +
    `<rect width="${extent}" height="${extent}" fill="#fff"/>` +
    `<path stroke="#000" d="${darkModulesPath(modules.data, modules.size)}"/></svg>`
  );
}
