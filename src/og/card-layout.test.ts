import { describe, expect, it } from 'vitest';
import { OG_HEIGHT, OG_LAYOUT } from '../lib/og-card.ts';
import { bodyBoxes, FOOTER_BOX, KICKER_BOX, lineBaseline, STATIC_SHAPES } from './card-layout.ts';

const lineBox = (s: { size: number; lineHeight: number }) => s.size * s.lineHeight;
// Round numbers in font units (Be Vietnam Pro itself has ascender 1000, descender −265).
const METRICS = { ascender: 1050, descender: -350, upem: 1000 };

describe('bodyBoxes', () => {
  it('centres title and subtitle together between the header and the space kept above the rule', () => {
    const { title, subtitle } = bodyBoxes(OG_LAYOUT.title, 2, 1);
    const bottom = subtitle.top + lineBox(OG_LAYOUT.subtitle);
    const headerBottom = KICKER_BOX.top + lineBox(OG_LAYOUT.kicker);
    const keptFree = STATIC_SHAPES.rule.y - OG_LAYOUT.bodyPaddingBottom;
    // Equal gaps above and below, up to the rule's snapping to a whole pixel.
    expect(Math.abs(title.top - headerBottom - (keptFree - bottom))).toBeLessThan(1);
    expect(subtitle.top - title.top).toBeCloseTo(2 * lineBox(OG_LAYOUT.title) + OG_LAYOUT.subtitleGap, 6);
  });

  it('moves a one-line title down by half the line a two-line one needs', () => {
    const one = bodyBoxes(OG_LAYOUT.title, 1, 0).title.top;
    const two = bodyBoxes(OG_LAYOUT.title, 2, 0).title.top;
    expect(one - two).toBeCloseTo(lineBox(OG_LAYOUT.title) / 2, 6);
  });
});

describe('lineBaseline', () => {
  it('puts baselines on whole pixels (snapped down), one line box apart, the glyph box centred in the line box', () => {
    const style = OG_LAYOUT.subtitle; // 30px, 42px lines
    const first = lineBaseline(100, style, 0, METRICS);
    // (42 − 1.4 × 30) / 2 + 1.05 × 30 = 31.5, snapped down.
    expect(first).toBe(131);
    expect(lineBaseline(100, style, 1, METRICS)).toBe(173);
  });
});

describe('the fixed shapes', () => {
  it('keep the footer inside the card, below the rule', () => {
    expect(STATIC_SHAPES.rule.y + STATIC_SHAPES.rule.height).toBeLessThanOrEqual(FOOTER_BOX.top);
    expect(FOOTER_BOX.top + lineBox(OG_LAYOUT.footer)).toBeLessThanOrEqual(OG_HEIGHT - OG_LAYOUT.padding.bottom);
    expect(KICKER_BOX.x).toBe(OG_LAYOUT.padding.left + OG_LAYOUT.dot.size + OG_LAYOUT.dot.gap);
  });
});
