import { describe, expect, it } from 'vitest';
import { ENTRY_TREES } from './entry-files.ts';
import { labelPath } from './labels.ts';

describe('labelPath', () => {
  it.each<[string, string]>([
    ['/figures/2/value', 'Số liệu 3 › Con số'],
    ['/figures/0/parts/1', 'Số liệu 1 › Các phần 2'],
    ['/period/from', 'Thời kỳ › Từ năm'],
    ['/published/day', 'Ngày đăng › Ngày'],
    ['/figures/4/period/date/month', 'Số liệu 5 › Thời kỳ › Thời điểm › Tháng'],
    ['', ''],
  ])('%s reads %j', (pointer, words) => {
    expect(labelPath(ENTRY_TREES.report, pointer)).toBe(words);
  });
});
