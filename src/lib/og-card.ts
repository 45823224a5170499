/** Content of one Open Graph image (the preview shown when a page is shared). */
export interface OgCard {
  /** Section or content type, e.g. "Mô hình tiêu biểu". Rendered in capitals. */
  kicker: string;
  title: string;
  subtitle?: string;
  /** Usually the site name. */
  footer: string;
}

export type OgStyle = Readonly<Record<string, string | number>>;

/** The plain-object shape satori accepts in place of React elements, so no JSX runtime or React is needed. */
export interface OgElement {
  type: 'div';
  props: { style: OgStyle; children?: string | OgElement | OgElement[] };
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/**
 * Family names the renderer registers the two font subsets under. They must differ: satori keeps one font per
 * family and weight, so a second subset under the same name is silently ignored and Vietnamese letters missing from
 * the latin file (ắ, ộ, ư, Đ) vanish. With distinct names satori falls back per character along the stack.
 */
export const OG_FONT_FAMILY = { latin: 'Be Vietnam Pro', vietnamese: 'Be Vietnam Pro Vietnamese' } as const;

const COLOR = {
  background: '#fbfaf7',
  red: '#a3141b',
  gold: '#c58b00',
  ink: '#1d1b18',
  muted: '#57524a',
  rule: '#e6e0d4',
} as const;

/** Past about this many characters a 64px title runs to three lines and crowds the subtitle, so it steps down. */
const LONG_TITLE = 60;

function div(style: OgStyle, children?: OgElement['props']['children']): OgElement {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/**
 * Satori picks the font for each grapheme by its first code point, so a decomposed letter (base + combining marks, as
 * some editors and copy-paste produce) comes from the latin file, which lacks marks like the horn: "ư" would print
 * as "u". NFC yields the precomposed letter, which the vietnamese file has. Collapsing whitespace keeps stray
 * newlines from using up a clamped line.
 */
function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Satori element tree for a 1200×630 card. Pure data: the renderer supplies fonts and rasterises it. */
export function ogCardTree(card: OgCard): OgElement {
  const title = clean(card.title);
  const subtitle = card.subtitle === undefined ? '' : clean(card.subtitle);
  const longTitle = [...title].length > LONG_TITLE;

  const header = div({ display: 'flex', alignItems: 'center' }, [
    div({
      width: 26,
      height: 26,
      borderRadius: 13,
      backgroundColor: COLOR.gold,
      marginRight: 18,
      flexShrink: 0,
    }),
    div(
      {
        display: 'block',
        lineClamp: 1,
        fontSize: 30,
        fontWeight: 600,
        letterSpacing: 1.5,
        textTransform: 'uppercase',
        color: COLOR.red,
        lineHeight: 1.3,
      },
      clean(card.kicker),
    ),
  ]);

  const body: OgElement[] = [
    div(
      {
        display: 'block',
        lineClamp: 3,
        fontSize: longTitle ? 52 : 64,
        fontWeight: 700,
        // Room above capitals for stacked Vietnamese accents (Ồ, Ễ) without lines touching.
        lineHeight: 1.22,
        letterSpacing: -0.5,
        color: COLOR.ink,
        // Balancing a clamped title makes satori balance the whole text and then cut it, leaving three half-width
        // lines, so only short titles (which always fit) get it.
        ...(longTitle ? {} : { textWrap: 'balance' }),
      },
      title,
    ),
  ];
  if (subtitle !== '') {
    body.push(
      div(
        {
          display: 'block',
          lineClamp: 2,
          marginTop: 22,
          fontSize: 30,
          fontWeight: 400,
          lineHeight: 1.4,
          color: COLOR.muted,
        },
        subtitle,
      ),
    );
  }

  // The rule above the footer is a 2px box of its own, not a border: satori draws a border as a stroke under three
  // nested clip paths, each a canvas-sized mask for resvg, while a box is one rectangle. Same pixels.
  const rule = div({ height: 2, backgroundColor: COLOR.rule, flexShrink: 0 });
  const footer = div(
    {
      display: 'flex',
      alignItems: 'center',
      paddingTop: 22,
    },
    [
      div({ width: 40, height: 4, backgroundColor: COLOR.red, marginRight: 18, flexShrink: 0 }),
      div(
        { display: 'block', lineClamp: 1, fontSize: 26, fontWeight: 600, lineHeight: 1.3, color: COLOR.ink },
        clean(card.footer),
      ),
    ],
  );

  return div(
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: COLOR.background,
      fontFamily: `${OG_FONT_FAMILY.latin}, ${OG_FONT_FAMILY.vietnamese}`,
      color: COLOR.ink,
    },
    [
      div({ height: 16, backgroundColor: COLOR.red, flexShrink: 0 }),
      div({ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '54px 80px 44px' }, [
        header,
        // Centred in the space left between kicker and footer, so a two-word title does not leave a hole below it.
        div(
          { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', paddingBottom: 28 },
          body,
        ),
        rule,
        footer,
      ]),
    ],
  );
}

/** Text alternative of a card's image: the words drawn on it, the site name in the footer left out. */
export function ogCardAlt(card: OgCard): string {
  return `${card.kicker}: ${card.title}${card.subtitle ? ` (${card.subtitle})` : ''}`;
}
