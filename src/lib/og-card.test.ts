import { describe, expect, it } from 'vitest';
import { LONG_TITLE, OG_LAYOUT, ogCardAlt, ogCardTexts } from './og-card.ts';

const card = { kicker: 'Mô hình tiêu biểu', title: 'Tiếng kẻng', footer: 'Cổng thông tin' };

describe('ogCardTexts', () => {
  it('composes decomposed letters, so they come from the vietnamese font file whole', () => {
    const decomposed = 'Lu\u031b\u0301ng'; // u + horn + acute, as some editors write "ứ"
    expect(ogCardTexts({ ...card, title: decomposed }).title).toBe('Lứng');
  });

  it('collapses whitespace and sets the kicker in capitals', () => {
    const texts = ogCardTexts({ ...card, title: '  Hai\n\ndòng  ', subtitle: 'a\tb' });
    expect(texts.title).toBe('Hai dòng');
    expect(texts.subtitle).toBe('a b');
    expect(texts.kicker).toBe('MÔ HÌNH TIÊU BIỂU');
    expect(ogCardTexts(card).subtitle).toBe('');
  });

  it('steps a title longer than LONG_TITLE characters down to the smaller size', () => {
    expect(ogCardTexts({ ...card, title: 'ạ'.repeat(LONG_TITLE) }).titleStyle).toBe(OG_LAYOUT.title);
    expect(ogCardTexts({ ...card, title: 'ạ'.repeat(LONG_TITLE + 1) }).titleStyle).toBe(OG_LAYOUT.longTitle);
  });
});

describe('ogCardAlt', () => {
  it('gives the words drawn on the card', () => {
    expect(ogCardAlt({ ...card, subtitle: 'Hòa Bình' })).toBe('Mô hình tiêu biểu: Tiếng kẻng (Hòa Bình)');
  });
});
