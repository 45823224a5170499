/**
 * Tile-grid map of Vietnam's 34 provincial units (since 01/07/2025): one equal square per
 * unit at its (col, row), so small units are as visible as large ones and a value never
 * hides behind an area. The Hoàng Sa and Trường Sa archipelagos are always drawn, out to
 * sea east of the unit they belong to (Đà Nẵng, Khánh Hòa), as dotted clusters with labels.
 */
import { scaleLinear } from 'd3';
import { formatNumber } from './format.ts';
import {
  FONT,
  PAD,
  centeredBlock,
  chartBase,
  maxLineWidth,
  noteBlocks,
  round,
  textWidth,
  topBlock,
  withUnit,
} from './shared.ts';
import type {
  Circle,
  IslandMark,
  LegendItem,
  NumberFormat,
  TileLevel,
  TileMapModel,
  TileMark,
  TileUnit,
  TileValue,
} from './types.ts';
import { charLength, wrapLabel } from './wrap.ts';

export interface TileMapOptions {
  /** Data per unit code; units without an entry are drawn neutral. */
  values: ReadonlyMap<string, TileValue>;
  /** Former provinces (before 01/07/2025) to name in a unit's tooltip, by current code. */
  formerMarks?: ReadonlyMap<string, readonly string[]>;
  title: string;
  /** Unit of the values ("tin"), for the legend, tooltips and the text alternative. */
  unit?: string;
  /** Legend for highlighted tiles, e.g. "Có mô hình được nêu"; no legend entry without it. */
  highlightLabel?: string;
  /** Side of a tile in px (default 44) and gap between tiles (default 4). */
  tileSize?: number;
  gap?: number;
  valueFormat?: NumberFormat;
  id?: string;
  notes?: readonly string[];
}

/** Number of sequential colour classes (chart-tile--0..4). */
const LEVELS = 5;
const SWATCH = 12;
const LEGEND_ROW = 18;

/**
 * Where an archipelago sits relative to its unit's tile, in tiles, and how many dots it
 * gets. Hoàng Sa lies east of Đà Nẵng at about its latitude; Trường Sa lies far to the
 * south-east of Khánh Hòa. Unknown names go two tiles east.
 */
