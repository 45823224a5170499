import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldForSearch, isNfc, normalizeVietnamese, slugify } from './text.ts';

describe('normalizeVietnamese', () => {
  it.each([
    ['Hoà Bình', 'Hòa Bình'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['tổ hoà giải', 'tổ hòa giải'],
    ['thuỷ', 'thủy'],
    ['HOÀ', 'HÒA'],
    ['khoẻ', 'khỏe'],
    // closed syllables and "qu" keep their tone where it is
    ['hoàn thành', 'hoàn thành'],
    ['ngoài', 'ngoài'],
    ['quý', 'quý'],
    // a vowel with two marks (breve + tone) is a different vowel, not a tone placement
    ['hoặc', 'hoặc'],
    ['khoảng', 'khoảng'],
    ['hoạch định', 'hoạch định'],
    ['Hòa Bình', 'Hòa Bình'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeVietnamese(input)).toBe(expected);
  });

  it('turns NFD input into NFC', () => {
    const nfd = 'Tiếng kẻng'.normalize('NFD');
    expect(isNfc(nfd)).toBe(false);
    expect(isNfc(normalizeVietnamese(nfd))).toBe(true);
  });
});

describe('folding and slugs', () => {
  it.each([
    ['Tổ hòa giải', 'to-hoa-giai'],
    ['Đà Bắc', 'da-bac'],
    ['Cụm an ninh liên hoàn', 'cum-an-ninh-lien-hoan'],
    ['“Hòm thư ANTT 4.0”', 'hom-thu-antt-4-0'],
    ['  Bà Rịa - Vũng Tàu ', 'ba-ria-vung-tau'],
  ])('slugify(%s) = %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('folds đ, which Unicode decomposition leaves alone', () => {
    expect(foldDiacritics('Đảng, đoàn')).toBe('Dang, doan');
    expect(foldForSearch('BCĐ 138')).toBe('bcd 138');
  });
});
