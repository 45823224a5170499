import { describe, expect, it } from 'vitest';
import { checkBody } from './check.ts';
import { parseBody, type BodyFormat } from './parse.ts';
import { renderBody, type BodyPart } from './render.ts';

/** Renders a body the rules accept. */
function render(source: string, format: BodyFormat = 'mdx'): BodyPart[] {
  const checked = checkBody(source, format);
  expect(checked.findings).toEqual([]);
  return renderBody(checked.tree!, checked.uses);
}

/** Renders a body straight from its tree, as if the rules had been bypassed. */
function renderUnchecked(source: string, format: BodyFormat = 'mdx'): string {
  const parsed = parseBody(source, format);
  if (!parsed.ok) throw new Error(parsed.finding.en);
  return renderBody(parsed.tree, new Map())
    .map((part) => (part.kind === 'html' ? part.html : `[${part.use.name}]`))
    .join('');
}

const html = (parts: BodyPart[]) => parts.map((p) => (p.kind === 'html' ? p.html : `[${p.use.name}]`)).join('');

describe('renderBody', () => {
  it('renders Markdown structure, with section ids on headings', () => {
    const out = html(
      render(
        '## Kết quả nổi bật\n\nMột đoạn có **chữ đậm**, *nghiêng* và [liên kết](https://example.vn/a).\n\n- một\n- hai\n',
      ),
    );
    expect(out).toBe(
      '<h2 id="kết-quả-nổi-bật">Kết quả nổi bật</h2>\n' +
        '<p>Một đoạn có <strong>chữ đậm</strong>, <em>nghiêng</em> và <a href="https://example.vn/a">liên kết</a>.</p>\n' +
        '<ul>\n<li>một</li>\n<li>hai</li>\n</ul>',
    );
  });

  it('keeps the page title the only h1: a "#" heading in a body becomes h2', () => {
    expect(html(render('# Tiêu đề\n'))).toBe('<h2 id="tiêu-đề">Tiêu đề</h2>');
  });

  it('cuts the HTML where each component goes, with its checked props, in document order', () => {
    const parts = render('Có <Figure id="a-so-lieu-1" withLabel /> trong năm.\n\n<Chart id="bieu-do" />\n');
    expect(parts).toEqual([
      { kind: 'html', html: '<p>Có ' },
      { kind: 'component', use: { name: 'Figure', props: { id: 'a-so-lieu-1', withLabel: true }, line: 1 } },
      { kind: 'html', html: ' trong năm.</p>\n' },
      { kind: 'component', use: { name: 'Chart', props: { id: 'bieu-do' }, line: 3 } },
    ]);
  });

  it('escapes text that looks like markup', () => {
    expect(html(render('Dấu \\< và \\{ và & trong chữ.\n'))).toBe('<p>Dấu &#x3C; và { và &#x26; trong chữ.</p>');
  });

  describe('cuts whatever the rules would refuse, if they were bypassed', () => {
    const cases: Array<[string, string, BodyFormat]> = [
      ['an expression', 'Chữ {process.env.SECRET} tiếp.\n', 'mdx'],
      ['an import', 'import fs from "node:fs"\n\nChữ.\n', 'mdx'],
      ['an unknown component', '<Evil src="x" />\n\nChữ.\n', 'mdx'],
      ['an HTML tag in MDX', '<script>alert(1)</script>\n\nChữ.\n', 'mdx'],
      ['raw HTML in Markdown', '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\nChữ.\n', 'md'],
      ['an inline HTML event', 'Chữ <b onclick="alert(1)">đậm</b>.\n', 'md'],
      ['a javascript: link', '[bấm](javascript:alert(1))\n', 'mdx'],
      ['a data: image', '![ảnh](data:image/svg+xml;base64,PHN2Zz4=)\n', 'mdx'],
    ];
    for (const [name, source, format] of cases)
      it(name, () => {
        const out = renderUnchecked(source, format);
        expect(out).not.toMatch(/script|process|import|onerror|onclick|javascript:|data:|Evil|\[/iu);
      });
  });
});
