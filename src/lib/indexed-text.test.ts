import { describe, expect, it } from 'vitest';
import { indexedText, pageForIndexing } from './indexed-text.ts';

const page = (body: string) =>
  `<!doctype html><html lang="vi"><head><title>Không đọc</title></head><body>` +
  `<nav>Trang chủ</nav><header>Đầu trang</header>${body}<footer>Chân trang</footer></body></html>`;

describe('indexedText', () => {
  it('reads only inside data-pagefind-body, block by block', () => {
    const html = page(
      '<p>Ngoài</p><article data-pagefind-body><h1>Tổ hòa giải</h1><p>Ở thôn <strong>Nà</strong> Pài.</p>' +
        '<ul><li>Một</li><li>Hai</li></ul></article>',
    );
    expect(indexedText(html)).toEqual({ hasBody: true, blocks: ['Tổ hòa giải', 'Ở thôn Nà Pài.', 'Một', 'Hai'] });
  });

  it('leaves out what Pagefind leaves out: ignored elements, removed tags and the excluded ones', () => {
    const html = page(
      '<article data-pagefind-body><dl><dt>Tỉnh</dt><dd>Bắc Kạn</dd></dl>' +
        '<section data-pagefind-ignore><p>Mô hình khác</p></section><svg><text>Trục</text></svg>' +
        '<script>var x = 1;</script><p>Cuối<br>dòng &amp; hết</p></article>',
    );
    expect(indexedText(html, ['dt']).blocks).toEqual(['Bắc Kạn', 'Cuối dòng & hết']);
  });

  it('says when a page has no data-pagefind-body', () => {
    expect(indexedText(page('<p>Trang 404</p>'))).toEqual({ hasBody: false, blocks: [] });
  });
});

describe('pageForIndexing', () => {
  it('keeps only the title of the head, and drops every svg, nested or self-closing', () => {
    const html =
      '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tổ hòa giải</title>' +
      '<link rel="stylesheet" href="/a.css"></head><body><p>Trước</p>' +
      '<svg viewBox="0 0 1 1"><g><svg><text>Trong</text></svg><text>Trục</text></g></svg>' +
      '<p>Giữa <svg class="icon"/>sau</p><SVG><text>Hoa</text></SVG><p>Cuối</p></body></html>';
    expect(pageForIndexing(html)).toBe(
      '<!doctype html><html lang="vi"><head><title>Tổ hòa giải</title></head><body> <p>Trước</p> ' +
        ' <p>Giữa sau</p>  <p>Cuối</p> </body></html>',
    );
  });

  it('puts a space at every block boundary, so two fields never join into one word', () => {
    const html = page('<article data-pagefind-body><dl><dt>Tỉnh</dt><dd>Bắc Kạn</dd><dd>Báo cáo</dd></dl></article>');
    expect(pageForIndexing(html)).toContain(' <dd>Bắc Kạn</dd>  <dd>Báo cáo</dd> ');
    // Inline elements stay as written: "1.127<span>" is one word on the page too.
    expect(pageForIndexing('<p><strong>1.127</strong><span>tổ</span></p>')).toBe(
      ' <p><strong>1.127</strong><span>tổ</span></p> ',
    );
  });

  it('reads the same text as the whole page', () => {
    const html = page('<article data-pagefind-body><h1>Tên</h1><svg><text>Trục</text></svg><p>Nội dung</p></article>');
    expect(indexedText(pageForIndexing(html))).toEqual(indexedText(html));
  });
});
