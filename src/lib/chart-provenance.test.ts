import { describe, expect, it } from 'vitest';
import type { Period } from '../schemas/common.ts';
import { periodSummary } from './chart-provenance.ts';

const range = (from: number, to: number): Period => ({ kind: 'range', from, to });
const asOf = (year: number | null, month: number | null = null, day: number | null = null): Period => ({
  kind: 'asOf',
  date: { text: 'x', year, month, day, yearInferred: null },
});

describe('periodSummary', () => {
  it('lists up to three distinct periods in drawing order, as pages format them', () => {
    expect(periodSummary([range(2007, 2022), range(2019, 2024), range(2007, 2022)])).toBe('2007–2022; 2019–2024');
    expect(periodSummary([asOf(2024, 10, 16), range(2021, 2021), asOf(null, 9, 14)])).toBe(
      'tính đến 16/10/2024; năm 2021; tính đến 14/09 (không rõ năm)',
    );
  });

  it('gives the span of the years past three periods, and says when none is known', () => {
    expect(periodSummary([range(2019, 2024), asOf(2005), range(2010, 2012), asOf(null, 9, 14)])).toBe(
      'nhiều thời kỳ, 2005–2024',
    );
    expect(periodSummary([1, 2, 3, 4].map((m) => asOf(null, m)))).toBe('nhiều thời kỳ, không rõ năm');
    expect(periodSummary([])).toBe('không rõ');
  });
});
