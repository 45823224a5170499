// Text from content is rendered as text: a "<script>" in a label reaches the page escaped.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import type { SourcedFigure } from '../lib/content-index.ts';
import FigureTable from './FigureTable.astro';

const report = { id: 'bao-cao-mau', name: 'Báo cáo <b>mẫu</b>' } as SourcedFigure['report'];
const figure: SourcedFigure = {
  id: 'mau',
  indicator: 'x',
  label: '<script>alert(1)</script> tổ',
  value: 845,
  unit: 'tổ',
  qualifier: 'exact',
  period: { kind: 'range', from: 2019, to: 2024 },
  scope: 'toàn tỉnh',
  report,
};

describe('rendering content text', () => {
  it('escapes markup in labels and names', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(FigureTable, { props: { figures: [figure], caption: 'Mẫu' } });
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; tổ');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('Báo cáo &lt;b&gt;mẫu&lt;/b&gt;');
    expect(html).toContain('845');
  });
});
