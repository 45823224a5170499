import { describe, expect, it } from 'vitest';
import { findQuotes, normalizeReportText, prepareText, splitSentences } from './prepare.ts';

describe('normalizeReportText', () => {
  it('joins lines wrapped inside a paragraph and keeps paragraphs apart', () => {
    const raw = 'Công an huyện đã\nthành lập 12 tổ\r\ntự quản.\n\n\nĐoạn sau.';
    expect(normalizeReportText(raw)).toBe('Công an huyện đã thành lập 12 tổ tự quản.\n\nĐoạn sau.');
  });

  it('writes NFC with the project tone placement and plain spaces', () => {
    const raw = 'to\u0302\u0309 hoa\u0300 gia\u0309i\u00A0\u00A0mo\u0301i';
    expect(normalizeReportText(raw)).toBe('tổ hòa giải mói');
  });
});

describe('splitSentences', () => {
  it('ends a sentence at a stop before a capital, a digit or a quote', () => {
    const text = 'Huyện có 3 tổ. 12 tổ khác đang lập… “Tổ mới” ra đời! Hết';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Huyện có 3 tổ.',
      '12 tổ khác đang lập…',
      '“Tổ mới” ra đời!',
      'Hết',
    ]);
  });

  it('does not end a sentence after a short abbreviation or inside a number', () => {
    const text = 'Tại TP. Vinh có 1.250 hộ tham gia. Xong.';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['Tại TP. Vinh có 1.250 hộ tham gia.', 'Xong.']);
  });

  it('gives offsets into the text', () => {
    const text = 'Một câu.\n\nCâu hai.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('findQuotes', () => {
  it('pairs marks in order, whatever their shape', () => {
    const text = 'mô hình "Chợ không khói” và “Bến đò an toàn"';
    expect(findQuotes(text).map((q) => q.inner)).toEqual(['Chợ không khói', 'Bến đò an toàn']);
  });

  it('does not pair marks across paragraphs', () => {
    const { quotes } = prepareText('mở “ngoặc\n\nđoạn “Tên” sau');
    expect(quotes.map((q) => q.inner)).toEqual(['Tên']);
  });
});
