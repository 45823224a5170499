import { describe, expect, it } from 'vitest';
import { firstUses } from './abbr.ts';

const GLOSSARY = [
  { abbr: 'ANTT', expansion: 'an ninh, trật tự' },
  { abbr: 'ANTQ', expansion: 'an ninh Tổ quốc' },
  { abbr: 'BCĐ 138', expansion: 'Ban Chỉ đạo 138' },
  { abbr: 'BCĐ', expansion: 'Ban Chỉ đạo' },
];

describe('firstUses', () => {
  it('finds only the first use of each abbreviation across calls', () => {
    const seen = new Set<string>();
    const first = firstUses('Giữ gìn ANTT và ANTQ; ANTT ở cơ sở.', GLOSSARY, seen);
    expect(first.map((m) => m.entry.abbr)).toEqual(['ANTT', 'ANTQ']);
    expect(first[0]).toMatchObject({ start: 7, end: 11 });
    expect(firstUses('Lại ANTT nữa.', GLOSSARY, seen)).toEqual([]);
  });

  it('prefers the longest abbreviation and matches whole words only', () => {
    const matches = firstUses('Trưởng BCĐ 138 tỉnh, không phải ANTTQ.', GLOSSARY, new Set());
    expect(matches.map((m) => m.entry.abbr)).toEqual(['BCĐ 138']);
  });
});
