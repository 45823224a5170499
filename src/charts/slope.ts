/**
 * Before/after (slope) chart: each series is a line from its value at the first period to
 * its value at the second, with both values labelled and the change said in words
 * ("giảm từ 89 xuống 24 điểm"). The value scale starts at zero so a fall is not exaggerated.
 */
import { formatPercent } from './format.ts';
import {
  FONT,
  PAD,
  SERIES_COLOURS,
  assertDrawable,
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
import type { SlopeAxis, SlopeMark, SlopeModel, SlopeSeries, SlopeValue } from './types.ts';
import { wrapLabel } from './wrap.ts';

export interface SlopeOptions {
  width: number;
  title: string;
  unit: string;
  /** Name of the first period, e.g. "2007". */
  startLabel: string;
  /** Name of the second period, e.g. "2021". */
  endLabel: string;
  /** Height of the plot area in px (default 200); the chart adds its labels and notes. */
  plotHeight?: number;
  id?: string;
  notes?: readonly string[];
}

const POINT_R = 5;
const GAP = 10;
/** Share of the width the series names may take on the right. */
const NAME_SHARE = 0.34;

export function layoutSlope(series: readonly SlopeSeries[], options: SlopeOptions): SlopeModel {
  if (series.length === 0) throw new RangeError('a slope chart needs at least one series');
  for (const s of series) {
    assertDrawable(s.start.value, s.label);
    assertDrawable(s.end.value, s.label);
  }
  const { width, unit } = options;
  const plotHeight = options.plotHeight ?? 200;

  const nameLines = series.map((s) => wrapLabel(s.label, charsFitting(width * NAME_SHARE, FONT.label), 2));
  const leftWidth = Math.max(...series.map((s) => textWidth(s.start.display, FONT.value)));
  const rightValueWidth = Math.max(...series.map((s) => textWidth(s.end.display, FONT.value)));
  const nameWidth = Math.max(...nameLines.map((l) => maxLineWidth(l, FONT.label)));
  const xStart = PAD + Math.max(leftWidth + GAP, textWidth(options.startLabel, FONT.value) / 2);
  const nameX = width - PAD - nameWidth;
  const valueX = nameX - 8 - rightValueWidth;
  const xEnd = valueX - GAP;
  if (xEnd - xStart < 60) throw new RangeError(`width ${width} is too narrow for this slope chart`);

  const periodBaseline = PAD + FONT.value;
  const plotTop = periodBaseline + 16;
  const plotBottom = plotTop + plotHeight;
  const max = Math.max(...series.flatMap((s) => [s.start.value, s.end.value]));
  const { scale } = zeroBasedScale(max, [plotBottom, plotTop]);

  const lh = lineHeight(FONT.label);
  const leftCenters = spread(
    series.map((s) => scale(s.start.value)),
    series.map(() => lh),
    plotTop - 6,
    plotBottom,
  );
  const rightCenters = spread(
    series.map((s) => scale(s.end.value)),
    nameLines.map((l) => l.length * lh),
    plotTop - 6,
    plotBottom,
  );

  const marks: SlopeMark[] = series.map((s, i) => {
    const y1 = scale(s.start.value);
    const y2 = scale(s.end.value);
    const leftY = leftCenters[i] ?? y1;
    const rightY = rightCenters[i] ?? y2;
    const change = describeChange(s.start, s.end, unit);
    return {
      id: s.id,
      label: s.label,
      seriesIndex: i % SERIES_COLOURS,
      direction: s.end.value < s.start.value ? 'down' : s.end.value > s.start.value ? 'up' : 'flat',
      hedged: s.start.qualifier !== 'exact' || s.end.qualifier !== 'exact',
      change,
      title: `${s.label}: ${change} (${options.startLabel} → ${options.endLabel})`,
      line: { x1: round(xStart), y1: round(y1), x2: round(xEnd), y2: round(y2) },
      start: {
        ...s.start,
        hedged: s.start.qualifier !== 'exact',
        circle: { cx: round(xStart), cy: round(y1), r: POINT_R },
        text: centeredBlock('end', xStart - GAP, leftY, [s.start.display], FONT.value),
      },
      end: {
        ...s.end,
        hedged: s.end.qualifier !== 'exact',
        circle: { cx: round(xEnd), cy: round(y2), r: POINT_R },
        text: centeredBlock('start', valueX, rightY, [s.end.display], FONT.value),
      },
      labelText: centeredBlock('start', nameX, rightY, nameLines[i] ?? [s.label], FONT.label),
    };
  });

  const zeroY = scale(0);
  const zeroFree = leftCenters.every((c) => Math.abs(c - zeroY) > lh);
  const zeroText = zeroFree ? centeredBlock('end', xStart - GAP, zeroY, ['0'], FONT.tick) : null;

  const axis = (label: string, x: number): SlopeAxis => ({
    label,
    line: { x1: round(x), y1: round(plotTop - 6), x2: round(x), y2: round(plotBottom) },
    text: topBlock('middle', x, periodBaseline, [label], FONT.value),
  });

  const qualifiers = series.flatMap((s) => [s.start.qualifier, s.end.qualifier]);
  const hedge = hedgeNote(qualifiers, 'Điểm rỗng, đường');
  const notes = noteBlocks([...(hedge ? [hedge] : []), ...(options.notes ?? [])], plotBottom + 12, width);
  const description =
    `Biểu đồ so sánh hai thời điểm, ${options.startLabel} và ${options.endLabel}` +
    `${unit ? `, đơn vị: ${unit}` : ''}. ` +
    `${marks.map((m) => `${m.label}: ${m.change}`).join('; ')}.${hedgeSentence(qualifiers)}`;

  return {
    ...chartBase('slope', options, notes.bottom + PAD, description, notes.blocks, false),
    unit,
    axes: [axis(options.startLabel, xStart), axis(options.endLabel, xEnd)],
    baseline: { x1: round(xStart), y1: round(zeroY), x2: round(xEnd), y2: round(zeroY) },
    zeroText,
    marks,
  };
}

/** "giảm từ 89 xuống 24 điểm (giảm 73%)"; the percentage only when both values are exact. */
export function describeChange(start: SlopeValue, end: SlopeValue, unit: string): string {
  const exact = start.qualifier === 'exact' && end.qualifier === 'exact';
  const diff = end.value - start.value;
  if (diff === 0) return `giữ nguyên ở mức ${withUnit(end.display, unit)}`;
  const verb = diff < 0 ? 'giảm' : 'tăng';
  const to = diff < 0 ? 'xuống' : 'lên';
  const percent = exact && start.value > 0 ? ` (${verb} ${formatPercent((Math.abs(diff) / start.value) * 100)})` : '';
  return `${verb} từ ${start.display} ${to} ${withUnit(end.display, unit)}${percent}`;
}

/**
 * Moves label centres apart so blocks of the given heights do not overlap, staying as close
 * to their points as possible and within [min, max]. Order by value is kept.
 */
function spread(targets: number[], heights: number[], min: number, max: number): number[] {
  const order = targets.map((_, i) => i).sort((a, b) => (targets[a] ?? 0) - (targets[b] ?? 0));
  const placed = new Map<number, number>();
  let previousBottom = -Infinity;
  for (const i of order) {
    const half = (heights[i] ?? 0) / 2;
    const center = Math.max(targets[i] ?? 0, previousBottom + 2 + half, min + half);
    placed.set(i, center);
    previousBottom = center + half;
  }
  // If the last block overflows the plot, push the stack back up.
  let nextTop = Infinity;
  for (const i of [...order].reverse()) {
    const half = (heights[i] ?? 0) / 2;
    const center = Math.min(placed.get(i) ?? 0, nextTop - 2 - half, max - half + 8);
    placed.set(i, center);
    nextTop = center - half;
  }
  return targets.map((t, i) => placed.get(i) ?? t);
}
