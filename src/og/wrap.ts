/**
 * Line breaking for the card's text, on measured units (code points with their advances in pixels, letter spacing
 * included). Breaks fall at spaces; a word wider than the line is cut between letters so nothing runs off the card.
 */

export interface Measured {
  units: readonly string[];
  advances: readonly number[];
}

/** A line: units [start, end), trailing spaces left out; `ellipsis` when text was cut after it. */
export interface Line {
  start: number;
  end: number;
  width: number;
  ellipsis: boolean;
}

function widthOf(text: Measured, start: number, end: number): number {
  let w = 0;
  for (let i = start; i < end; i++) w += text.advances[i]!;
  return w;
}

/** Drops spaces at the end of [start, end). */
function trimEnd(text: Measured, start: number, end: number): number {
  while (end > start && text.units[end - 1] === ' ') end--;
  return end;
}

/** Greedy breaking: each line takes as many words as fit in `maxWidth`. */
export function wrapGreedy(text: Measured, maxWidth: number): Line[] {
  const { units, advances } = text;
  const lines: Line[] = [];
  let start = 0;
  while (start < units.length && units[start] === ' ') start++;
  while (start < units.length) {
    let end = start;
    let width = 0;
    let lastBreak = -1; // index of a space where the line may end
    while (end < units.length) {
      if (units[end] === ' ') lastBreak = end;
      else if (width + advances[end]! > maxWidth && end > start) {
        // Back to the last space; a single word wider than the line is cut here instead.
        if (lastBreak > start) end = lastBreak;
        break;
      }
      width += advances[end]!;
      end++;
    }
    const stop = trimEnd(text, start, end);
    lines.push({ start, end: stop, width: widthOf(text, start, stop), ellipsis: false });
    start = end;
    while (start < units.length && units[start] === ' ') start++;
  }
  return lines;
}

/**
 * Balanced breaking (CSS text-wrap: balance): the narrowest width that still gives the greedy line count, found by
 * bisection to a tenth of a pixel, so a two-line title splits near the middle instead of leaving one word alone.
 */
export function wrapBalanced(text: Measured, maxWidth: number): Line[] {
  const greedy = wrapGreedy(text, maxWidth);
  if (greedy.length < 2) return greedy;
  const widest = Math.max(...text.units.map((u, i) => (u === ' ' ? 0 : text.advances[i]!)));
  let lo = Math.max(widest, widthOf(text, 0, text.units.length) / greedy.length) - 0.1;
  let hi = maxWidth;
  let best = greedy;
  while (hi - lo > 0.1) {
    const mid = (lo + hi) / 2;
    const lines = wrapGreedy(text, mid);
    if (lines.length <= greedy.length && !cutsWord(text, lines)) {
      best = lines;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

/** Whether a break fell inside a word (no space between one line's end and the next line's start). */
function cutsWord(text: Measured, lines: readonly Line[]): boolean {
  return lines.some((l, i) => i > 0 && text.units[l.start - 1] !== ' ');
}

/**
 * At most `maxLines` lines; when text remains, the last line is refilled from its start, cut where it and the
 * ellipsis fit, and marked for the ellipsis. Spaces and punctuation left dangling before the ellipsis go too.
 */
export function clampLines(
  text: Measured,
  lines: readonly Line[],
  maxLines: number,
  ellipsisWidth: number,
  maxWidth: number,
): Line[] {
  if (lines.length <= maxLines) return [...lines];
  const kept = lines.slice(0, maxLines - 1);
  const start = lines[maxLines - 1]!.start;
  let end = start;
  let width = 0;
  while (end < text.units.length && width + text.advances[end]! + ellipsisWidth <= maxWidth) {
    width += text.advances[end]!;
    end++;
  }
  // Prefer ending at a word boundary when one exists on the line.
  const lastSpace = text.units.lastIndexOf(' ', end);
  if (lastSpace > start && end < text.units.length && text.units[end] !== ' ') end = lastSpace;
  while (end > start && /[\s,.;:–—-]/u.test(text.units[end - 1]!)) end--;
  kept.push({ start, end, width: widthOf(text, start, end) + ellipsisWidth, ellipsis: true });
  return kept;
}
