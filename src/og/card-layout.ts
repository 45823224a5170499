/**
 * Where everything on the card goes, in pixels, derived from OG_LAYOUT the way the flexbox layout of the earlier
 * renderer placed it: header at the top, rule and footer at the bottom, the body centred in between.
 */
import { OG_HEIGHT, OG_LAYOUT, OG_WIDTH, type OgTextStyle } from '../lib/og-card.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a text's lines go: left edge, width to wrap at, top of the first line box. */
export interface TextBox {
  x: number;
  width: number;
  top: number;
}

const L = OG_LAYOUT;
const lineBox = (style: OgTextStyle) => style.size * style.lineHeight;

const contentTop = L.topBar + L.padding.top;
const contentBottom = OG_HEIGHT - L.padding.bottom;
const contentLeft = L.padding.left;
const contentWidth = OG_WIDTH - L.padding.left - L.padding.right;
const headerHeight = lineBox(L.kicker);
const footerLine = lineBox(L.footer);
const footerTop = contentBottom - footerLine;
const ruleY = footerTop - L.footerGap - L.rule;
const bodyTop = contentTop + headerHeight;
const bodyBottom = ruleY - L.bodyPaddingBottom;

/** Shapes that never change: drawn once into the background. Edges snapped to whole pixels for crisp lines. */
export const STATIC_SHAPES = {
  topBar: { x: 0, y: 0, width: OG_WIDTH, height: L.topBar },
  dot: { cx: contentLeft + L.dot.size / 2, cy: contentTop + headerHeight / 2, r: L.dot.size / 2 },
  rule: { x: contentLeft, y: Math.round(ruleY), width: contentWidth, height: L.rule },
  footerBar: {
    x: contentLeft,
    y: Math.round(footerTop + (footerLine - L.footerBar.height) / 2),
    width: L.footerBar.width,
    height: L.footerBar.height,
  },
} as const;

const kickerX = contentLeft + L.dot.size + L.dot.gap;
const footerX = contentLeft + L.footerBar.width + L.footerBar.gap;
export const KICKER_BOX: TextBox = { x: kickerX, width: OG_WIDTH - L.padding.right - kickerX, top: contentTop };
export const FOOTER_BOX: TextBox = { x: footerX, width: OG_WIDTH - L.padding.right - footerX, top: footerTop };
export const BODY_WIDTH = contentWidth;

/** The title's and subtitle's boxes once their line counts are known: together centred in the body's space. */
export function bodyBoxes(
  titleStyle: OgTextStyle,
  titleLines: number,
  subtitleLines: number,
): { title: TextBox; subtitle: TextBox } {
  const subtitleHeight = subtitleLines > 0 ? L.subtitleGap + subtitleLines * lineBox(L.subtitle) : 0;
  const height = titleLines * lineBox(titleStyle) + subtitleHeight;
  const top = bodyTop + (bodyBottom - bodyTop - height) / 2;
  return {
    title: { x: contentLeft, width: contentWidth, top },
    subtitle: { x: contentLeft, width: contentWidth, top: top + titleLines * lineBox(titleStyle) + L.subtitleGap },
  };
}

/**
 * The baseline of line `index` of a text whose first line box starts at `top`: as in CSS, the font's
 * ascender-to-descender height sits centred in each line box (ascender and descender in font units, the descender
 * negative). Snapped down to a whole pixel, so each glyph is rasterised once per size; rounding down rather than to
 * the nearest pixel put the text closest to the earlier renderer's (measured over 33 cards).
 */
export function lineBaseline(
  top: number,
  style: OgTextStyle,
  index: number,
  metrics: { ascender: number; descender: number; upem: number },
): number {
  const scale = style.size / metrics.upem;
  const content = (metrics.ascender - metrics.descender) * scale;
  return Math.floor(top + index * lineBox(style) + (lineBox(style) - content) / 2 + metrics.ascender * scale);
}