const ARCHIPELAGO_PLACES: { match: string; dc: number; dr: number; dots: number; spread: number }[] = [
  { match: 'Hoàng Sa', dc: 2, dr: 0, dots: 8, spread: 5.5 },
  { match: 'Trường Sa', dc: 2, dr: 1.5, dots: 13, spread: 5.5 },
];
const DEFAULT_PLACE = { dc: 2, dr: 0, dots: 8, spread: 5.5 };
/** Golden angle: spreads dots evenly in a disc without a visible pattern. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function layoutTileMap(units: readonly TileUnit[], options: TileMapOptions): TileMapModel {
  const size = options.tileSize ?? 44;
  const gap = options.gap ?? 4;
  const step = size + gap;
  const unit = options.unit ?? '';
  const format = options.valueFormat ?? formatNumber;
  validate(units, options.values);

  const sortedUnits = [...units].sort((a, b) => a.row - b.row || a.col - b.col);
  const shorts = abbreviate(sortedUnits);
  const numeric = sortedUnits.flatMap((u) => {
    const value = options.values.get(u.code)?.value;
    return value === undefined ? [] : [value];
  });
  // Equal bins from zero to a nice maximum: counts are compared from zero, as bars are.
  const top = scaleLinear()
    .domain([0, Math.max(0, ...numeric) || 1])
    .nice(LEVELS)
    .domain()[1] as number;
  const bin = top / LEVELS;
  const levelOf = (value: number): TileLevel => Math.min(LEVELS - 1, Math.floor(value / bin)) as TileLevel;

  const displayOf = (v: TileValue | undefined): string | null =>
    v?.display ?? (v?.value !== undefined ? format(v.value) : null);
  // Values go inside the tiles only if all of them fit; a map where some tiles show their
  // number and others do not would look like missing data.
  const displays = sortedUnits.flatMap((u) => displayOf(options.values.get(u.code)) ?? []);
  const showValues = displays.length > 0 && displays.every((d) => textWidth(d, 10) <= size - 6);

  const origin = { x: PAD, y: PAD };
  const marks: TileMark[] = sortedUnits.map((u, i) => {
    const v = options.values.get(u.code);
    const x = origin.x + u.col * step;
    const y = origin.y + u.row * step;
    const display = displayOf(v);
    const level: TileLevel = v?.value !== undefined ? levelOf(v.value) : 'none';
    const short = shorts[i] ?? u.name;
    const formers = options.formerMarks?.get(u.code) ?? [];
    const place = formers.length > 0 ? ` (địa bàn tỉnh cũ: ${formers.join(', ')})` : '';
    const withValue = showValues && display !== null;
    return {
      code: u.code,
      name: u.name,
      short,
      x: round(x),
      y: round(y),
      width: size,
      height: size,
      level,
      highlight: v?.highlight ?? false,
      href: v?.href ?? null,
      title: `${u.name}${place}: ${display !== null ? withUnit(display, unit) : 'chưa có số liệu'}`,
      shortText: centeredBlock('middle', x + size / 2, y + size / 2 - (withValue ? 6 : 0), [short], 12),
      valueText: withValue ? centeredBlock('middle', x + size / 2, y + size / 2 + 9, [display], 10) : null,
    };
  });

  const islands: IslandMark[] = sortedUnits.flatMap((u) =>
    u.archipelagos.map((name, k) => {
      const place = ARCHIPELAGO_PLACES.find((p) => name.includes(p.match)) ?? { ...DEFAULT_PLACE, dr: 2 * k };
      const cx = origin.x + (u.col + place.dc) * step + size / 2;
      const cy = origin.y + (u.row + place.dr) * step + size / 2 - 8;
      const dots: Circle[] = Array.from({ length: place.dots }, (_, i) => ({
        cx: round(cx + place.spread * Math.sqrt(i + 0.5) * Math.cos(i * GOLDEN_ANGLE)),
        cy: round(cy + place.spread * 0.8 * Math.sqrt(i + 0.5) * Math.sin(i * GOLDEN_ANGLE)),
        r: i % 3 === 0 ? 2.5 : 1.8,
      }));
      const radius = place.spread * Math.sqrt(place.dots);
      // The owner stays on a line of its own: "(Khánh Hòa)" must not be split.
      const lines = [...wrapLabel(name, 10), `(${u.name})`];
      return {
        name,
        ownerCode: u.code,
        ownerName: u.name,
        label: `${name} (${u.name})`,
        dots,
        text: topBlock('middle', cx, cy + radius * 0.8 + 12, lines, FONT.small),
      };
    }),
  );

  // Legend: the colour classes with their ranges, then "no data" and highlighted tiles.
  const legend: LegendItem[] = [];
  const legendEntries: { key: string; label: string }[] = [];
  if (numeric.length > 0) {
    for (let i = 0; i < LEVELS; i++)
      legendEntries.push({ key: String(i), label: `${format(i * bin)}–${format((i + 1) * bin)}` });
  }
  legendEntries.push({ key: 'none', label: 'Chưa có số liệu' });
  if (options.highlightLabel && marks.some((m) => m.highlight)) {
    legendEntries.push({ key: 'highlight', label: options.highlightLabel });
  }
  const legendTitleText = unit && numeric.length > 0 ? `Đơn vị: ${unit}` : null;
  const legendWidth =
    SWATCH +
    6 +
    Math.max(
      maxLineWidth(
        legendEntries.map((e) => e.label),
        FONT.tick,
      ),
      textWidth(legendTitleText ?? '', FONT.tick),
    );
  const legendHeight = (legendTitleText ? LEGEND_ROW : 0) + legendEntries.length * LEGEND_ROW;
  const gridRight = origin.x + (Math.max(...units.map((u) => u.col)) + 1) * step - gap;
  const gridBottom = origin.y + (Math.max(...units.map((u) => u.row)) + 1) * step - gap;
  const spot = freeSpot(units, legendWidth, legendHeight, step) ?? null;
  const legendX = spot ? origin.x + spot.col * step : origin.x;
  let ly = spot ? origin.y + spot.row * step : gridBottom + 16;
  const legendTitle = legendTitleText ? topBlock('start', legendX, ly + FONT.tick, [legendTitleText], FONT.tick) : null;
  if (legendTitle) ly += LEGEND_ROW;
  for (const entry of legendEntries) {
    legend.push({
      key: entry.key,
      label: entry.label,
      swatch: { x: round(legendX), y: round(ly + 1), width: SWATCH, height: SWATCH },
      text: centeredBlock('start', legendX + SWATCH + 6, ly + 1 + SWATCH / 2, [entry.label], FONT.tick),
    });
    ly += LEGEND_ROW;
  }

  const islandRight = Math.max(
    0,
    ...islands.flatMap((isl) =>
      isl.text.lines.map((l) => l.x + textWidth(l.text, FONT.small) / 2).concat(isl.dots.map((d) => d.cx + d.r)),
    ),
  );
  const islandBottom = Math.max(0, ...islands.flatMap((isl) => isl.text.lines.map((l) => l.y + 4)));
  const width = Math.ceil(Math.max(gridRight, islandRight, legendX + legendWidth) + PAD);
  const contentBottom = Math.max(gridBottom, islandBottom, ly);
  const notes = noteBlocks(options.notes ?? [], contentBottom + 12, width);
  const interactive = marks.some((m) => m.href !== null);
  const withData = sortedUnits.flatMap((u, i) => {
    const v = options.values.get(u.code);
    const mark = marks[i];
    return displayOf(v) === null || !mark ? [] : [{ value: v?.value ?? -Infinity, title: mark.title }];
  });

  return {
    ...chartBase(
      'tile-map',
      { ...options, width },
      notes.bottom + PAD,
      describe(marks, withData, islands, unit, options.highlightLabel),
      notes.blocks,
      interactive,
    ),
    unit,
    marks,
    islands,
    legend,
    legendTitle,
  };
}

function validate(units: readonly TileUnit[], values: ReadonlyMap<string, TileValue>): void {
  if (units.length === 0) throw new RangeError('a tile map needs units');
  const codes = new Set<string>();
  const cells = new Set<string>();
  for (const u of units) {
    if (!Number.isInteger(u.col) || !Number.isInteger(u.row) || u.col < 0 || u.row < 0) {
      throw new RangeError(`${u.name}: tile position must be whole and not negative`);
    }
    if (codes.has(u.code)) throw new RangeError(`duplicate unit code ${u.code}`);
    if (cells.has(`${u.col},${u.row}`)) throw new RangeError(`${u.name}: tile ${u.col},${u.row} is taken`);
    codes.add(u.code);
    cells.add(`${u.col},${u.row}`);
  }
  for (const [code, v] of values) {
    // A value for an unknown code is a data error (a former province's code, a typo).
    if (!codes.has(code)) throw new RangeError(`value for unknown unit code "${code}"`);
    if (v.value !== undefined && (!Number.isFinite(v.value) || v.value < 0)) {
      throw new RangeError(`unit ${code}: value must be finite and ≥ 0`);
    }
  }
}

/**
 * Short tile labels: names of up to 4 characters as they are ("Huế"), else the initials
 * ("Hà Nội" → "HN", "Hồ Chí Minh" → "HCM"). Names with the same initials get more letters of
 * their last word ("Quảng Ninh" → "QNi", "Quảng Ngãi" → "QNg"). An explicit `short` wins.
 */
