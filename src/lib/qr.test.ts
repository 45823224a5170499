import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr.ts';

const URL_TEXT = 'https://example.org/mo-hinh/to-an-ninh-tu-quan/';

function viewBoxExtent(svg: string): number {
  const match = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  if (!match) throw new Error('no viewBox');
  expect(match[1]).toBe(match[2]);
  return Number(match[1]);
}

/**
 * Rebuilds the module matrix from the path, so the test checks what a scanner would see, not how it was drawn: the
 * path is read as SVG reads it (M absolute, m relative moves, h lines), each line stroked one unit wide about its
 * y, so a line at y = r + 0.5 from x to x + w darkens modules x … x + w − 1 of row r.
 */
function matrixFromSvg(svg: string): { size: number; data: number[] } {
  const d = /<path stroke="#000" d="([^"]*)"\/>/.exec(svg)?.[1];
  if (d === undefined) throw new Error('no stroked path');
  const quiet = 2;
  const size = viewBoxExtent(svg) - 2 * quiet;
  const data = new Array<number>(size * size).fill(0);
  const command = /([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g;
  let consumed = 0;
  let [x, y] = [0, 0];
  for (const m of d.matchAll(command)) {
    expect(m.index).toBe(consumed);
    consumed += m[0].length;
    const a = Number(m[2]);
    const b = Number(m[3] ?? 0);
    if (m[1] === 'M') [x, y] = [a, b];
    else if (m[1] === 'm') [x, y] = [x + a, y + b];
    else {
      expect(a).toBeGreaterThan(0);
      const row = y - 0.5 - quiet;
      expect(Number.isInteger(row)).toBe(true);
      for (let col = x - quiet; col < x - quiet + a; col++) {
        expect(col).toBeGreaterThanOrEqual(0);
        expect(col).toBeLessThan(size);
        const index = row * size + col;
        expect(data[index]).toBe(0);
        data[index] = 1;
      }
      x += a;
    }
  }
  expect(consumed).toBe(d.length);
  return { size, data };
}

/** Minimal well-formedness check: every opened element is closed in order. Enough for the markup qrSvg emits. */
function isBalanced(markup: string): boolean {
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of markup.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!closing) stack.push(name ?? '');
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

describe('qrSvg', () => {
  it('returns a standalone, CSS-sized SVG', () => {
    const svg = qrSvg(URL_TEXT);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).toMatch(/<\/svg>$/);
    expect(svg).not.toMatch(/<svg[^>]* (width|height)=/);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain(`aria-label="${URL_TEXT}"`);
    expect(svg).toContain(`<title>${URL_TEXT}</title>`);
    expect(svg).toMatch(/<rect width="(\d+)" height="\1" fill="#fff"\/>/);
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(isBalanced(svg)).toBe(true);
  });

  it('is deterministic', () => {
    expect(qrSvg(URL_TEXT)).toBe(qrSvg(URL_TEXT));
  });

  it('grows with the amount of text', () => {
    const short = viewBoxExtent(qrSvg('https://a.vn/'));
    const long = viewBoxExtent(qrSvg(`${URL_TEXT}?${'x'.repeat(200)}`));
    expect(short).toBe(21 + 4);
    expect(long).toBeGreaterThan(short);
  });

  it('escapes the label and prefers options.label over the text', () => {
    const svg = qrSvg('https://example.org/?a=1&b=<2>"', {});
    expect(svg).toContain('aria-label="https://example.org/?a=1&amp;b=&lt;2&gt;&quot;"');
    expect(svg).toContain('<title>https://example.org/?a=1&amp;b=&lt;2&gt;&quot;</title>');
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);

    const labelled = qrSvg(URL_TEXT, { label: 'Mã QR của "Tổ an ninh" <trang>' });
    expect(labelled).toContain('aria-label="Mã QR của &quot;Tổ an ninh&quot; &lt;trang&gt;"');
    expect(labelled).not.toContain(`<title>${URL_TEXT}`);
  });

  it.each([['https://a.vn/'], [URL_TEXT], ['Tiếng kẻng vây bắt tội phạm: Đồng bào ở Lương Sơn, Hòa Bình']])(
    'encodes exactly the qrcode module matrix for %s',
    (text) => {
      const expected = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
      const actual = matrixFromSvg(qrSvg(text));
      expect(actual.size).toBe(expected.size);
      expect(actual.data).toEqual(Array.from(expected.data, (bit) => (bit ? 1 : 0)));
    },
  );
});
