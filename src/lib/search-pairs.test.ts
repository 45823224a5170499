import { describe, expect, it } from 'vitest';
import { pairRuns, PairMaker, pairsOf, pairToken, queryWords, readingTerms } from './search-pairs.ts';
import type { Abbreviation } from './search-text.ts';

const GLOSSARY: Abbreviation[] = [
  { abbr: 'ANTT', expansion: 'an ninh, trật tự', variants: ['an ninh trật tự'] },
  { abbr: 'BCĐ', expansion: 'Ban chỉ đạo', variants: ['Ban Chỉ đạo'] },
  { abbr: 'BCĐ 138', expansion: 'Ban Chỉ đạo 138', variants: ['Ban chỉ đạo 138'] },
];

const maker = new PairMaker(GLOSSARY);

describe('pairToken and pairsOf', () => {
  it('joins two folded syllables into one letters-and-digits token', () => {
    expect(pairToken('an', 'ninh')).toBe('þan0ninh');
    expect(pairToken('ninh', '138')).toMatch(/^þ[a-z0-9]+$/u);
  });

  it('pairs each word with the next', () => {
    expect(pairsOf(['to', 'an', 'ninh'])).toEqual(['þto0an', 'þan0ninh']);
    expect(pairsOf(['to'])).toEqual([]);
  });
});

describe('pairRuns', () => {
  it('ends a phrase at a sentence end, not at a comma, colon or a dot inside a number', () => {
    expect(pairRuns('Bắc Kạn: năm năm. Tổ an ninh, trật tự có 1.224 người! Hết')).toEqual([
      'Bắc Kạn: năm năm',
      ' Tổ an ninh, trật tự có 1.224 người',
      ' Hết',
    ]);
  });
});

describe('PairMaker', () => {
  it('folds marks and đ, and lower-cases', () => {
    expect(maker.pairs(['Huyện Đà Bắc'])).toEqual(['þhuyen0da', 'þda0bac']);
    expect(maker.pairs(['TỔ AN NINH'])).toEqual(maker.pairs(['tổ an ninh']));
  });

  it('does not pair across sentences or texts', () => {
    const pairs = maker.pairs(['Tổ hòa giải. Bắc Kạn', 'Nam Định']);
    expect(pairs).toEqual(['þto0hoa', 'þhoa0giai', 'þbac0kan', 'þnam0dinh']);
  });

  it('lists each pair once, first seen first', () => {
    expect(maker.pairs(['an ninh và an ninh'])).toEqual(['þan0ninh', 'þninh0va', 'þva0an']);
  });

  it('also pairs an abbreviation spelled out, with the words around it', () => {
    const pairs = maker.pairs(['Tổ bảo vệ ANTT ở thôn']);
    expect(pairs).toEqual(expect.arrayContaining(['þve0antt', 'þantt0o']));
    expect(pairs).toEqual(expect.arrayContaining(['þve0an', 'þan0ninh', 'þninh0trat', 'þtrat0tu', 'þtu0o']));
  });

  it('also pairs a spelled-out expansion abbreviated', () => {
    const pairs = maker.pairs(['giữ an ninh, trật tự tại bệnh viện']);
    expect(pairs).toEqual(expect.arrayContaining(['þgiu0antt', 'þantt0tai', 'þtai0benh']));
  });

  it('reads multi-word abbreviations, and longer and shorter entries both', () => {
    const pairs = maker.pairs(['Trưởng BCĐ 138 tỉnh']);
    expect(pairs).toEqual(expect.arrayContaining(['þtruong0bcd', 'þbcd0138', 'þ1380tinh']));
    expect(pairs).toEqual(expect.arrayContaining(['þtruong0ban', 'þban0chi', 'þchi0dao', 'þdao0138']));
  });

  it('takes an abbreviation only as written, in capitals and on its own', () => {
    expect(maker.pairs(['hom-thu-antt-4-0'])).not.toContain('þthu0an');
    expect(maker.pairs(['hom thu ANTTX'])).not.toContain('þthu0an');
  });
});

describe('queryWords', () => {
  it('keeps the typed word and its folded form side by side', () => {
    expect(queryWords('  Đà   Bắc, hoà ')).toEqual({ typed: ['đà', 'bắc', 'hòa'], folded: ['da', 'bac', 'hoa'] });
    expect(queryWords('Tiếng kẻng'.normalize('NFD')).folded).toEqual(['tieng', 'keng']);
  });
});

describe('readingTerms', () => {
  const words = queryWords('ban chỉ đạo 138 thanh hóa');

  it('asks a whole phrase as its pairs', () => {
    expect(readingTerms(words)).toBe('þban0chi þchi0dao þdao0138 þ1380thanh þthanh0hoa');
  });

  it('cuts the phrase at the given gaps; a word left alone is asked as typed', () => {
    expect(readingTerms(words, new Set([3]))).toBe('þban0chi þchi0dao þdao0138 þthanh0hoa');
    expect(readingTerms(words, new Set([0, 3]))).toBe('ban þchi0dao þdao0138 þthanh0hoa');
    expect(readingTerms(queryWords('Đà Bắc'), new Set([0]))).toBe('đà bắc');
  });

  it('asks a single word as typed', () => {
    expect(readingTerms(queryWords('Đà'))).toBe('đà');
  });
});
