import { describe, expect, it } from 'vitest';
import { findModelNames } from './model-names.ts';
import { prepareText } from './prepare.ts';

function names(raw: string, counted: number[] = []) {
  const { text, quotes, sentences } = prepareText(raw);
  return findModelNames(text, quotes, sentences, new Set(counted.map((i) => quotes[i]!))).map((m) => m.name);
}

describe('findModelNames', () => {
  it('takes a quoted name after "mô hình", with up to two words between', () => {
    expect(names('Xã xây dựng mô hình “Bến đò an toàn” và mô hình điểm “Chợ văn minh”.')).toEqual([
      'Bến đò an toàn',
      'Chợ văn minh',
    ]);
  });

  it('continues a list of quoted names, and a list opened by "mô hình … như:"', () => {
    expect(
      names('Các mô hình tiêu biểu như: “Cổng trường an toàn”; “Xóm không ma túy”, “Dòng họ tự quản”… được khen.'),
    ).toEqual(['Cổng trường an toàn', 'Xóm không ma túy', 'Dòng họ tự quản']);
  });

  it('takes a quoted name that a figure counts', () => {
    expect(names('Huyện có 36 “Tổ phụ nữ tự quản”.', [0])).toEqual(['Tổ phụ nữ tự quản']);
  });

  it('leaves out quotes that are not model names', () => {
    expect(
      names('Hưởng ứng phong trào “Toàn dân đoàn kết” và ngày hội “Đại đoàn kết”, dân gọi là “điểm sáng”.'),
    ).toEqual([]);
  });

  it('gives one entry for spellings that differ only in case and punctuation', () => {
    const found = names('Mô hình “Tự quản, tự phòng” tốt. Nhân rộng mô hình “tự quản tự phòng”.');
    expect(found).toEqual(['Tự quản, tự phòng']);
  });
});
