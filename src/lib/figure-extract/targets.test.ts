import { describe, expect, it } from 'vitest';
import { isTarget } from './targets.ts';
import type { ReportTime } from './periods.ts';

// Example clauses written for the test, not taken from a source.
const in2023: ReportTime = {
  date: { text: 'Ngày 12/05/2023', year: 2023, month: 5, day: 12, yearInferred: null },
  period: null,
};
const undated: ReportTime = { date: null, period: null };

describe('isTarget', () => {
  it('reads an aim before the number as a target', () => {
    expect(isTarget('Tỉnh phấn đấu đến năm 2030 có ', in2023)).toBe(true);
    expect(isTarget('Chỉ tiêu đề ra là ', undated)).toBe(true);
    expect(isTarget('Dự kiến trong năm tới thành lập thêm ', undated)).toBe(true);
  });

  it('reads a year after the report as a deadline, a year before it as the past', () => {
    expect(isTarget('Đến năm 2025, toàn tỉnh có ', in2023)).toBe(true);
    expect(isTarget('Đến năm 2022, toàn tỉnh có ', in2023)).toBe(false);
    // Without the report's year there is nothing to compare with.
    expect(isTarget('Đến năm 2025, toàn tỉnh có ', undated)).toBe(false);
  });

  it('leaves results alone, and only looks at the number’s own clause', () => {
    expect(isTarget('Trong 3 năm qua, toàn tỉnh duy trì ', in2023)).toBe(false);
    expect(isTarget('Các xã đạt ', in2023)).toBe(false);
    expect(isTarget('Mục tiêu của mô hình là giữ bình yên; năm qua đã lập ', in2023)).toBe(false);
    // "sẽ" (will) is not a cue: it is also a syllable of place names.
    expect(isTarget('Xã Sẽ Lũng có ', undated)).toBe(false);
  });
});
