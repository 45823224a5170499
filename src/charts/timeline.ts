/**
 * Timeline of items on a year axis (models by the year they started or were recognised).
 * The axis runs down the page: wrapped Vietnamese labels need width more than height, and a
 * vertical list reads well on a phone. Items of the same year stack under one year dot. The
 * gap between years grows with the number of years skipped, so long quiet periods show.
 */
import {
  FONT,
  PAD,
  baselineOffset,
  charsFitting,
  chartBase,
  lineHeight,
  noteBlocks,
  round,
  topBlock,
} from './shared.ts';
import type { TimelineItem, TimelineMark, TimelineModel, TimelineYear } from './types.ts';
import { wrapLabel } from './wrap.ts';

export interface TimelineOptions {
  width: number;
  title: string;
  id?: string;
  notes?: readonly string[];
}

const YEAR_RIGHT = PAD + 38;
const AXIS_X = PAD + 52;
const DOT_R = 6;
const TEXT_X = AXIS_X + 20;
const ITEM_GAP = 8;
const YEAR_GAP = 16;
/** Extra px per year skipped between two consecutive years with items, capped. */
const SKIPPED_YEAR_PX = 3;
const SKIPPED_YEAR_CAP = 10;

export function layoutTimeline(items: readonly TimelineItem[], options: TimelineOptions): TimelineModel {
  if (items.length === 0) throw new RangeError('a timeline needs at least one item');
  for (const item of items) {
    if (!Number.isInteger(item.year)) throw new RangeError(`"${item.label}": year must be an integer`);
  }
  const { width } = options;
  const maxChars = charsFitting(width - PAD - TEXT_X, FONT.label);
  const lh = lineHeight(FONT.label);
  const midline = baselineOffset(FONT.label);

  // Stable sort: items of the same year keep the order they were given in.
  const sorted = [...items].sort((a, b) => a.year - b.year);
  const groups = new Map<number, TimelineItem[]>();
  for (const item of sorted) groups.set(item.year, [...(groups.get(item.year) ?? []), item]);

  const years: TimelineYear[] = [];
  const marks: TimelineMark[] = [];
  let y = PAD;
  let previousYear: number | undefined;
  for (const [year, group] of groups) {
    if (previousYear !== undefined)
      y += YEAR_GAP + Math.min(year - previousYear - 1, SKIPPED_YEAR_CAP) * SKIPPED_YEAR_PX;
    previousYear = year;
    let baseline = y + FONT.label;
    years.push({
      year,
      dot: { cx: AXIS_X, cy: round(baseline - midline), r: DOT_R },
      text: topBlock('end', YEAR_RIGHT, baseline, [String(year)], FONT.value),
    });
    for (const [i, item] of group.entries()) {
      const lines = wrapLabel(item.label, maxChars);
      const mid = round(baseline - midline);
      marks.push({
        id: item.id,
        label: item.label,
        year,
        href: item.href ?? null,
        title: `${year}: ${item.label}`,
        // The first item hangs off the year dot, the others off the axis line itself.
        connector: { x1: i === 0 ? AXIS_X + DOT_R + 2 : AXIS_X, y1: mid, x2: TEXT_X - 6, y2: mid },
        text: topBlock('start', TEXT_X, baseline, lines, FONT.label),
      });
      baseline += lines.length * lh + ITEM_GAP;
    }
    y = baseline - ITEM_GAP - lh + 4;
  }

  const first = years[0]?.dot.cy ?? 0;
  const last = years.at(-1)?.dot.cy ?? 0;
  const notes = noteBlocks(options.notes ?? [], y + 12, width);
  const interactive = marks.some((m) => m.href !== null);

  return {
    ...chartBase('timeline', options, notes.bottom + PAD, describe(groups), notes.blocks, interactive),
    axis: { x1: AXIS_X, y1: first, x2: AXIS_X, y2: last },
    years,
    marks,
  };
}

/** "Dòng thời gian, 6 mục, từ năm 2006 đến năm 2023. Năm 2006: …. Năm 2022: …; …." */
function describe(groups: Map<number, TimelineItem[]>): string {
  const years = [...groups.keys()];
  const count = [...groups.values()].reduce((n, g) => n + g.length, 0);
  const first = years[0];
  const last = years.at(-1);
  const span = first === last ? `năm ${first}` : `từ năm ${first} đến năm ${last}`;
  const body = [...groups].map(([year, group]) => `Năm ${year}: ${group.map((i) => i.label).join('; ')}.`);
  return [`Dòng thời gian, ${count} mục, ${span}.`, ...body].join(' ');
}
