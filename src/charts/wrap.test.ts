import { describe, expect, it } from 'vitest';
import { charLength, wrapLabel } from './wrap.ts';

const labels = [
  'Tổ an ninh nhân dân',
  'Cụm an ninh liên hoàn',
  'Quản lý, giám sát, giáo dục người chấp hành xong án phạt tù trở về địa phương tái hòa nhập cộng đồng',
  'Phối hợp phòng ngừa, quản lý, giáo dục giúp đỡ người có biểu hiện tâm thần gây mất ANTT',
  'Trường THPT Chuyên Bắc Kạn tự quản về ANTT',
];

describe('wrapLabel', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Tổ hòa giải', 20)).toEqual(['Tổ hòa giải']);
  });

  it('balances lines instead of leaving a lone last syllable', () => {
    expect(wrapLabel('Tổ an ninh nhân dân', 16)).toEqual(['Tổ an ninh', 'nhân dân']);
  });

  it('stops at 3 lines with an ellipsis that still fits', () => {
    const lines = wrapLabel(labels[2] as string, 20);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(charLength(line)).toBeLessThanOrEqual(20);
  });

  it('honours a smaller line limit', () => {
    expect(wrapLabel(labels[2] as string, 12, 2)).toHaveLength(2);
  });

  it('never breaks a word: a word longer than the limit stands alone', () => {
    expect(wrapLabel('Tổ ANTT-4.0-liên-kết mới', 8)).toEqual(['Tổ', 'ANTT-4.0-liên-kết', 'mới']);
  });

  it('counts composed characters once whatever the input normalisation', () => {
    const nfd = 'Tổ hòa giải'.normalize('NFD');
    expect(wrapLabel(nfd, 11)).toEqual(['Tổ hòa giải']);
  });

  for (const maxChars of [8, 12, 16, 20, 28]) {
    it(`keeps every label's words, in order, within ${maxChars} characters a line`, () => {
      for (const label of labels) {
        const lines = wrapLabel(label, maxChars);
        expect(lines.length).toBeLessThanOrEqual(3);
        const words = label.split(' ');
        const wrapped = lines.join(' ').replace(/…$/, '').split(' ');
        // The output is the label's words from the start, none cut or reordered.
        expect(wrapped).toEqual(words.slice(0, wrapped.length));
        for (const line of lines) {
          const singleWord = !line.replace(/…$/, '').includes(' ');
          if (!singleWord) expect(charLength(line)).toBeLessThanOrEqual(maxChars);
        }
      }
    });
  }

  it('rejects a limit below one character', () => {
    expect(() => wrapLabel('Tổ', 0)).toThrow(RangeError);
  });
});
