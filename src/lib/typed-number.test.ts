import { describe, expect, it } from 'vitest';
import { readTypedNumber, showTypedNumber } from './typed-number.ts';

describe('readTypedNumber', () => {
  it.each<[string, number]>([
    ['1224', 1224],
    ['1.224', 1224],
    ['872.128', 872128],
    ['7,39', 7.39],
    ['05', 5],
    ['1,2 triệu', 1_200_000],
    ['3 nghìn', 3000],
    [' 12 ', 12],
  ])('reads %j as %d', (typed, value) => {
    expect(readTypedNumber(typed)).toEqual({ ok: true, value });
  });

  it.each(['12a', '7.39', '1.2.3', '', 'mười hai', '-3', '1,2,3'])(
    'refuses %j with a message in Vietnamese',
    (typed) => {
      const read = readTypedNumber(typed);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.message).toMatch(/dấu chấm|con số/u);
    },
  );

  it.each([0, 5, 1224, 1_200_000, 7.39, 1234.5])('shows %d so that it reads back the same', (value) => {
    expect(readTypedNumber(showTypedNumber(value))).toEqual({ ok: true, value });
  });

  it('shows a year as a year: digits ungrouped, read back the same', () => {
    expect(showTypedNumber(2013)).toBe('2.013');
    expect(showTypedNumber(2013, true)).toBe('2013');
    expect(showTypedNumber(7.5, true)).toBe('7,5');
    expect(readTypedNumber(showTypedNumber(2019, true))).toEqual({ ok: true, value: 2019 });
  });
});
