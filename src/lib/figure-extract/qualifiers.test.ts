import { describe, expect, it } from 'vitest';
import { qualifierBefore } from './qualifiers.ts';

/** The qualifier of the first digit in `text`. */
const at = (text: string) => qualifierBefore(text, text.search(/\d/));

describe('qualifierBefore', () => {
  it.each([
    ['lắp đặt trên 150 camera', 'over', 'trên'],
    ['thu hút hơn 9.000 hội viên', 'over', 'hơn'],
    ['gần 900 buổi tuyên truyền', 'nearly', 'gần'],
    ['ngót 40 câu lạc bộ', 'nearly', 'ngót'],
    ['khoảng 400 người dự', 'about', 'khoảng'],
    ['chừng 60 hộ', 'about', 'chừng'],
    ['trên dưới 300 đoàn viên', 'about', 'trên dưới'],
    ['xấp xỉ 2.000 lượt', 'about', 'xấp xỉ'],
    ['còn dưới 10 vụ', 'under', 'dưới'],
    ['chưa đến 20 trường hợp', 'under', 'chưa đến'],
    ['chưa tới 5 điểm', 'under', 'chưa tới'],
  ])('“%s” is %s (%s)', (text, qualifier, word) => {
    expect(at(text)).toMatchObject({ qualifier, word });
  });

  it('starts the figure at the hedge word', () => {
    const text = 'tổ chức hơn 9.000 lượt';
    expect(at(text).start).toBe(text.indexOf('hơn'));
  });

  it('reads a hedge that opens a sentence', () => {
    expect(at('Hơn 3.000 người dự.')).toMatchObject({ qualifier: 'over', word: 'hơn' });
  });

  it.each(['có 315 tổ', 'trên địa bàn có 315 tổ', 'bên trên: 315 tổ'])(
    '“%s” is exact: no hedge word right before the number',
    (text) => {
      expect(at(text)).toMatchObject({ qualifier: 'exact', word: null });
    },
  );
});
