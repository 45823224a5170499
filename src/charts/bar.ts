/**
 * Horizontal bar chart layout: wrapped labels on the left, bars from a zero-based linear
 * scale, the source's formatted value (with its qualifier) at the end of each bar.
 */
import { formatNumber } from './format.ts';
import {
  FONT,
  PAD,
  assertDrawable,
  barShape,
  centeredBlock,
  charsFitting,
  chartBase,
  hedgeNote,
  hedgeSentence,
  lineHeight,
  maxLineWidth,
  noteBlocks,
  round,
  textWidth,
  topBlock,
  withUnit,
  zeroBasedScale,
} from './shared.ts';
import type { BarMark, Datum, HorizontalBarModel, NumberFormat, XTick } from './types.ts';
import { wrapLabel } from './wrap.ts';

export interface HorizontalBarOptions {
  /** Width of the viewBox in px; the SVG scales down to narrower containers. */
  width: number;
  title: string;
  /** Unit of every value ("tổ"); shown under the axis and in the text alternative. */
  unit: string;
  /** Format of tick labels; Vietnamese grouping by default. */
  valueFormat?: NumberFormat;
  /** Element id prefix; defaults to a slug of the title. */
  id?: string;
  /** Extra caption lines (e.g. the source), after the automatic hedge explanation. */
  notes?: readonly string[];
}

/** Geometry shared with the grouped bar layout. */
export const BAR = {
  height: 20,
  rowGap: 12,
  labelGap: 10,
  valueGap: 6,
  /** Share of the width the label column may take, and its bounds in px. */
  labelShare: 0.36,
  labelMin: 72,
  labelMax: 240,
  tickGap: 14,
} as const;

/** Wraps every label to the label column and returns the column width actually needed. */
export function labelColumn(labels: readonly string[], width: number): { lines: string[][]; width: number } {
  const maxWidth = Math.min(BAR.labelMax, Math.max(BAR.labelMin, width * BAR.labelShare));
  const maxChars = charsFitting(maxWidth, FONT.label);
  const lines = labels.map((label) => wrapLabel(label, maxChars));
  // Shrink the column to the longest line so short labels do not leave a gap before the bars.
  const needed = Math.max(...lines.map((l) => maxLineWidth(l, FONT.label)));
  return { lines, width: Math.min(maxWidth, Math.ceil(needed)) };
}

/** Vertical gridlines with their labels under the plot. */
export function xTicks(
  ticks: readonly number[],
  scale: (v: number) => number,
  top: number,
  bottom: number,
  format: NumberFormat,
): XTick[] {
  return ticks.map((value) => ({
    value,
    line: { x1: round(scale(value)), y1: round(top), x2: round(scale(value)), y2: round(bottom) },
    text: topBlock('middle', scale(value), bottom + BAR.tickGap, [format(value)], FONT.tick),
  }));
}

export function layoutHorizontalBar(data: readonly Datum[], options: HorizontalBarOptions): HorizontalBarModel {
  if (data.length === 0) throw new RangeError('a bar chart needs at least one datum');
  for (const d of data) assertDrawable(d.value, d.label);
  const format = options.valueFormat ?? formatNumber;
  const { width, unit } = options;

  const labels = labelColumn(
    data.map((d) => d.label),
    width,
  );
  const valueWidth = Math.ceil(Math.max(...data.map((d) => textWidth(d.display, FONT.value))));
  const plotLeft = PAD + labels.width + BAR.labelGap;
  // Half a tick label may overhang the last gridline; keep it inside the viewBox too.
  const lastTickRoom = textWidth(format(Math.max(...data.map((d) => d.value))), FONT.tick) / 2 + 4;
  const plotRight = width - PAD - Math.max(valueWidth + BAR.valueGap, lastTickRoom);
  if (plotRight - plotLeft < 40) throw new RangeError(`width ${width} is too narrow for this bar chart`);

  const { scale, ticks } = zeroBasedScale(Math.max(...data.map((d) => d.value)), [plotLeft, plotRight], (v) =>
    textWidth(format(v), FONT.tick),
  );
  const zeroX = scale(0);
  const labelHeight = lineHeight(FONT.label);

  let y = PAD + BAR.rowGap / 2;
  const plotTop = PAD;
  const marks: BarMark[] = data.map((d, i) => {
    const lines = labels.lines[i] ?? [d.label];
    const rowHeight = Math.max(BAR.height, lines.length * labelHeight);
    const center = y + rowHeight / 2;
    y += rowHeight + BAR.rowGap;
    const hedged = d.qualifier !== 'exact';
    const end = scale(d.value);
    return {
      id: d.id,
      label: d.label,
      value: d.value,
      display: d.display,
      qualifier: d.qualifier,
      hedged,
      title: `${d.label}: ${withUnit(d.display, unit)}`,
      ...barShape(zeroX, end, center - BAR.height / 2, BAR.height, hedged),
      labelText: centeredBlock('end', PAD + labels.width, center, lines, FONT.label),
      valueText: centeredBlock('start', end + BAR.valueGap, center, [d.display], FONT.value),
    };
  });
  const plotBottom = y - BAR.rowGap / 2;

  const tickMarks = xTicks(ticks, scale, plotTop, plotBottom, format);
  let bottom = plotBottom + BAR.tickGap + 4;
  const axisTitle = unit ? topBlock('end', plotRight, bottom + FONT.tick + 2, [`Đơn vị: ${unit}`], FONT.tick) : null;
  if (axisTitle) bottom += FONT.tick + 4;

  const qualifiers = data.map((d) => d.qualifier);
  const hedge = hedgeNote(qualifiers, 'Đầu cột');
  const notes = noteBlocks([...(hedge ? [hedge] : []), ...(options.notes ?? [])], bottom + 8, width);

  return {
    ...chartBase('horizontal-bar', options, notes.bottom + PAD, describe(data, unit), notes.blocks, false),
    unit,
    zeroX: round(zeroX),
    plot: {
      x: round(plotLeft),
      y: round(plotTop),
      width: round(plotRight - plotLeft),
      height: round(plotBottom - plotTop),
    },
    ticks: tickMarks,
    axis: { x1: round(zeroX), y1: round(plotTop), x2: round(zeroX), y2: round(plotBottom) },
    axisTitle,
    marks,
  };
}

/** "Biểu đồ cột ngang, 4 mục, đơn vị: tổ. Lớn nhất: Tổ hòa giải 1.127 tổ; nhỏ nhất: …. Số liệu: …" */
function describe(data: readonly Datum[], unit: string): string {
  const byValue = [...data].sort((a, b) => b.value - a.value);
  const max = byValue[0] as Datum;
  const min = byValue.at(-1) as Datum;
  const parts = [`Biểu đồ cột ngang, ${data.length} mục${unit ? `, đơn vị: ${unit}` : ''}.`];
  if (data.length > 1) {
    parts.push(
      `Lớn nhất: ${max.label} ${withUnit(max.display, unit)}; nhỏ nhất: ${min.label} ${withUnit(min.display, unit)}.`,
    );
  }
  parts.push(`Số liệu: ${data.map((d) => `${d.label} ${d.display}`).join('; ')}.`);
  return parts.join(' ') + hedgeSentence(data.map((d) => d.qualifier));
}
