/**
 * A part of a whole (123 of 131 communes): a 100%-wide bar, or a waffle of one square per
 * unit (up to WAFFLE_MAX units; larger wholes get one square per percent). Squares can be
 * counted, which makes "8 communes still missing" visible in a way a percentage is not.
 */
import { formatNumber, formatPercent } from './format.ts';
import {
  FONT,
  PAD,
  QUALIFIER_WORD,
  blockHeight,
  centeredBlock,
  charsFitting,
  chartBase,
  displayWithQualifier,
  noteBlocks,
  round,
  topBlock,
  withUnit,
} from './shared.ts';
import type { LegendItem, NumberFormat, ProportionModel, Qualifier, WaffleCell } from './types.ts';
import { wrapLabel } from './wrap.ts';

export interface ProportionOptions {
  part: number;
  whole: number;
  /** Unit of part and whole: "xã". */
  unit: string;
  /** What the part is, after its count: "đạt tiêu chí 19.2". */
  partLabel: string;
  /** What the rest is, after its count (default "còn lại"). */
  restLabel?: string;
  /** How exact the part is; a hedged part hedges the share too. */
  qualifier?: Qualifier;
  /** Default: a waffle when the whole is small enough to count, else a bar. */
  variant?: 'bar' | 'waffle';
  width: number;
  title: string;
  format?: NumberFormat;
  id?: string;
  notes?: readonly string[];
}

/** Largest whole drawn as one square per unit. */
export const WAFFLE_MAX = 150;

const BAR_HEIGHT = 28;
const MAX_STEP = 18;
const CELL_GAP = 2;
/** Extra gap after every 5 columns, so squares can be counted in fives. */
const BLOCK_GAP = 3;
const SWATCH = 12;
const HEADLINE = 15;

export function layoutProportion(options: ProportionOptions): ProportionModel {
  const { part, whole, unit, width } = options;
  if (!(whole > 0) || !Number.isFinite(whole)) throw new RangeError(`whole must be positive (got ${whole})`);
  if (!(part >= 0 && part <= whole)) throw new RangeError(`part must be between 0 and ${whole} (got ${part})`);
  const format = options.format ?? formatNumber;
  const qualifier = options.qualifier ?? 'exact';
  const variant = options.variant ?? (whole <= WAFFLE_MAX ? 'waffle' : 'bar');
  const restLabel = options.restLabel ?? 'còn lại';
  const share = part / whole;
  const word = QUALIFIER_WORD[qualifier];
  const shareText = `${word ? `${word} ` : ''}${formatPercent(share * 100)}`;
  const partDisplay = displayWithQualifier(part, qualifier, format);
  const restDisplay = displayWithQualifier(whole - part, invert(qualifier), format);
  const inner = width - 2 * PAD;

  const headlineText = `${partDisplay} trên ${withUnit(format(whole), unit)} (${shareText})`;
  const headlineLines = wrapLabel(headlineText, charsFitting(inner, HEADLINE), 2);
  const headline = topBlock('start', PAD, PAD + HEADLINE, headlineLines, HEADLINE);
  let y = PAD + blockHeight(headlineLines.length, HEADLINE) + 12;

  let bar: ProportionModel['bar'] = null;
  let cells: WaffleCell[] = [];
  let unitsPerCell = 1;
  if (variant === 'bar') {
    const partWidth = inner * share;
    bar = {
      part: { x: PAD, y: round(y), width: round(partWidth), height: BAR_HEIGHT },
      rest: { x: round(PAD + partWidth), y: round(y), width: round(inner - partWidth), height: BAR_HEIGHT },
    };
    y += BAR_HEIGHT;
  } else {
    const count = whole <= WAFFLE_MAX && Number.isInteger(whole) ? whole : 100;
    unitsPerCell = whole / count;
    const filled = Math.round(share * count);
    // About 2.5 columns per row, rounded up to whole blocks of five.
    const cols = Math.min(25, Math.max(5, Math.ceil(Math.sqrt(count * 2.5) / 5) * 5));
    const blockGaps = Math.ceil(cols / 5) - 1;
    const step = Math.min(MAX_STEP, (inner - blockGaps * BLOCK_GAP) / cols);
    cells = Array.from({ length: count }, (_, i) => {
      const col = i % cols;
      const row = Math.floor(i / cols);
      return {
        x: round(PAD + col * step + Math.floor(col / 5) * BLOCK_GAP),
        y: round(y + row * step),
        width: round(step - CELL_GAP),
        height: round(step - CELL_GAP),
        kind: i < filled ? 'part' : 'rest',
      };
    });
    y += Math.ceil(count / cols) * step - CELL_GAP;
  }

  // Legend: what the coloured and the pale part stand for, with their counts.
  y += 14;
  const legend: LegendItem[] = [];
  const legendChars = charsFitting(inner - SWATCH - 8, FONT.value);
  for (const [key, text] of [
    ['part', `${withUnit(partDisplay, unit)} ${options.partLabel}`],
    ['rest', `${withUnit(restDisplay, unit)} ${restLabel}`],
  ] as const) {
    const lines = wrapLabel(text, legendChars);
    const height = blockHeight(lines.length, FONT.value);
    legend.push({
      key,
      label: text,
      swatch: { x: PAD, y: round(y + 1), width: SWATCH, height: SWATCH },
      text: centeredBlock('start', PAD + SWATCH + 8, y + height / 2, lines, FONT.value),
    });
    y += Math.max(height, SWATCH) + 8;
  }

  const scaleNote =
    unitsPerCell === 1 || variant === 'bar' ? [] : [`Mỗi ô tương ứng 1% (${withUnit(format(unitsPerCell), unit)}).`];
  const notes = noteBlocks([...scaleNote, ...(options.notes ?? [])], y + 2, width);
  const description =
    `Biểu đồ tỷ lệ: ${partDisplay} trên ${withUnit(format(whole), unit)}, ${shareText}, ${options.partLabel}; ` +
    `${withUnit(restDisplay, unit)} ${restLabel}.${scaleNote.length ? ` ${scaleNote[0]}` : ''}`;

  return {
    ...chartBase('proportion', options, notes.bottom + PAD, description, notes.blocks, false),
    variant,
    part,
    whole,
    share,
    shareText,
    hedged: qualifier !== 'exact',
    bar,
    cells,
    unitsPerCell,
    headline,
    legend,
  };
}

/** The rest of a lower bound is an upper bound, and vice versa. */
function invert(qualifier: Qualifier): Qualifier {
  if (qualifier === 'over') return 'under';
  if (qualifier === 'under' || qualifier === 'nearly') return 'over';
  return qualifier;
}
