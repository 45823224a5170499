import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract.ts';
import { formatExcluded, formatReviewTable, reviewRows, sentenceParts } from './review.ts';

const extraction = extractFigures(
  'Theo Đề án 06, huyện lập 15 đội gồm 05 đội nam, 10 đội nữ. Có hơn 3 nghìn người, 45/50 xã và 12,5% số hộ tham gia.',
  { indicators: [{ id: 'teams', name: 'Đội', definition: 'Số đội.' }] },
);

describe('reviewRows', () => {
  const rows = reviewRows(extraction);

  it('writes each value as the page prints it, with the source word and unit', () => {
    expect(rows.map((r) => [r.value, r.qualifierWord, r.unit])).toEqual([
      ['15', '–', 'đội'],
      ['5', '–', 'đội'],
      ['10', '–', 'đội'],
      ['hơn 3.000', 'hơn', 'người'],
      ['45/50', '–', 'xã'],
      ['12,5%', '–', '%'],
    ]);
  });

  it('marks the figure in its sentence and lists the parts of a total', () => {
    expect(rows[3]!.sentence).toBe('Có «hơn 3 nghìn người», 45/50 xã và 12,5% số hộ tham gia.');
    expect(rows[0]!.parts).toBe('= #2 + #3');
    expect(rows[0]!.indicator).toBe('teams');
  });
});

describe('formatReviewTable', () => {
  it('prints a header, then each row with its sentence below', () => {
    const lines = formatReviewTable(reviewRows(extraction)).split('\n');
    expect(lines[0]).toMatch(/^#\s+giá trị\s+từ định lượng\s+đơn vị\s+nhãn \(gợi ý\)\s+chỉ tiêu \(gợi ý\)$/u);
    expect(lines[1]).toMatch(/^1\s+15\s+–\s+đội\s+đội = #2 \+ #3/u);
    expect(lines[2]).toMatch(/^ {4}câu: Theo Đề án 06, huyện lập «15 đội»/u);
    expect(lines).toHaveLength(1 + 2 * 6);
  });
});

describe('formatExcluded', () => {
  it('groups the numbers left out by why, with the words before them', () => {
    expect(formatExcluded(extraction)).toEqual(['số hiệu văn bản: “Đề án 06”']);
  });
});

describe('sentenceParts', () => {
  it('cuts a review sentence at its marks', () => {
    expect(sentenceParts('Có «4.321 tổ» tự quản.')).toEqual([
      { text: 'Có ', mark: false },
      { text: '4.321 tổ', mark: true },
      { text: ' tự quản.', mark: false },
    ]);
    expect(sentenceParts('«12» đầu')).toEqual([
      { text: '12', mark: true },
      { text: ' đầu', mark: false },
    ]);
    expect(sentenceParts('không có dấu «mở')).toEqual([{ text: 'không có dấu «mở', mark: false }]);
  });
});
