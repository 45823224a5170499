/** Rules for one chart definition. Pure: figures come in as references. */
import type { Chart } from '../schemas/chart.ts';
import { checkFileName } from './parse.ts';
import { problem, type Problem } from './problems.ts';
import { checkReference, checkUnique, type ContentRefs, type FigureRef } from './references.ts';

export function checkChart(chart: Chart, file: string, refs: ContentRefs, problems: Problem[]): void {
  checkFileName(file, chart.id, 'id', problems);
  checkUnique('chart', chart.id, refs, { file, field: '/id' }, problems);
  if (!('items' in chart)) return;
  chart.items.forEach((item, j) =>
    checkReference(
      'figure',
      item.figure,
      refs,
      chart.draft === true,
      { file, field: `/items/${j}/figure` },
      { en: `no figure with id "${item.figure}" in any report`, vi: `Không có số liệu "${item.figure}".` },
      problems,
    ),
  );
  // Bars on one scale must measure the same thing: one unit, or one indicator whose units
  // are spelled differently by different reports ("tin", "nguồn tin"). Groups may differ.
  const groups = new Map<string, FigureRef[]>();
  for (const item of chart.items) {
    const found = refs.figures.get(item.figure);
    if (!found) continue;
    const key = chart.type === 'grouped-bar' && 'group' in item ? (item.group ?? '') : '';
    groups.set(key, [...(groups.get(key) ?? []), found]);
  }
  for (const members of groups.values()) {
    const units = new Set(members.map((f) => f.unit));
    const indicators = new Set(members.map((f) => f.indicator));
    if (units.size > 1 && indicators.size > 1) {
      const list = [...units].map((u) => `"${u}"`).join(', ');
      problems.push(
        problem(file, '/items', {
          en: `figures on one scale must share a unit or an indicator; found units ${list}`,
          vi: `Các số liệu trên cùng một thang phải cùng đơn vị hoặc cùng chỉ tiêu; đang có các đơn vị ${list}.`,
        }),
      );
    }
  }
  const first = refs.figures.get(chart.items[0]?.figure ?? '');
  if (chart.type === 'proportion' && first && first.outOf === undefined)
    problems.push(
      problem(file, '/items/0/figure', {
        en: 'a proportion chart needs a figure with outOf',
        vi: 'Biểu đồ “phần trên tổng” cần một số liệu có “trên tổng số”.',
      }),
    );
}
