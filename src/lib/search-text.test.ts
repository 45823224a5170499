import { describe, expect, it } from 'vitest';
import {
  foldedWords,
  mentionsAbbreviation,
  mentionsExpansion,
  normalizeQuery,
  searchAliases,
  stripMarkup,
  typedWords,
  type Abbreviation,
} from './search-text.ts';

const GLOSSARY: Abbreviation[] = [
  { abbr: 'ANTT', expansion: 'an ninh, trật tự', variants: ['an ninh trật tự'] },
  { abbr: 'BCĐ 138', expansion: 'Ban Chỉ đạo 138', variants: ['Ban chỉ đạo 138'] },
  { abbr: 'MTTQ', expansion: 'Mặt trận Tổ quốc', variants: [] },
  { abbr: 'CP', expansion: 'Chính phủ', variants: [] },
];

const words = (field: string) => field.split(' ');

describe('normalizeQuery', () => {
  it.each([
    ['  tieng keng  ', 'tieng keng'],
    ['to   hoa\tgiai', 'to hoa giai'],
    ['hoà bình', 'hòa bình'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['ANTT', 'ANTT'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected);
  });

  it('turns NFD input into the NFC text the index holds', () => {
    const nfd = 'Tiếng kẻng'.normalize('NFD');
    expect(nfd).not.toBe('Tiếng kẻng');
    expect(normalizeQuery(nfd)).toBe('Tiếng kẻng');
  });

  it('treats an NFD old-style tone placement like the indexed spelling', () => {
    expect(normalizeQuery('hoà bình'.normalize('NFD'))).toBe('hòa bình');
  });
});

describe('foldedWords', () => {
  it('folds đ, which Pagefind keeps, along with tone and vowel marks', () => {
    expect(foldedWords('Đà Bắc, BCĐ 138; đoàn thanh niên')).toEqual([
      'da',
      'bac',
      'bcd',
      '138',
      'doan',
      'thanh',
      'nien',
    ]);
  });
});

describe('mentionsAbbreviation', () => {
  it.each([
    ['giữ gìn ANTT ở cơ sở', 'ANTT', true],
    ['Hòm thư ANTT 4.0', 'ANTT', true],
    ['Trưởng BCĐ 138 tỉnh', 'BCĐ 138', true],
    ['Trưởng BCĐ  138 tỉnh', 'BCĐ 138', true],
    ['Nghị quyết 09/CP', 'CP', true],
    // case and word boundaries count: an abbreviation is written in capitals, on its own
    ['hom-thu-antt-4-0', 'ANTT', false],
    ['ANTTX', 'ANTT', false],
    ['BCĐ 1380', 'BCĐ 138', false],
    ['cp', 'CP', false],
  ])('%j has %s: %s', (text, abbr, expected) => {
    expect(mentionsAbbreviation(text, abbr)).toBe(expected);
  });
});

describe('mentionsExpansion', () => {
  const antt = GLOSSARY[0]!;
  it.each([
    ['bảo đảm an ninh, trật tự tại địa bàn', true],
    ['Liên kết đảm bảo an ninh trật tự tại bệnh viện', true],
    ['AN NINH TRẬT TỰ', true],
    ['an ninh nhân dân, trật tự', false],
    ['an ninh', false],
  ])('%j: %s', (text, expected) => {
    expect(mentionsExpansion(text, antt)).toBe(expected);
  });
});

describe('searchAliases', () => {
  it('folds the key text so "doan", "da bac" and "bcd" find their pages', () => {
    const field = words(searchAliases(['Đoàn thanh niên xã Đà Bắc'], []));
    expect(field).toEqual(['doan', 'thanh', 'nien', 'xa', 'da', 'bac']);
  });

  it('spells out an abbreviation the page uses, folded and with its đ', () => {
    const field = words(searchAliases(['Tổ bảo vệ ANTT thôn bản', 'Trưởng BCĐ 138 tỉnh'], GLOSSARY));
    expect(field).toEqual(expect.arrayContaining(['an', 'ninh', 'trat', 'tu']));
    expect(field).toEqual(expect.arrayContaining(['ban', 'chi', 'dao', 'đạo', '138']));
    expect(field).not.toContain('mttq');
  });

  it('abbreviates an expansion the page spells out', () => {
    const field = words(searchAliases(['Liên kết đảm bảo an ninh trật tự tại bệnh viện'], GLOSSARY));
    expect(field).toContain('antt');
    const bcd = words(searchAliases(['UBND tỉnh, Ban Chỉ đạo 138 tỉnh họp'], GLOSSARY));
    expect(bcd).toEqual(expect.arrayContaining(['bcd', 'bcđ', '138']));
  });

  it('lists each word once, in first-seen order, and skips empty texts', () => {
    const field = searchAliases(['Tổ hòa giải', null, undefined, '  ', 'tổ HÒA giải ở thôn'], []);
    expect(field).toBe('to hoa giai o thon');
  });

  it('gives the same field for the same input', () => {
    const texts = ['Camera giám sát ANTT', 'Bắc Kạn (nay thuộc tỉnh Thái Nguyên)'];
    expect(searchAliases(texts, GLOSSARY)).toBe(searchAliases([...texts], [...GLOSSARY]));
  });
});

describe('stripMarkup', () => {
  it('drops MDX imports, tags and expressions but keeps the prose', () => {
    const mdx = 'import Figure from \'../x.astro\';\n\nTổ **hòa giải** <Figure id="f-1" /> giữ {props.x} ANTT.';
    const folded = foldedWords(stripMarkup(mdx));
    expect(folded).toEqual(['to', 'hoa', 'giai', 'giu', 'antt']);
  });
});

describe('typedWords', () => {
  it('gives the folded words, and words with đ also as written', () => {
    expect(typedWords('Nam Định')).toEqual(['nam', 'dinh', 'định']);
    expect(typedWords('Bắc Kạn')).toEqual(['bac', 'kan']);
  });
});

describe('searchAliases, additions only', () => {
  it('keeps only the folded words with đ, and the aliases', () => {
    const field = searchAliases(['Đoàn thanh niên giữ gìn ANTT ở Đà Bắc'], [...GLOSSARY], 'additions').split(' ');
    expect(field).toEqual(expect.arrayContaining(['doan', 'da']));
    expect(field).not.toContain('thanh');
    expect(field).not.toContain('bac');
    // The abbreviation is spelled out, as in the full field.
    expect(field).toEqual(expect.arrayContaining(['an', 'ninh']));
  });
});
