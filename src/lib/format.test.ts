import { describe, expect, it } from 'vitest';
import {
  formatFigure,
  formatFigureValue,
  formatFullNumber,
  formatNumber,
  formatPartialDate,
  formatPercent,
  formatPeriod,
  isoPartialDate,
  qualifierWord,
} from './format.ts';

const date = (year: number | null, month: number | null, day: number | null, yearInferred: string | null = null) => ({
  text: 'x',
  year,
  month,
  day,
  yearInferred,
});

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [1224, '1.224'],
    [872128, '872.128'],
    [20203, '20.203'],
    [7.39, '7,39'],
    [98.7, '98,7'],
    [1_200_000, '1,2 triệu'],
    [3_000_000, '3 triệu'],
    [1_234_567, '1.234.567'],
    [2_500_000_000, '2,5 tỷ'],
  ])('%d → %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('uses English words and separators for en-GB', () => {
    expect(formatNumber(1_200_000, 'en-GB')).toBe('1.2 million');
    expect(formatNumber(1224, 'en-GB')).toBe('1,224');
  });

  it('refuses non-finite numbers', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
  });

  it('writes full numbers and percentages', () => {
    expect(formatFullNumber(1_200_000)).toBe('1.200.000');
    expect(formatPercent(7.39)).toBe('7,39%');
  });
});

describe('qualifiers', () => {
  it.each([
    ['exact', undefined, ''],
    ['over', undefined, 'trên'],
    ['over', 'hơn', 'hơn'],
    ['about', undefined, 'khoảng'],
    ['nearly', undefined, 'gần'],
    ['under', undefined, 'dưới'],
  ] as const)('%s (%s) → "%s"', (qualifier, source, expected) => {
    expect(qualifierWord(qualifier, source)).toBe(expected);
  });
});

describe('formatFigure', () => {
  it('keeps the source qualifier, value and unit: trên 1,2 triệu lượt người', () => {
    expect(formatFigure({ value: 1_200_000, unit: 'lượt người', qualifier: 'over', qualifierWord: 'trên' })).toBe(
      'trên 1,2 triệu lượt người',
    );
  });
  it.each([
    [{ value: 3000, unit: 'lượt', qualifier: 'over', qualifierWord: 'hơn' }, 'hơn 3.000 lượt'],
    [{ value: 80, unit: '%', qualifier: 'nearly' }, 'gần 80%'],
    [{ value: 7.39, unit: '%', qualifier: 'exact' }, '7,39%'],
    [{ value: 4, unit: '% mỗi năm', qualifier: 'over', qualifierWord: 'trên' }, 'trên 4% mỗi năm'],
    [{ value: 123, outOf: 131, unit: 'xã', qualifier: 'exact' }, '123/131 xã'],
    [{ value: 845, unit: 'tổ', qualifier: 'exact' }, '845 tổ'],
  ] as const)('%o → %s', (figure, expected) => {
    expect(formatFigure(figure)).toBe(expected);
  });
  it('gives the value alone for tables', () => {
    expect(formatFigureValue({ value: 700, unit: 'trường hợp', qualifier: 'nearly' })).toBe('gần 700');
  });
});

describe('dates and periods', () => {
  it.each([
    [date(2024, 10, 16), '16/10/2024'],
    [date(2023, 6, 9), '09/06/2023'],
    [date(2024, 10, null), '10/2024'],
    [date(2024, null, null), 'năm 2024'],
    [date(null, 9, 14), '14/09 (không rõ năm)'],
    [date(null, null, null), 'không rõ năm'],
    [date(2024, 10, 16, 'kỳ báo cáo 2019–2024'), '16/10/2024 (năm suy luận)'],
  ])('%o → %s', (d, expected) => {
    expect(formatPartialDate(d)).toBe(expected);
  });

  it('gives ISO dates only when the year is known', () => {
    expect(isoPartialDate(date(2023, 6, 9))).toBe('2023-06-09');
    expect(isoPartialDate(date(2024, 10, null))).toBe('2024-10');
    expect(isoPartialDate(date(null, 9, 14))).toBeNull();
  });

  it.each([
    [{ kind: 'range', from: 2019, to: 2024 }, '2019–2024'],
    [{ kind: 'range', from: 2021, to: 2021 }, 'năm 2021'],
    [{ kind: 'asOf', date: date(2020, 11, 17) }, 'tính đến 17/11/2020'],
    [{ kind: 'asOf', date: date(2007, null, null) }, 'năm 2007'],
    [{ kind: 'asOf', date: date(null, 9, 14) }, 'tính đến 14/09 (không rõ năm)'],
  ] as const)('%o → %s', (period, expected) => {
    expect(formatPeriod(period)).toBe(expected);
  });
});
