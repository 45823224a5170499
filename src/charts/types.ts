/**
 * Shared types of the build-time chart layouts.
 *
 * A layout function turns data into a *model*: every position is already computed (scales
 * applied, coordinates rounded to 0.1 px), every text is already wrapped and placed, and a
 * plain-Vietnamese text alternative is generated from the data. The .astro renderers only
 * map the model to SVG elements, so everything worth testing lives in the model.
 */

/** How exact a figure is, as printed by the source: "trên 20.203" is `over`. */
export type Qualifier = 'exact' | 'over' | 'about' | 'nearly' | 'under';

/** One value of a bar-like chart. */
export interface Datum {
  id: string;
  label: string;
  value: number;
  /** The formatted value with its qualifier word, e.g. "trên 20.203". Shown as is. */
  display: string;
  qualifier: Qualifier;
  /** Series name for grouped or stacked bars, e.g. "tập thể" / "cá nhân". */
  group?: string;
}

/** Formats a plain number (tick labels, totals); Vietnamese style by default. */
export type NumberFormat = (value: number) => string;

export type ChartKind = 'horizontal-bar' | 'grouped-bar' | 'slope' | 'timeline' | 'proportion' | 'tile-map';

export type TextAnchor = 'start' | 'middle' | 'end';

/** One line of text; `y` is the baseline, so renderers need no dominant-baseline tricks. */
export interface TextLine {
  x: number;
  y: number;
  text: string;
}

