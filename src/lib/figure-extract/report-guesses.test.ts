import { describe, expect, it } from 'vitest';
import { publisherLine, titleLine } from './report-guesses.ts';

describe('the title line', () => {
  it('takes a short opening line as the title', () => {
    expect(titleLine('Hòa Bình nhân rộng mô hình tổ tự quản\n\nNgày 3/4, Công an tỉnh tổ chức hội nghị.')).toBe(
      'Hòa Bình nhân rộng mô hình tổ tự quản',
    );
  });

  it('leaves it to the editor when the text opens with a dateline, a sentence or nothing else', () => {
    expect(titleLine('Ngày 12/05/2023, Công an tỉnh tổ chức hội nghị.\n\nToàn tỉnh có 40 tổ.')).toBeNull();
    expect(titleLine('Toàn tỉnh có 40 tổ tự quản đang hoạt động.\n\nCác tổ đã giúp 3 xã.')).toBeNull();
    expect(titleLine('Một dòng duy nhất không có gì sau')).toBeNull();
    expect(titleLine('Hai chữ\n\nThân bài.')).toBeNull();
    expect(titleLine(`${'chữ '.repeat(60)}\n\nThân bài.`)).toBeNull();
  });
});

describe('the publisher line', () => {
  it('reads a closing “Nguồn:” or “Theo” line as printed', () => {
    expect(publisherLine('Thân bài có 40 tổ.\n\nNguồn: Báo Lạng Sơn')).toBe('Báo Lạng Sơn');
    expect(publisherLine('Thân bài có 40 tổ.\n\nTheo Công an tỉnh Hòa Bình.')).toBe('Công an tỉnh Hòa Bình');
  });

  it('does not take “theo” inside the report, or a long sentence, for a publisher', () => {
    expect(publisherLine('Theo kế hoạch, toàn tỉnh có 40 tổ. Các tổ họp hằng tháng.\n\nHết.')).toBeNull();
    expect(publisherLine('Thân bài.\n\nTheo báo cáo, các tổ đã họp. Sau đó các xã cùng làm.')).toBeNull();
    expect(publisherLine('Thân bài có 40 tổ.')).toBeNull();
  });
});