export function abbreviate(units: readonly Pick<TileUnit, 'name' | 'short'>[]): string[] {
  const words = units.map((u) => u.name.normalize('NFC').trim().split(/\s+/));
  const initials = (w: string[], extra: number): string =>
    w.map((word, i) => [...word].slice(0, i === w.length - 1 ? 1 + extra : 1).join('')).join('');
  const labels = units.map(
    (u, i) =>
      u.short ?? (charLength(u.name) <= 4 || (words[i]?.length ?? 0) < 2 ? u.name : initials(words[i] ?? [], 0)),
  );
  for (let extra = 1; extra <= 4; extra++) {
    const counts = new Map<string, number>();
    for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
    let changed = false;
    units.forEach((u, i) => {
      const label = labels[i] as string;
      if (u.short !== undefined || (counts.get(label) ?? 0) < 2 || (words[i]?.length ?? 0) < 2) return;
      labels[i] = initials(words[i] ?? [], extra);
      changed = true;
    });
    if (!changed) break;
  }
  return labels;
}

/**
 * The first place along the left edge where the legend fits without covering a tile: in
 * Vietnam's shape that is the sea of Laos west of the central provinces. Undefined if none.
 */
function freeSpot(
  units: readonly TileUnit[],
  width: number,
  height: number,
  step: number,
): { col: number; row: number } | undefined {
  const taken = new Set(units.map((u) => `${u.col},${u.row}`));
  const cols = Math.ceil(width / step);
  const rows = Math.ceil(height / step);
  const maxRow = Math.max(...units.map((u) => u.row));
  for (let row = 0; row + rows - 1 <= maxRow; row++) {
    let free = true;
    for (let r = row; r < row + rows && free; r++) {
      for (let c = 0; c < cols && free; c++) free = !taken.has(`${c},${r}`);
    }
    if (free) return { col: 0, row };
  }
  return undefined;
}

/** "Bản đồ ô 34 đơn vị hành chính cấp tỉnh. Có số liệu ở 3 đơn vị: …. Quần đảo Hoàng Sa thuộc Đà Nẵng. …" */
function describe(
  marks: TileMark[],
  withData: { value: number; title: string }[],
  islands: IslandMark[],
  unit: string,
  highlightLabel: string | undefined,
): string {
  const parts = [`Bản đồ ô ${marks.length} đơn vị hành chính cấp tỉnh${unit ? `, đơn vị: ${unit}` : ''}.`];
  if (withData.length === 0) parts.push('Chưa có số liệu ở đơn vị nào.');
  else {
    // Largest first (a stable sort keeps map order for ties and text-only values).
    const sorted = [...withData].sort((a, b) => b.value - a.value);
    parts.push(`Có số liệu ở ${withData.length} đơn vị: ${sorted.map((d) => d.title).join('; ')}.`);
    if (withData.length < marks.length) parts.push('Các đơn vị còn lại chưa có số liệu.');
  }
  const highlighted = marks.filter((m) => m.highlight);
  if (highlightLabel && highlighted.length > 0) {
    parts.push(`${highlightLabel}: ${highlighted.map((m) => m.name).join(', ')}.`);
  }
  for (const island of islands) parts.push(`${island.name} thuộc ${island.ownerName}.`);
  return parts.join(' ');
}