/** A (possibly wrapped) text: one <text> element with one <tspan> per line. */
export interface TextBlock {
  anchor: TextAnchor;
  lines: TextLine[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Circle {
  cx: number;
  cy: number;
  r: number;
}

/** A vertical gridline of a horizontal value axis with its label under the plot. */
export interface XTick {
  value: number;
  line: Line;
  text: TextBlock;
}

/** What every chart model has. */
export interface ChartBase {
  kind: ChartKind;
  /** Unique per page; prefixes the ids of <title> and <desc>. */
  id: string;
  titleId: string;
  descId: string;
  /** `img` for a picture; `group` when marks are links, because role=img hides its children from assistive tech. */
  role: 'img' | 'group';
  width: number;
  height: number;
  title: string;
  /** Plain-Vietnamese text alternative generated from the data. */
  description: string;
  /** Visible caption lines under the chart (e.g. what a dashed bar end means). */
  notes: TextBlock[];
  /** Only in an exported file: a header above the drawing and metadata (see export-frame.ts). */
  frame?: ExportFrame;
}

/** What an exported chart adds around the drawing, which moves down by `top`. */
export interface ExportFrame {
  top: number;
  title: TextBlock;
  /** Subtitle and period, under the title. */
  lines: TextBlock[];
  /** RDF/XML for the <metadata> element, already escaped. */
  metadata: string;
}

/** A bar: `bar` is the full extent (proportional to the value); `body` + `tip` are what is drawn. */
export interface BarShape {
  bar: Rect;
  /** Solid part: the whole bar for an exact value, the bar minus its tip when hedged. */
  body: Rect;
  /** The uncertain end of a hedged bar, drawn faded with a dashed edge; null when exact. */
  tip: Rect | null;
}

export interface BarMark extends BarShape {
  id: string;
  label: string;
  value: number;
  display: string;
  qualifier: Qualifier;
  /** True when the qualifier is not `exact`: the bar length is a bound or an estimate. */
  hedged: boolean;
  /** Full text for the mark's <title> (tooltip), never truncated. */
  title: string;
  labelText: TextBlock;
  valueText: TextBlock;
}

export interface HorizontalBarModel extends ChartBase {
  kind: 'horizontal-bar';
  unit: string;
  /** The x of value 0, where every bar starts. */
  zeroX: number;
  plot: Rect;
  ticks: XTick[];
  /** The zero line, drawn over the gridlines. */
  axis: Line;
  /** Unit under the last tick, e.g. "tổ". */
  axisTitle: TextBlock | null;
  marks: BarMark[];
}

export interface LegendItem {
  /** Colour class index (series) or colour level (tile map). */
  key: string;
  label: string;
  swatch: Rect;
  text: TextBlock;
}

export interface SegmentMark extends BarShape {
  id: string;
  category: string;
  series: string;
  /** Colour class index, cycling over the palette. */
  seriesIndex: number;
  value: number;
  display: string;
  qualifier: Qualifier;
  hedged: boolean;
  title: string;
  /** Value label; null when it does not fit (stacked segments), the <title> still has it. */
  valueText: TextBlock | null;
  /** `inside` for stacked segments (the label needs the on-colour text), `end` after the bar. */
  valuePlacement: 'inside' | 'end';
}

export interface CategoryRow {
  id: string;
  label: string;
  labelText: TextBlock;
  /** Stacked mode: the total at the end of the stack. */
  totalText: TextBlock | null;
}

export interface GroupedBarModel extends ChartBase {
  kind: 'grouped-bar';
  mode: 'grouped' | 'stacked';
  unit: string;
  zeroX: number;
  plot: Rect;
  ticks: XTick[];
  axis: Line;
  axisTitle: TextBlock | null;
  legend: LegendItem[];
  categories: CategoryRow[];
  marks: SegmentMark[];
}

/** A value at one end of a slope. */
export interface SlopeValue {
  value: number;
  display: string;
  qualifier: Qualifier;
}

export interface SlopeSeries {
  id: string;
  label: string;
  start: SlopeValue;
  end: SlopeValue;
}

export interface SlopePoint extends SlopeValue {
  hedged: boolean;
  circle: Circle;
  text: TextBlock;
}

export interface SlopeMark {
  id: string;
  label: string;
  seriesIndex: number;
  direction: 'up' | 'down' | 'flat';
  /** Dashed when either end is hedged. */
  hedged: boolean;
  /** "giảm từ 89 xuống 24 điểm" */
  change: string;
  title: string;
  line: Line;
  start: SlopePoint;
  end: SlopePoint;
  labelText: TextBlock;
}

export interface SlopeAxis {
  label: string;
  line: Line;
  text: TextBlock;
}

export interface SlopeModel extends ChartBase {
  kind: 'slope';
  unit: string;
  axes: [SlopeAxis, SlopeAxis];
  /** Zero baseline across both axes: the scale starts at zero so the drop is not exaggerated. */
  baseline: Line;
  /** "0" at the start of the baseline, so the zero-based scale is visible; null if a value label is there. */
  zeroText: TextBlock | null;
  marks: SlopeMark[];
}

export interface TimelineItem {
  id: string;
  label: string;
  year: number;
  href?: string;
}

export interface TimelineYear {
  year: number;
  dot: Circle;
  text: TextBlock;
}

export interface TimelineMark {
  id: string;
  label: string;
  year: number;
  href: string | null;
  title: string;
  /** Short line from the axis to the item text. */
  connector: Line;
  text: TextBlock;
}

export interface TimelineModel extends ChartBase {
  kind: 'timeline';
  axis: Line;
  years: TimelineYear[];
  marks: TimelineMark[];
}

export interface WaffleCell extends Rect {
  /** Whether the square counts towards the part or the rest (also its CSS class suffix). */
  kind: 'part' | 'rest';
}

export interface ProportionModel extends ChartBase {
  kind: 'proportion';
  variant: 'bar' | 'waffle';
  part: number;
  whole: number;
  /** part / whole, 0–1. */
  share: number;
  /** "93,9%" */
  shareText: string;
  hedged: boolean;
  /** Bar variant: the part and the rest of a 100%-wide bar; null for the waffle. */
  bar: { part: Rect; rest: Rect } | null;
  /** Waffle variant: one square per unit (or per percent for large wholes). */
  cells: WaffleCell[];
  /** How many units one waffle square stands for (1 unless the whole is large). */
  unitsPerCell: number;
  /** Headline ("123/131 xã · 93,9%") and the part/rest labels. */
  headline: TextBlock;
  legend: LegendItem[];
}

/** One of the 34 provincial units as a tile. */
export interface TileUnit {
  code: string;
  name: string;
  col: number;
  row: number;
  archipelagos: string[];
  /** Short label override; otherwise derived from the name's initials. */
  short?: string;
}

export interface TileValue {
  value?: number;
  display?: string;
  highlight?: boolean;
  href?: string;
}

/** Sequential colour class of a tile with a value (0 = lowest); `none` without a value. */
export type TileLevel = 0 | 1 | 2 | 3 | 4 | 'none';

export interface TileMark extends Rect {
  code: string;
  name: string;
  short: string;
  level: TileLevel;
  highlight: boolean;
  href: string | null;
  title: string;
  shortText: TextBlock;
  /** The value inside the tile, only when every value fits; null otherwise. */
  valueText: TextBlock | null;
}

export interface IslandMark {
  /** "Quần đảo Hoàng Sa" */
  name: string;
  ownerCode: string;
  ownerName: string;
  /** "Quần đảo Hoàng Sa (Đà Nẵng)" */
  label: string;
  dots: Circle[];
  text: TextBlock;
}

export interface TileMapModel extends ChartBase {
  kind: 'tile-map';
  unit: string;
  marks: TileMark[];
  islands: IslandMark[];
  /** Colour classes with their value ranges, "no data" and (optionally) highlighted tiles. */
  legend: LegendItem[];
  legendTitle: TextBlock | null;
}

export type ChartModel =
  HorizontalBarModel | GroupedBarModel | SlopeModel | TimelineModel | ProportionModel | TileMapModel;
