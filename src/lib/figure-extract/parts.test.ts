import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract.ts';

const parts = (text: string) =>
  extractFigures(text, { indicators: [] }).figures.map((f) => [f.value, f.parts.map((p) => p)]);

describe('breakdowns', () => {
  it('finds the parts that follow a total and add up to it', () => {
    expect(
      parts('Toàn huyện có 15 chốt gồm 03 chốt liên xã (ở Tân Lập, Mỹ Hòa), 05 chốt liên thôn và 07 chốt cố định.'),
    ).toEqual([
      [15, [1, 2, 3]],
      [3, []],
      [5, []],
      [7, []],
    ]);
  });

  it('reads a breakdown after a colon or "bao gồm"', () => {
    expect(parts('Đã lập 9 đội: 4 đội nam, 5 đội nữ.')[0]).toEqual([9, [1, 2]]);
    expect(parts('Có 300 hội viên, bao gồm 120 nam; 180 nữ.')[0]).toEqual([300, [1, 2]]);
  });

  it('proposes no parts that do not add up, or a subset after "trong đó"', () => {
    expect(parts('Có 40 tổ gồm 12 tổ A, 20 tổ B.')[0]).toEqual([40, []]);
    expect(parts('Xử lý 50 vụ, trong đó 20 vụ nghiêm trọng.')[0]).toEqual([50, []]);
  });

  it('ends the list at the first item without a number', () => {
    expect(parts('Có 6 tổ gồm 2 tổ nam, 4 tổ nữ, các nhóm khác và 6 đội.')[0]).toEqual([6, [1, 2]]);
  });
});
