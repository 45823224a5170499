import QRCode from 'qrcode';
import { escapeXml } from './xml.ts';

/** Light margin around the symbol, in modules. The QR spec asks for 4; 2 still scans and wastes less print space. */
const QUIET_ZONE = 2;

/**
 * Path data for the dark modules, one horizontal run per subpath. Runs instead of one square per module keep the
 * string several times shorter, and integer coordinates with crispEdges avoid hairline seams between neighbours.
 */
function darkModulesPath(data: Uint8Array, size: number): string {
  let d = '';
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!data[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && data[row * size + col]) col++;
      const run = col - start;
      d += `M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${run}v1h-${run}z`;
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
    `<path fill="#000" d="${darkModulesPath(modules.data, modules.size)}"/></svg>`
  );
}
