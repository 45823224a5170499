/**
 * Test helpers that stay pure (no Astro, no Node): coordinate checks and a readable form of
 * rendered SVG for golden files.
 */

/** Keys whose numbers are drawing coordinates, which layouts must round to 0.1 px. */
const COORDINATE_KEYS = new Set(['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'zeroX']);

/** Every coordinate in a model that is not on the 0.1 px grid, as "path = value". */
export function unroundedCoordinates(value: unknown, path = 'model'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => unroundedCoordinates(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    if (typeof v === 'number' && COORDINATE_KEYS.has(key)) {
      return Math.round(v * 10) / 10 === v && !Object.is(v, -0) ? [] : [`${path}.${key} = ${v}`];
    }
    return unroundedCoordinates(v, `${path}.${key}`);
  });
}

/**
 * One element per line, for golden SVG files that diff well. Only whitespace between
 * elements is added, never inside a <text>, so the file draws exactly like the original.
 */
export function prettySvg(svg: string): string {
  // Inside a <text> the renderers only emit <tspan>s, which the lookahead leaves alone, and
  // shapes never have children, so their closing tags stay on their line.
  return `${svg.replace(/><(?!tspan|\/(?:tspan|text|line|rect|circle)>)/g, '>\n<')}\n`;
}
