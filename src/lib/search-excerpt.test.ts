import { describe, expect, it } from 'vitest';
import { excerpt, mentions, orderTies, pageText, sections, type ExcerptPart } from './search-excerpt.ts';

/** Parts as one string, marks in brackets: "[Tổ] [hòa] giải". */
const show = (parts: readonly ExcerptPart[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

const CONTENT =
  'Nhà trọ. Chủ nhà đăng ký tạm trú. Người đã chấp hành xong án phạt tù được giúp đỡ. ' +
  'Mô hình cơ sở lưu trú, nhà trọ tự quản về ANTT giúp chủ nhà trọ nắm người thuê.';

describe('excerpt', () => {
  it('shows the stretch where the phrase is, over stretches with its words scattered', () => {
    const text = show(excerpt(pageText(CONTENT, ['nha', 'tro', 'tu', 'quan']), 8));
    expect(text).toBe('lưu trú, [nhà] [trọ] [tự] [quản] về ANTT');
  });

  it('marks words whatever their marks, case or đ, without the punctuation around them', () => {
    const text = show(excerpt(pageText('Huyện Đà Bắc, tỉnh Hòa Bình.', ['da', 'bac']), 6));
    expect(text).toBe('Huyện [Đà] [Bắc], tỉnh Hòa Bình.');
  });

  it('matches the last word as a prefix, while it is still being typed', () => {
    expect(show(excerpt(pageText('Tổ an ninh nhân dân', ['an', 'ninh', 'nh']), 5))).toBe('Tổ [an] [ninh] [nhân] dân');
  });

  it('starts at the beginning when nothing matches', () => {
    expect(show(excerpt(pageText('một hai ba bốn', ['xyz']), 2))).toBe('một hai');
  });
});

describe('sections', () => {
  const content = 'Tiêu đề trang Mở đầu câu chữ Tổ hòa giải ở thôn Kết quả tổ hòa giải và hòa giải viên';
  const anchors = [
    { element: 'h1', id: 'top', text: 'Tiêu đề trang', location: 0 },
    { element: 'h2', id: 'mo-dau', text: 'Mở đầu', location: 3 },
    { element: 'h2', id: 'ket-qua', text: 'Kết quả', location: 12 },
  ];

  it('lists headed sections holding the query, the best first, each with its excerpt', () => {
    const found = sections(pageText(content, ['hoa', 'giai']), anchors, 4);
    expect(found.map((s) => s.id)).toEqual(['ket-qua', 'mo-dau']);
    expect(show(found[0]!.excerpt)).toBe('[hòa] [giải] và [hòa]');
    expect(found[1]!.title).toBe('Mở đầu');
  });

  it('leaves out sections without the query', () => {
    expect(sections(pageText(content, ['thon']), anchors, 4).map((s) => s.id)).toEqual(['mo-dau']);
  });
});

describe('orderTies', () => {
  const page = (score: number, content: string) => ({ score, content });
  const order = (items: Array<{ score: number; content: string }>) =>
    orderTies(
      items,
      (i) => i.score,
      (i) => pageText(i.content, ['da', 'bac']),
    ).map((i) => items.indexOf(i));

  it('puts the page that mentions the query more first when scores tie', () => {
    expect(order([page(2.77, 'Đà Bắc'), page(2.77, 'Đà Bắc và xã ở Đà Bắc'), page(2.77, 'huyện Đà Bắc')])).toEqual([
      1, 0, 2,
    ]);
  });

  it('keeps the order of scores, and of ties that mention it alike', () => {
    expect(order([page(5, 'Đà'), page(2.77, 'Đà Bắc, Đà Bắc, Đà Bắc'), page(2.77, 'Bắc')])).toEqual([0, 1, 2]);
    expect(order([page(1, 'Đà Bắc'), page(1, 'Đà Bắc')])).toEqual([0, 1]);
  });
});

describe('mentions', () => {
  it('counts a word typed in full above a longer word it only starts', () => {
    expect(mentions(pageText('xã Tổng Hợp 23 số 24', ['so', '24']))[0]).toBe(2);
    expect(mentions(pageText('xã Tổng Hợp 23 số 247', ['so', '24']))[0]).toBe(1.5);
  });

  it('puts the longest run of the query in order first, then how often the text writes it', () => {
    const query = ['to', 'hoa', 'giai'];
    expect(mentions(pageText('tổ hòa giải ở thôn, tổ hòa giải', query))).toEqual([3, 2, expect.any(Number)]);
    const [scattered] = mentions(pageText('giải tổ hòa, hòa giải giải giải giải', query));
    expect(scattered).toBe(2);
  });
});

describe('orderTies on a long name', () => {
  it('puts the page that writes the whole name, its last word in full, first', () => {
    const query = ['xa', 'tong', 'hop', '23', 'so', '24'];
    const pages = [
      { score: 140.4, content: 'Xã Tổng Hợp 23 số 247. Tổng hợp, tổng hợp, tổng hợp thử, xã Tổng Hợp' },
      { score: 140.4, content: 'Xã Tổng Hợp 23 số 24.' },
    ];
    expect(
      orderTies(
        pages,
        (p) => p.score,
        (p) => pageText(p.content, query),
      ),
    ).toEqual([pages[1], pages[0]]);
  });
});
