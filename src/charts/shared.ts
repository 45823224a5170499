/**
 * Helpers shared by the layout functions: rounding, text metrics, zero-based scales,
 * ids and the Vietnamese wording of qualifiers. Pure and deterministic.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import { formatNumber } from './format.ts';
import type { BarShape, ChartBase, ChartKind, NumberFormat, Qualifier, TextAnchor, TextBlock } from './types.ts';
import { charLength, wrapLabel } from './wrap.ts';

/** Font sizes in SVG user units; chart.css uses the same px values. */
export const FONT = { label: 14, value: 13, tick: 12, note: 12, small: 11 } as const;

/** Average glyph advance of a sans-serif font, as a fraction of the font size. */
const EM_PER_CHAR = 0.55;

/** Number of series colour classes in chart.css (chart-series--0..3). */
export const SERIES_COLOURS = 4;

/** Outer padding of every chart, so strokes and text are not clipped at the viewBox edge. */
export const PAD = 4;

/** Every coordinate goes through this: 0.1 px is invisible and keeps snapshots stable. */
export function round(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** Estimated width of a text: there is no DOM at build time to measure it. */
export function textWidth(text: string, fontSize: number): number {
  return charLength(text) * EM_PER_CHAR * fontSize;
}

/** How many characters fit in `width` at `fontSize` (at least 1). */
export function charsFitting(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (EM_PER_CHAR * fontSize)));
}

/** Line height used for wrapped text of a given size. */
export function lineHeight(fontSize: number): number {
  return Math.round(fontSize * 1.25);
}

/** Offset from the vertical middle of a line to its baseline (cap height ≈ 0.7 em). */
export function baselineOffset(fontSize: number): number {
  return fontSize * 0.35;
}

/**
 * A text block whose lines are vertically centred on `centerY`.
 */
export function centeredBlock(anchor: TextAnchor, x: number, centerY: number, lines: string[], fontSize: number) {
  const lh = lineHeight(fontSize);
  const first = centerY - ((lines.length - 1) * lh) / 2 + baselineOffset(fontSize);
  return topBlock(anchor, x, first, lines, fontSize);
}

/** A text block whose first baseline is `firstBaseline`. */
export function topBlock(
  anchor: TextAnchor,
  x: number,
  firstBaseline: number,
  lines: string[],
  fontSize: number,
): TextBlock {
  const lh = lineHeight(fontSize);
  return { anchor, lines: lines.map((text, i) => ({ x: round(x), y: round(firstBaseline + i * lh), text })) };
}

/** Height taken by `count` lines of text of a given size. */
export function blockHeight(count: number, fontSize: number): number {
  return count === 0 ? 0 : (count - 1) * lineHeight(fontSize) + fontSize;
}

/** Widest estimated line of a set of lines. */
export function maxLineWidth(lines: readonly string[], fontSize: number): number {
  return lines.reduce((max, line) => Math.max(max, textWidth(line, fontSize)), 0);
}

/** ASCII slug of a Vietnamese text, for element ids. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The fields every model shares; the id defaults to a slug of the title. */
export function chartBase<K extends ChartKind>(
  kind: K,
  options: { id?: string | undefined; title: string; width: number },
  height: number,
  description: string,
  notes: TextBlock[],
  interactive: boolean,
): ChartBase & { kind: K } {
  const id = options.id ?? `chart-${slug(options.title) || kind}`;
  return {
    kind,
    id,
    titleId: `${id}-title`,
    descId: `${id}-desc`,
    role: interactive ? 'group' : 'img',
    width: round(options.width),
    height: round(height),
    title: options.title,
    description,
    notes,
  };
}

export interface ZeroScale {
  scale: ScaleLinear<number, number>;
  ticks: number[];
}

/**
 * A linear scale from zero with 3–5 nice ticks: up to a nice maximum when that is close to
 * `max` (the last gridline closes the plot), else up to `max` itself. Counts start at zero:
 * a bar or a slope that does not start at zero exaggerates differences.
 */
export function zeroBasedScale(
  max: number,
  range: [number, number],
  labelWidth: (value: number) => number = () => 0,
): ZeroScale {
  if (!Number.isFinite(max) || max < 0) throw new RangeError(`values must be finite and not negative (got ${max})`);
  const top = max > 0 ? max : 1;
  // 3–5 ticks whose labels do not collide ("5.00010.000" on a narrow chart).
  const fits = (scale: ScaleLinear<number, number>, ticks: number[]) => {
    if (ticks.length < 3 || ticks.length > 5) return false;
    const spacing = Math.abs(scale(ticks[1] ?? 0) - scale(ticks[0] ?? 0));
    return ticks.every((t) => labelWidth(t) + 8 <= spacing);
  };
  // Prefer a domain ending on a tick, unless rounding up would waste much of the plot
  // (1.127 → 1.500 leaves a quarter of every bar's room empty).
  for (const count of COUNTS) {
    const scale = scaleLinear().domain([0, top]).range(range).nice(count);
    const ticks = scale.ticks(count);
    const end = scale.domain()[1] ?? top;
    if (fits(scale, ticks) && ticks.at(-1) === end && end <= top * MAX_OVERSHOOT) return { scale, ticks };
  }
  const scale = scaleLinear().domain([0, top]).range(range);
  for (const count of COUNTS) {
    const ticks = scale.ticks(count);
    if (fits(scale, ticks)) return { scale, ticks };
  }
  // Very narrow plots or tiny domains: zero and the largest tick that fits the domain.
  const ticks = scale.ticks(2);
  return { scale, ticks: ticks.length > 2 ? [0, ticks.at(-1) ?? top] : ticks };
}

