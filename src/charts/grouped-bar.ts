/**
 * Grouped or stacked horizontal bars for data with a `group` (series), e.g. commendations
 * by level ("Bằng khen của Bộ trưởng") split into "tập thể" and "cá nhân".
 * Categories are the data labels in order of first appearance; series likewise by group.
 */
import { BAR, labelColumn, xTicks } from './bar.ts';
import { formatNumber } from './format.ts';
import {
  FONT,
  zeroBasedScale,
  PAD,
  SERIES_COLOURS,
  assertDrawable,
  barShape,
  centeredBlock,
  chartBase,
  displayWithQualifier,
  hedgeNote,
  hedgeSentence,
  lineHeight,
  noteBlocks,
  round,
  slug,
  sumQualifier,
  textWidth,
  topBlock,
  withUnit,
} from './shared.ts';
import type { CategoryRow, Datum, GroupedBarModel, LegendItem, NumberFormat, SegmentMark } from './types.ts';

export interface GroupedBarOptions {
  width: number;
  title: string;
  unit: string;
  /** `grouped` (default): one bar per series side by side; `stacked`: series add up in one bar. */
  mode?: 'grouped' | 'stacked';
  valueFormat?: NumberFormat;
  id?: string;
  notes?: readonly string[];
}

const SUB_BAR = 14;
const SUB_GAP = 3;
const SWATCH = 12;

interface Category {
  label: string;
  items: Map<string, Datum>;
}

