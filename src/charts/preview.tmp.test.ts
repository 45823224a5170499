// Throwaway: renders charts to /tmp for screenshots. Delete before handing back.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import HorizontalBar from './HorizontalBar.astro';
import { layoutHorizontalBar } from './bar.ts';
import type { Datum } from './types.ts';

const d = (id: string, label: string, value: number, display: string, qualifier: Datum['qualifier'] = 'exact'): Datum => ({ id, label, value, display, qualifier });
const bk = [
  d('an-ninh', 'Tổ an ninh nhân dân', 845, '845'),
  d('hoa-giai', 'Tổ hòa giải', 1127, '1.127'),
  d('tu-quan', 'Tổ tự quản về ANTT', 98, '98'),
  d('cum', 'Cụm an ninh liên hoàn', 22, '22'),
];
const tips = [
  d('nd', 'Nam Định: nguồn tin có giá trị do quần chúng nhân dân cung cấp (2007–2022)', 20203, 'trên 20.203', 'over'),
  d('bk', 'Bắc Kạn: tin do quần chúng cung cấp (2019–2024)', 6091, '6.091'),
  d('th', 'Thanh Hóa: tin liên quan đến ANTT do nhân dân cung cấp', 2967, '2.967'),
  d('x', 'Lượt CBCS tăng cường', 5000, 'gần 5.000', 'nearly'),
];

test('preview', async () => {
  const container = await AstroContainer.create();
  const css = readFileSync(new URL('./chart.css', import.meta.url), 'utf8');
  const global = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');
  const charts: string[] = [];
  for (const w of [480, 360]) {
    charts.push(await container.renderToString(HorizontalBar, { props: { model: layoutHorizontalBar(bk, { width: w, title: 'Bắc Kạn '+w, unit: 'tổ' }) } }));
    charts.push(await container.renderToString(HorizontalBar, { props: { model: layoutHorizontalBar(tips, { width: w, title: 'Tin '+w, unit: 'tin', notes: ['Nguồn: báo cáo sơ kết các tỉnh.'] }) } }));
  }
  const body = charts.map((c) => `<figure>${c}</figure>`).join('\n');
  for (const scheme of ['light', 'dark']) {
    writeFileSync(`/tmp/chart-${scheme}.html`, `<!doctype html><html lang="vi"><meta charset="utf-8"><meta name="color-scheme" content="${scheme}"><style>${global}${css} figure{margin:16px 0;padding:8px;border:1px dashed #ccc} body{padding:12px;margin:0}</style><body>${body}</body></html>`);
  }
});
