/**
 * Glyph outlines to anti-aliased coverage masks. The outline is flattened to line segments and each segment adds its
 * signed area to an accumulation buffer; a running sum along each row then gives every pixel's exact coverage (the
 * approach of font-rs and stb_truetype). Nonzero winding is approximated by clamping |sum| to 1, which is exact for
 * outlines whose contours do not overlap with opposite directions, as in text fonts.
 */

/** An outline as flat numbers: per contour, its start point, then segments (`L` x y, `Q` cx cy x y, `C` …). */
export type Outline = ReadonlyArray<PathSegment>;
export type PathSegment =
  | { op: 'M' | 'L'; x: number; y: number }
  | { op: 'Q'; cx: number; cy: number; x: number; y: number }
  | { op: 'C'; c1x: number; c1y: number; c2x: number; c2y: number; x: number; y: number }
  | { op: 'Z' };

/** Parses the SVG path data HarfBuzz draws a glyph with (M, L, Q, C, Z with absolute coordinates). */
export function parseOutline(d: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /([MLQCZ])([^MLQCZ]*)/g;
  for (const [, op, args] of d.matchAll(re)) {
    const n = (args ?? '')
      .split(/[\s,]+/)
      .filter((s) => s !== '')
      .map(Number);
    if (n.some((v) => !Number.isFinite(v))) throw new Error(`bad number in glyph path: ${args}`);
    const need = { M: 2, L: 2, Q: 4, C: 6, Z: 0 }[op as 'M' | 'L' | 'Q' | 'C' | 'Z'];
    if (n.length !== need) throw new Error(`glyph path command ${op} takes ${need} numbers, got ${n.length}`);
    if (op === 'M' || op === 'L') out.push({ op, x: n[0]!, y: n[1]! });
    else if (op === 'Q') out.push({ op, cx: n[0]!, cy: n[1]!, x: n[2]!, y: n[3]! });
    else if (op === 'C') out.push({ op, c1x: n[0]!, c1y: n[1]!, c2x: n[2]!, c2y: n[3]!, x: n[4]!, y: n[5]! });
    else out.push({ op: 'Z' });
  }
  return out;
}

/** A coverage mask (0–255) placed with its top-left pixel at (left, top) relative to the glyph origin. */
export interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

/**
 * Rasterises an outline given in font units (y up) at `scale` pixels per unit, with the glyph origin at
 * (`originX`, 0) in pixels, `originX` being the sub-pixel phase in [0, 1). The mask is in pixel space, y down.
 */
