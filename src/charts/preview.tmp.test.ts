// Throwaway: renders charts to /tmp for screenshots. Delete before handing back.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { readFileSync, writeFileSync } from 'node:fs';
import { test } from 'vitest';
import HorizontalBar from './HorizontalBar.astro';
import GroupedBar from './GroupedBar.astro';
import Slope from './Slope.astro';
import Timeline from './Timeline.astro';
import Proportion from './Proportion.astro';
import TileMap from './TileMap.astro';
import { layoutHorizontalBar } from './bar.ts';
import { layoutGroupedBar } from './grouped-bar.ts';
import { layoutSlope } from './slope.ts';
import { layoutTimeline } from './timeline.ts';
import { layoutProportion } from './proportion.ts';
import { layoutTileMap } from './tile-map.ts';
import * as s from './__fixtures__/samples.ts';

const W = Number(process.env.CHART_W ?? 400);

test('preview', async () => {
  const c = await AstroContainer.create();
  const css = readFileSync(new URL('./chart.css', import.meta.url), 'utf8');
  const global = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const r = (C: any, model: unknown) => c.renderToString(C, { props: { model } });
  const charts: [string, string][] = [
    ['bar', await r(HorizontalBar, layoutHorizontalBar(s.bacKanUnits, { width: W, title: 'Bắc Kạn', unit: 'tổ' }))],
    ['bar-hedged', await r(HorizontalBar, layoutHorizontalBar(s.tipsFromPublic, { width: W, title: 'Tin', unit: 'tin', notes: ['Nguồn: báo cáo sơ kết của Công an các tỉnh.'] }))],
    ['grouped', await r(GroupedBar, layoutGroupedBar(s.namDinhCommendations, { width: W, title: 'Khen thưởng', unit: 'lượt' }))],
    ['stacked', await r(GroupedBar, layoutGroupedBar(s.namDinhCommendations, { width: W, title: 'Khen thưởng chồng', unit: 'lượt', mode: 'stacked' }))],
    ['slope', await r(Slope, layoutSlope(s.namDinhHotspots, { width: W, title: 'Điểm khiếu tố', unit: 'điểm', startLabel: '2007', endLabel: '2021' }))],
    ['timeline', await r(Timeline, layoutTimeline(s.modelYears, { width: W, title: 'Dòng thời gian' }))],
    ['waffle', await r(Proportion, layoutProportion({ part: 123, whole: 131, unit: 'xã', partLabel: 'đạt tiêu chí 19.2 “xã đạt chuẩn an ninh, trật tự và bảo đảm bình yên”', restLabel: 'chưa đạt', width: W, title: 'Hòa Bình 19.2' }))],
    ['propbar', await r(Proportion, layoutProportion({ part: 25, whole: 36, unit: 'xã, thị trấn', partLabel: 'được đưa ra khỏi diện trọng điểm, phức tạp về ANTT', variant: 'bar', width: W, title: 'Hòa Bình chuyển hóa' }))],
    ['tilemap', await r(TileMap, layoutTileMap(s.tileUnits, { values: s.tipsByUnit, formerMarks: s.tipsFormerMarks, title: 'Bản đồ', unit: 'tin', highlightLabel: 'Được nêu trong bài' }))],
  ];
  for (const scheme of ['light', 'dark']) {
    let g = global;
    if (scheme === 'dark') g = g.replace('@media (prefers-color-scheme: dark)', '@media all');
    for (const [k, svg] of charts) {
      writeFileSync(
        `/tmp/chart-${k}-${scheme}.html`,
        `<!doctype html><html lang="vi"><meta charset="utf-8"><style>${g}${css} figure{margin:0;padding:8px;border:1px dashed var(--line)} body{padding:8px;margin:0}</style><body><main><figure id="${k}">${svg}</figure></main></body></html>`,
      );
    }
  }
  writeFileSync('/tmp/chart-keys.txt', charts.map(([k]) => k).join('\n'));
});
