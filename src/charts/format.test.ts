import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from './format.ts';

describe('chart number format', () => {
  it.each([
    [0, '0'],
    [845, '845'],
    [1224, '1.224'],
    [20203, '20.203'],
    [1200000, '1.200.000'],
    [0.5, '0,5'],
    [7.39, '7,39'],
    [-1500, '−1.500'],
    [-0.001, '0'],
  ])('%d → %s', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  it('writes shares with one decimal and no space before %', () => {
    expect(formatPercent((123 / 131) * 100)).toBe('93,9%');
    expect(formatPercent(50)).toBe('50%');
  });

  it('refuses what it cannot print', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
  });
});