const COUNTS = [4, 5, 3, 6, 2];
const MAX_OVERSHOOT = 1.15;

/** The word printed before a number for each qualifier. */
export const QUALIFIER_WORD: Record<Qualifier, string> = {
  exact: '',
  over: 'trên',
  about: 'khoảng',
  nearly: 'gần',
  under: 'dưới',
};

/** What each qualifier means for the length of a bar, in caption wording. */
const QUALIFIER_MEANING: Record<Exclude<Qualifier, 'exact'>, string> = {
  over: '“trên”, “hơn” là mức tối thiểu, số thực tế lớn hơn',
  about: '“khoảng” là số ước tính',
  nearly: '“gần” là số thực tế thấp hơn một chút',
  under: '“dưới” là mức tối đa, số thực tế nhỏ hơn',
};

const QUALIFIER_ORDER: Exclude<Qualifier, 'exact'>[] = ['over', 'about', 'nearly', 'under'];

/**
 * Caption explaining hedged marks, or null when every value is exact. Honesty: a bar for
 * "trên 20.203" is a lower bound and the reader must be told so in words, not only by style.
 */
export function hedgeNote(qualifiers: Iterable<Qualifier>, markWord: string): string | null {
  const present = new Set(qualifiers);
  const meanings = QUALIFIER_ORDER.filter((q) => present.has(q)).map((q) => QUALIFIER_MEANING[q]);
  if (meanings.length === 0) return null;
  return `${markWord} nét đứt: số liệu không chính xác tuyệt đối theo nguồn; ${meanings.join('; ')}.`;
}

/** Sentence for the text alternative when some values are hedged. */
export function hedgeSentence(qualifiers: Iterable<Qualifier>): string {
  const present = new Set(qualifiers);
  const meanings = QUALIFIER_ORDER.filter((q) => present.has(q)).map((q) => QUALIFIER_MEANING[q]);
  return meanings.length === 0 ? '' : ` Lưu ý: ${meanings.join('; ')}.`;
}

/**
 * Qualifier of a sum: exact only if every part is; a sum of lower bounds is a lower bound;
 * mixed directions can only be "about".
 */
export function sumQualifier(qualifiers: readonly Qualifier[]): Qualifier {
  const set = new Set(qualifiers.filter((q) => q !== 'exact'));
  if (set.size === 0) return 'exact';
  if (set.size === 1) return [...set][0] as Qualifier;
  if ([...set].every((q) => q === 'under' || q === 'nearly')) return 'under';
  return 'about';
}

/** "trên 1.224" from a value and a qualifier. */
export function displayWithQualifier(value: number, qualifier: Qualifier, format: NumberFormat = formatNumber) {
  const word = QUALIFIER_WORD[qualifier];
  return word ? `${word} ${format(value)}` : format(value);
}

/** "1.127 tổ" / "93,9%": a display value with its unit, without a space before "%". */
export function withUnit(display: string, unit: string): string {
  if (!unit) return display;
  return unit.startsWith('%') ? `${display}${unit}` : `${display} ${unit}`;
}

/**
 * Caption blocks stacked from `top`, wrapped to the chart width. Returns the blocks and
 * the y just below them.
 */
export function noteBlocks(
  texts: readonly string[],
  top: number,
  width: number,
): { blocks: TextBlock[]; bottom: number } {
  const maxChars = charsFitting(width - 2 * PAD, FONT.note);
  const blocks: TextBlock[] = [];
  let y = top;
  for (const text of texts) {
    // Captions are explanations, not labels: let them run to as many lines as they need.
    const lines = wrapLabel(text, maxChars, 50);
    blocks.push(topBlock('start', PAD, y + FONT.note, lines, FONT.note));
    y += blockHeight(lines.length, FONT.note) + 6;
  }
  return { blocks, bottom: y };
}

/** Throws on values a zero-based chart cannot draw honestly. */
export function assertDrawable(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0)
    throw new RangeError(`${what}: value must be finite and ≥ 0 (got ${value})`);
}

/** Longest faded tip of a hedged bar, and its share of the bar at most. */
const TIP_MAX = 14;
const TIP_SHARE = 0.3;

/**
 * A horizontal bar from x0 to x1. A hedged bar keeps its full, proportional length (so bars
 * remain comparable) but its last few pixels are drawn as a separate faded tip.
 */
export function barShape(x0: number, x1: number, y: number, height: number, hedged: boolean): BarShape {
  const width = Math.max(0, x1 - x0);
  const bar = { x: round(x0), y: round(y), width: round(width), height: round(height) };
  if (!hedged || width === 0) return { bar, body: bar, tip: null };
  // Split on the rounded grid so body and tip abut exactly and add up to the bar.
  const tipX = round(bar.x + bar.width - Math.min(TIP_MAX, width * TIP_SHARE));
  return {
    bar,
    body: { ...bar, width: round(tipX - bar.x) },
    tip: { ...bar, x: tipX, width: round(bar.x + bar.width - tipX) },
  };
}
