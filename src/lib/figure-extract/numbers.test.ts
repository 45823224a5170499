import { describe, expect, it } from 'vitest';
import { parseNumberWords, readDigits, scanNumbers } from './numbers.ts';

describe('readDigits', () => {
  it.each([
    ['2.345', 2345],
    ['1.000.500', 1000500],
    ['07', 7],
    ['8316', 8316],
    ['12,5', 12.5],
    ['3,75', 3.75],
    ['1.234,5', 1234.5],
  ])('reads %s as %d', (printed, value) => {
    expect(readDigits(printed)).toEqual({ value, codeLike: false });
  });

  it.each(['8.1', '2.0', '10.25', '1,2,3'])('reads %s as a code, not a quantity', (printed) => {
    const read = readDigits(printed);
    expect(read.codeLike).toBe(true);
    expect(read.value).toBeNaN();
  });
});

describe('parseNumberWords', () => {
  it.each([
    ['bảy', 7],
    ['mười', 10],
    ['mười lăm', 15],
    ['mười một', 11],
    ['hai mươi', 20],
    ['ba mươi mốt', 31],
    ['bốn mươi tư', 44],
    ['sáu mươi lăm', 65],
    ['một trăm', 100],
    ['hai trăm linh tám', 208],
    ['chín trăm lẻ một', 901],
    ['ba trăm hai mươi', 320],
    ['hai nghìn', 2000],
    ['hai nghìn ba trăm', 2300],
    ['năm triệu', 5_000_000],
  ])('reads “%s” as %d', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  it.each(['tư', 'mốt', 'lăm', 'mươi', 'nghìn', 'hai ba', 'mười mốt', 'hai mươi năm'])('refuses “%s”', (words) => {
    expect(parseNumberWords(words)).toBeNull();
  });
});

describe('scanNumbers', () => {
  it('finds every printed form with its value', () => {
    const text = 'Có 2.345 hộ, 07 đội, 3,5 triệu lượt, hơn 2 nghìn tin, 12,5%, 45/50 xã và mười hai tổ.';
    expect(scanNumbers(text).map((t) => [t.printed, t.value, t.form])).toEqual([
      ['2.345', 2345, 'digits'],
      ['07', 7, 'digits'],
      ['3,5 triệu', 3_500_000, 'digits'],
      ['2 nghìn', 2000, 'digits'],
      ['12,5', 12.5, 'digits'],
      ['45/50', 45, 'digits'],
      ['mười hai', 12, 'words'],
    ]);
  });

  it('keeps the pieces of a slashed number for the date or share test', () => {
    const [date, share] = scanNumbers('ngày 12/3/2021 có 45/50 xã');
    expect(date!.pieces).toEqual([12, 3, 2021]);
    expect(share!.pieces).toEqual([45, 50]);
  });

  it('reads the longest word run that is a number, and no word alone that is not', () => {
    // "hai mươi năm" is twenty years: the "năm" left over is not read as five.
    expect(scanNumbers('hai mươi năm qua').map((t) => [t.printed, t.value])).toEqual([['hai mươi', 20]]);
    expect(scanNumbers('hàng nghìn tài liệu, một trăm')).toEqual([
      expect.objectContaining({ printed: 'một trăm', value: 100 }),
    ]);
  });

  it('marks dotted codes', () => {
    const [token] = scanNumbers('tiêu chí 8.1');
    expect(token).toMatchObject({ printed: '8.1', codeLike: true });
    expect(token!.value).toBeNaN();
  });
});
