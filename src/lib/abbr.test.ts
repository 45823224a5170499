import { describe, expect, it } from 'vitest';
import { firstUses, wrapFirstUsesInHtml } from './abbr.ts';

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
    expect(first[0]).toMatchObject({ start: 8, end: 12 });
    expect(firstUses('Lại ANTT nữa.', GLOSSARY, seen)).toEqual([]);
  });

  it('gives the same matches on every page that shares one glossary, and none from another list', () => {
    const text = 'Giữ gìn ANTT, BCĐ 138 và ANTQ.';
    const first = firstUses(text, GLOSSARY, new Set());
    // The list's pattern is prepared once and reused: a second page must not start mid-text.
    expect(firstUses(text, GLOSSARY, new Set())).toEqual(first);
    expect(first.map((m) => m.entry.abbr)).toEqual(['ANTT', 'BCĐ 138', 'ANTQ']);
    expect(firstUses(text, [{ abbr: 'ANTQ', expansion: 'an ninh Tổ quốc' }], new Set()).map((m) => m.start)).toEqual([
      25,
    ]);
  });

  it('prefers the longest abbreviation and matches whole words only', () => {
    const matches = firstUses('Trưởng BCĐ 138 tỉnh, không phải ANTTQ.', GLOSSARY, new Set());
    expect(matches.map((m) => m.entry.abbr)).toEqual(['BCĐ 138']);
  });
});

describe('wrapFirstUsesInHtml', () => {
  it('wraps the first use in text, skipping links, headings and existing abbr', () => {
    const html = '<h2>ANTT ở cơ sở</h2><p>Bài về <a href="/x/">ANTT</a> và ANTQ.</p><p>Lại ANTT, rồi ANTQ.</p>';
    expect(wrapFirstUsesInHtml(html, GLOSSARY)).toBe(
      '<h2>ANTT ở cơ sở</h2><p>Bài về <a href="/x/">ANTT</a> và <abbr title="an ninh Tổ quốc">ANTQ</abbr>.</p>' +
        '<p>Lại <abbr title="an ninh, trật tự">ANTT</abbr>, rồi ANTQ.</p>',
    );
  });

  it('leaves attributes alone and escapes the title', () => {
    const html = '<p data-x="ANTT">Tổ "ANTT"</p>';
    expect(wrapFirstUsesInHtml(html, [{ abbr: 'ANTT', expansion: 'a "b" & c' }])).toBe(
      '<p data-x="ANTT">Tổ "<abbr title="a &quot;b&quot; &amp; c">ANTT</abbr>"</p>',
    );
  });
});