export function layoutGroupedBar(data: readonly Datum[], options: GroupedBarOptions): GroupedBarModel {
  if (data.length === 0) throw new RangeError('a grouped bar chart needs at least one datum');
  const mode = options.mode ?? 'grouped';
  const format = options.valueFormat ?? formatNumber;
  const { width, unit } = options;

  const series: string[] = [];
  const categories = new Map<string, Category>();
  for (const d of data) {
    assertDrawable(d.value, d.label);
    if (d.group === undefined) throw new RangeError(`datum "${d.id}" has no group`);
    if (!series.includes(d.group)) series.push(d.group);
    const category = categories.get(d.label) ?? { label: d.label, items: new Map<string, Datum>() };
    if (category.items.has(d.group)) throw new RangeError(`"${d.label}" has two values for "${d.group}"`);
    category.items.set(d.group, d);
    categories.set(d.label, category);
  }
  const rows = [...categories.values()];
  const ordered = (c: Category) => series.flatMap((s) => (c.items.has(s) ? [c.items.get(s) as Datum] : []));
  const totals = rows.map((c) => {
    const items = ordered(c);
    const value = items.reduce((sum, d) => sum + d.value, 0);
    const qualifier = sumQualifier(items.map((d) => d.qualifier));
    return { value, qualifier, display: displayWithQualifier(value, qualifier, format) };
  });

  // Legend: swatches in a flow that wraps to the chart width.
  const legend: LegendItem[] = [];
  let lx = PAD;
  let ly = PAD;
  for (const [i, name] of series.entries()) {
    const itemWidth = SWATCH + 6 + textWidth(name, FONT.value) + 16;
    if (lx > PAD && lx + itemWidth > width - PAD) {
      lx = PAD;
      ly += lineHeight(FONT.value) + 4;
    }
    legend.push({
      key: String(i % SERIES_COLOURS),
      label: name,
      swatch: { x: round(lx), y: round(ly + 1), width: SWATCH, height: SWATCH },
      text: centeredBlock('start', lx + SWATCH + 6, ly + 1 + SWATCH / 2, [name], FONT.value),
    });
    lx += itemWidth;
  }
  const plotTop = ly + SWATCH + 14;

  const labels = labelColumn(
    rows.map((c) => c.label),
    width,
  );
  const endTexts = mode === 'stacked' ? totals.map((t) => t.display) : data.map((d) => d.display);
  const valueWidth = Math.ceil(Math.max(...endTexts.map((t) => textWidth(t, FONT.value))));
  const max = mode === 'stacked' ? Math.max(...totals.map((t) => t.value)) : Math.max(...data.map((d) => d.value));
  const plotLeft = PAD + labels.width + BAR.labelGap;
  const lastTickRoom = textWidth(format(max), FONT.tick) / 2 + 4;
  const plotRight = width - PAD - Math.max(valueWidth + BAR.valueGap, lastTickRoom);
  if (plotRight - plotLeft < 40) throw new RangeError(`width ${width} is too narrow for this bar chart`);
  const { scale, ticks } = zeroBasedScale(max, [plotLeft, plotRight], (v) => textWidth(format(v), FONT.tick));
  const zeroX = scale(0);

  const marks: SegmentMark[] = [];
  const categoryRows: CategoryRow[] = [];
  let y = plotTop + BAR.rowGap / 2;
  for (const [r, category] of rows.entries()) {
    const lines = labels.lines[r] ?? [category.label];
    const items = ordered(category);
    const barsHeight = mode === 'stacked' ? BAR.height : series.length * SUB_BAR + (series.length - 1) * SUB_GAP;
    const rowHeight = Math.max(barsHeight, lines.length * lineHeight(FONT.label));
    const center = y + rowHeight / 2;
    const barsTop = center - barsHeight / 2;
    let cumulative = 0;
    let stackEnd = zeroX;
    for (const d of items) {
      const s = series.indexOf(d.group as string);
      const hedged = d.qualifier !== 'exact';
      const common = {
        id: d.id,
        category: category.label,
        series: d.group as string,
        seriesIndex: s % SERIES_COLOURS,
        value: d.value,
        display: d.display,
        qualifier: d.qualifier,
        hedged,
        title: `${category.label} — ${d.group}: ${withUnit(d.display, unit)}`,
      };
      if (mode === 'stacked') {
        const start = stackEnd;
        cumulative += d.value;
        stackEnd = scale(cumulative);
        const fits = textWidth(d.display, FONT.tick) + 8 <= stackEnd - start;
        marks.push({
          ...common,
          ...barShape(start, stackEnd, barsTop, BAR.height, hedged),
          valueText: fits ? centeredBlock('middle', (start + stackEnd) / 2, center, [d.display], FONT.tick) : null,
          valuePlacement: 'inside',
        });
      } else {
        const barY = barsTop + s * (SUB_BAR + SUB_GAP);
        const end = scale(d.value);
        marks.push({
          ...common,
          ...barShape(zeroX, end, barY, SUB_BAR, hedged),
          valueText: centeredBlock('start', end + BAR.valueGap, barY + SUB_BAR / 2, [d.display], FONT.value),
          valuePlacement: 'end',
        });
      }
    }
    const total = totals[r];
    categoryRows.push({
      id: slug(category.label),
      label: category.label,
      labelText: centeredBlock('end', PAD + labels.width, center, lines, FONT.label),
      totalText:
        mode === 'stacked' && total
          ? centeredBlock('start', stackEnd + BAR.valueGap, center, [total.display], FONT.value)
          : null,
    });
    y += rowHeight + BAR.rowGap;
  }
  const plotBottom = y - BAR.rowGap / 2;

  let bottom = plotBottom + BAR.tickGap + 4;
  const axisTitle = unit ? topBlock('end', plotRight, bottom + FONT.tick + 2, [`Đơn vị: ${unit}`], FONT.tick) : null;
  if (axisTitle) bottom += FONT.tick + 4;
  const hedge = hedgeNote(
    data.map((d) => d.qualifier),
    'Đầu cột',
  );
  const notes = noteBlocks([...(hedge ? [hedge] : []), ...(options.notes ?? [])], bottom + 8, width);

  return {
    ...chartBase(
      'grouped-bar',
      options,
      notes.bottom + PAD,
      describe(rows, series, totals, mode, unit, ordered),
      notes.blocks,
      false,
    ),
    mode,
    unit,
    zeroX: round(zeroX),
    plot: {
      x: round(plotLeft),
      y: round(plotTop),
      width: round(plotRight - plotLeft),
      height: round(plotBottom - plotTop),
    },
    ticks: xTicks(ticks, scale, plotTop, plotBottom, format),
    axis: { x1: round(zeroX), y1: round(plotTop), x2: round(zeroX), y2: round(plotBottom) },
    axisTitle,
    legend,
    categories: categoryRows,
    marks,
  };
}

/**
 * "Biểu đồ cột nhóm, 3 mục × 2 nhóm (tập thể, cá nhân). Bằng khen của Bộ trưởng: tập thể 5, cá nhân 3; …"
 */
function describe(
  rows: Category[],
  series: string[],
  totals: { display: string; qualifier: string }[],
  mode: 'grouped' | 'stacked',
  unit: string,
  ordered: (c: Category) => Datum[],
): string {
  const kind = mode === 'stacked' ? 'Biểu đồ cột chồng' : 'Biểu đồ cột nhóm';
  const head = `${kind}, ${rows.length} mục × ${series.length} nhóm (${series.join(', ')})${unit ? `, đơn vị: ${unit}` : ''}.`;
  const body = rows
    .map((c, i) => {
      const parts = ordered(c)
        .map((d) => `${d.group} ${d.display}`)
        .join(', ');
      return mode === 'stacked' ? `${c.label}: tổng ${totals[i]?.display ?? ''} (${parts})` : `${c.label}: ${parts}`;
    })
    .join('; ');
  return `${head} ${body}.${hedgeSentence(rows.flatMap((c) => ordered(c).map((d) => d.qualifier)))}`;
}