export function rasterise(outline: Outline, scale: number, originX: number): Mask {
  // Flatten to a polyline list in pixel space first, tracking bounds.
  const lines: number[] = [];
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let sx = 0;
  let sy = 0;
  let px = 0;
  let py = 0;
  const lineTo = (x: number, y: number) => {
    if (x !== px || y !== py) lines.push(px, py, x, y);
    px = x;
    py = y;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  };
  const X = (x: number) => originX + x * scale;
  const Y = (y: number) => -y * scale;
  for (const s of outline) {
    if (s.op === 'M') {
      if (px !== sx || py !== sy) lineTo(sx, sy);
      sx = px = X(s.x);
      sy = py = Y(s.y);
      lineTo(sx, sy);
    } else if (s.op === 'L') lineTo(X(s.x), Y(s.y));
    else if (s.op === 'Q') {
      const [x0, y0, x1, y1, x2, y2] = [px, py, X(s.cx), Y(s.cy), X(s.x), Y(s.y)];
      const dev = Math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2);
      const steps = Math.max(1, Math.ceil(Math.sqrt(dev * 4)));
      for (let i = 1; i <= steps; i++) {
        const t = i / steps;
        const u = 1 - t;
        lineTo(u * u * x0 + 2 * u * t * x1 + t * t * x2, u * u * y0 + 2 * u * t * y1 + t * t * y2);
      }
    } else if (s.op === 'C') {
      const [x0, y0, x1, y1, x2, y2, x3, y3] = [px, py, X(s.c1x), Y(s.c1y), X(s.c2x), Y(s.c2y), X(s.x), Y(s.y)];
      const dev = Math.max(
        Math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2),
        Math.hypot(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3),
      );
      const steps = Math.max(1, Math.ceil(Math.sqrt(dev * 6)));
      for (let i = 1; i <= steps; i++) {
        const t = i / steps;
        const u = 1 - t;
        const a = u * u * u;
        const b = 3 * u * u * t;
        const c = 3 * u * t * t;
        const d = t * t * t;
        lineTo(a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3);
      }
    } else lineTo(sx, sy);
  }
  if (px !== sx || py !== sy) lineTo(sx, sy);
  if (lines.length === 0) return { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };

  const left = Math.floor(minX);
  const top = Math.floor(minY);
  const width = Math.ceil(maxX) - left + 1;
  const height = Math.ceil(maxY) - top;
  // Two spare cells per row: a segment touching the right edge writes one cell past it.
  const stride = width + 2;
  const acc = new Float32Array(stride * height + 2);
  for (let i = 0; i < lines.length; i += 4) {
    accumulateLine(
      acc,
      stride,
      height,
      lines[i]! - left,
      lines[i + 1]! - top,
      lines[i + 2]! - left,
      lines[i + 3]! - top,
    );
  }
  const alpha = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    let sum = 0;
    const row = y * stride;
    for (let x = 0; x < width; x++) {
      sum += acc[row + x]!;
      const a = Math.abs(sum);
      alpha[y * width + x] = a >= 1 ? 255 : Math.round(a * 255);
    }
  }
  return { left, top, width, height, alpha };
}

/** Adds one line's signed area, cell by cell (font-rs's accumulation step, rows kept separate). */
function accumulateLine(
  acc: Float32Array,
  stride: number,
  height: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
) {
  if (y0 === y1) return;
  let dir = 1;
  if (y0 > y1) {
    dir = -1;
    [x0, y0, x1, y1] = [x1, y1, x0, y0];
  }
  const dxdy = (x1 - x0) / (y1 - y0);
  let x = x0;
  const yEnd = Math.min(y1, height);
  for (let y = Math.max(0, Math.floor(y0)); y < yEnd; y++) {
    const row = y * stride;
    const dy = Math.min(y + 1, y1) - Math.max(y, y0);
    const xNext = x + dxdy * dy;
    const d = dy * dir;
    const xa = Math.min(x, xNext);
    const xb = Math.max(x, xNext);
    const xaFloor = Math.floor(xa);
    const xbCeil = Math.ceil(xb);
    if (xbCeil <= xaFloor + 1) {
      const xmf = 0.5 * (x + xNext) - xaFloor;
      acc[row + xaFloor] = acc[row + xaFloor]! + (d - d * xmf);
      acc[row + xaFloor + 1] = acc[row + xaFloor + 1]! + d * xmf;
    } else {
      const s = 1 / (xb - xa);
      const xaf = xa - xaFloor;
      const a0 = 0.5 * s * (1 - xaf) * (1 - xaf);
      const xbf = xb - xbCeil + 1;
      const am = 0.5 * s * xbf * xbf;
      acc[row + xaFloor] = acc[row + xaFloor]! + d * a0;
      if (xbCeil === xaFloor + 2) acc[row + xaFloor + 1] = acc[row + xaFloor + 1]! + d * (1 - a0 - am);
      else {
        const a1 = s * (1.5 - xaf);
        acc[row + xaFloor + 1] = acc[row + xaFloor + 1]! + d * (a1 - a0);
        for (let xi = xaFloor + 2; xi < xbCeil - 1; xi++) acc[row + xi] = acc[row + xi]! + d * s;
        const a2 = a1 + (xbCeil - xaFloor - 3) * s;
        acc[row + xbCeil - 1] = acc[row + xbCeil - 1]! + d * (1 - a2 - am);
      }
      acc[row + xbCeil] = acc[row + xbCeil]! + d * am;
    }
    x = xNext;
  }
}
