/** Content of one Open Graph image (the preview shown when a page is shared). */
export interface OgCard {
  /** Section or content type, e.g. "Mô hình tiêu biểu". Rendered in capitals. */
  kicker: string;
  title: string;
  subtitle?: string;
  /** Usually the site name. */
  footer: string;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The card's colours, as hex RGB. */
export const OG_COLOR = {
  background: '#fbfaf7',
  red: '#a3141b',
  gold: '#c58b00',
  ink: '#1d1b18',
  muted: '#57524a',
  rule: '#e6e0d4',
} as const;

export type OgColor = Exclude<keyof typeof OG_COLOR, 'background'>;

/** How one text of the card is set: Be Vietnam Pro at a size and weight, clamped to some lines with an ellipsis. */
export interface OgTextStyle {
  size: number;
  weight: 400 | 600 | 700;
  /** Line box height as a multiple of the size; the glyphs sit centred in it as in CSS. */
  lineHeight: number;
  letterSpacing: number;
  maxLines: number;
  color: OgColor;
}

/**
 * The fixed layout, in pixels. Top to bottom: a red bar; the header (gold dot, kicker in capitals); the body (title,
 * optional subtitle) centred in the space left above the footer; a rule; the footer (short red bar, site name).
 */
export const OG_LAYOUT = {
  topBar: 16,
  padding: { top: 54, right: 80, bottom: 44, left: 80 },
  dot: { size: 26, gap: 18 },
  kicker: { size: 30, weight: 600, lineHeight: 1.3, letterSpacing: 1.5, maxLines: 1, color: 'red' },
  title: { size: 64, weight: 700, lineHeight: 1.22, letterSpacing: -0.5, maxLines: 3, color: 'ink' },
  /** Past LONG_TITLE characters a 64px title runs to three lines and crowds the subtitle, so it steps down. */
  longTitle: { size: 52, weight: 700, lineHeight: 1.22, letterSpacing: -0.5, maxLines: 3, color: 'ink' },
  subtitle: { size: 30, weight: 400, lineHeight: 1.4, letterSpacing: 0, maxLines: 2, color: 'muted' },
  subtitleGap: 22,
  /** Space kept free under the body, so a centred body does not crowd the rule. */
  bodyPaddingBottom: 28,
  rule: 2,
  footerGap: 22,
  footerBar: { width: 40, height: 4, gap: 18 },
  footer: { size: 26, weight: 600, lineHeight: 1.3, letterSpacing: 0, maxLines: 1, color: 'ink' },
} as const satisfies Record<string, unknown> &
  Record<'kicker' | 'title' | 'longTitle' | 'subtitle' | 'footer', OgTextStyle>;

/** Titles longer than this many characters are set in OG_LAYOUT.longTitle. */
export const LONG_TITLE = 60;

/**
 * A decomposed letter (base + combining marks, as some editors and copy-paste produce) would be drawn from the latin
 * font file, which lacks marks like the horn: "ư" would print as "u". NFC yields the precomposed letter, which the
 * vietnamese file has. Collapsing whitespace keeps stray newlines from using up a clamped line.
 */
export function cleanOgText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The texts drawn on a card, cleaned, with the style of each (the title's depends on its length). */
export function ogCardTexts(card: OgCard): {
  kicker: string;
  title: string;
  subtitle: string;
  footer: string;
  titleStyle: OgTextStyle;
} {
  const title = cleanOgText(card.title);
  return {
    kicker: cleanOgText(card.kicker).toUpperCase(),
    title,
    subtitle: card.subtitle === undefined ? '' : cleanOgText(card.subtitle),
    footer: cleanOgText(card.footer),
    titleStyle: [...title].length > LONG_TITLE ? OG_LAYOUT.longTitle : OG_LAYOUT.title,
  };
}

/** Text alternative of a card's image: the words drawn on it, the site name in the footer left out. */
export function ogCardAlt(card: OgCard): string {
  return `${card.kicker}: ${card.title}${card.subtitle ? ` (${card.subtitle})` : ''}`;
}
