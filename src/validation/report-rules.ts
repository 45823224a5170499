/** Rules for one report and its figures. Pure: other content comes in as references. */
import type { Figure } from '../schemas/figure.ts';
import type { Report } from '../schemas/report.ts';
import { checkDate, checkPeriod } from './date-rules.ts';
import { checkFileName } from './parse.ts';
import { problem, type Problem } from './problems.ts';
import { checkProvince, checkReference, checkUnique, INDICATORS_FILE, type ContentRefs } from './references.ts';

export function checkReport(report: Report, file: string, refs: ContentRefs, problems: Problem[]): void {
  const draft = report.draft === true;
  checkFileName(file, report.id, 'id', problems);
  checkUnique('report', report.id, refs, { file, field: '/id' }, problems);
  checkProvince(report.province, refs, false, { file, field: '/province' }, problems);
  checkDate(report.published, file, '/published', problems);
  checkPeriod(report.period, file, '/period', problems);

  const own = new Map<string, Figure>();
  for (const [i, figure] of report.figures.entries()) {
    const at = `/figures/${i}`;
    if (own.has(figure.id))
      problems.push(
        problem(file, `${at}/id`, {
          en: `duplicate figure id "${figure.id}" (also in ${file})`,
          vi: `Trùng mã "${figure.id}" với một số liệu khác trong báo cáo này. Hãy đổi mã.`,
        }),
      );
    else own.set(figure.id, figure);
    checkUnique('figure', figure.id, refs, { file, field: `${at}/id` }, problems);
    checkFigure(figure, file, at, refs, draft, problems);
    if (figure.proposed === true && !draft)
      problems.push(
        problem(file, `${at}/proposed`, {
          en: 'the import proposed this figure and no editor has accepted it: check it against the source, then untick it (or delete the figure)',
          vi: 'Số liệu do trợ lý nhập đề xuất, chưa được duyệt: đối chiếu với bài rồi bỏ đánh dấu “Máy đề xuất, chưa duyệt” (hoặc xóa số liệu).',
        }),
      );
  }
  for (const [i, figure] of report.figures.entries()) checkParts(figure, own, file, `/figures/${i}`, problems);
  checkPartCycles(report.figures, file, problems);
  checkCorrections(report, own, file, problems);
}

/**
 * Parts that lead back to the figure they make up (a → b → a): no sum can hold, and a page
 * following the parts would never end. Each cycle is reported once, at the figure where the
 * walk first closes it. An explicit stack, no recursion.
 */
export function checkPartCycles(figures: readonly Summed[], file: string, problems: Problem[]): void {
  const index = new Map<string, number>();
  figures.forEach((f, i) => {
    if (!index.has(f.id)) index.set(f.id, i);
  });
  const state = new Array<0 | 1 | 2>(figures.length).fill(0); // unseen, on the path, done
  for (let root = 0; root < figures.length; root++) {
    if (state[root] !== 0) continue;
    const path: Array<{ at: number; next: number }> = [{ at: root, next: 0 }];
    state[root] = 1;
    while (path.length > 0) {
      const top = path.at(-1)!;
      const parts = figures[top.at]?.parts ?? [];
      if (top.next >= parts.length) {
        state[top.at] = 2;
        path.pop();
        continue;
      }
      const j = top.next++;
      const child = index.get(parts[j] ?? '');
      if (child === undefined || child === top.at) continue;
      if (state[child] === 1) {
        const from = path.findIndex((p) => p.at === child);
        const ids = [...path.slice(from).map((p) => figures[p.at]!.id), figures[child]!.id].join(' → ');
        problems.push(
          problem(file, `/figures/${top.at}/parts/${j}`, {
            en: `parts go round in a circle: ${ids}`,
            vi: `Các phần vòng lại chính nó: ${ids}. Một số liệu không thể vừa là tổng vừa là phần của số liệu khác trong cùng vòng.`,
          }),
        );
      } else if (state[child] === 0) {
        state[child] = 1;
        path.push({ at: child, next: 0 });
      }
    }
  }
}

/** A day written YYYY-MM-DD that exists in the calendar. */
export function isRealDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Corrections have real dates, in order, name a figure of this report, and an earlier value only with one. */
function checkCorrections(report: Report, own: ReadonlyMap<string, Figure>, file: string, problems: Problem[]): void {
  let previous = '';
  for (const [i, correction] of report.corrections.entries()) {
    const at = `/corrections/${i}`;
    if (!isRealDay(correction.date))
      problems.push(
        problem(file, `${at}/date`, {
          en: `"${correction.date}" is not a day of the calendar`,
          vi: `Ngày "${correction.date}" không có thật.`,
        }),
      );
    else if (correction.date < previous)
      problems.push(
        problem(file, `${at}/date`, {
          en: `corrections are listed oldest first; ${correction.date} comes after ${previous}`,
          vi: `Các đính chính ghi theo thứ tự thời gian, cũ trước: ${correction.date} đứng sau ${previous}.`,
        }),
      );
    else previous = correction.date;
    if (correction.figure !== undefined && !own.has(correction.figure))
      problems.push(
        problem(file, `${at}/figure`, {
          en: `no figure "${correction.figure}" in this report`,
          vi: `Không có số liệu "${correction.figure}" trong báo cáo này.`,
        }),
      );
    if (correction.previousValue !== undefined && correction.figure === undefined)
      problems.push(
        problem(file, `${at}/previousValue`, {
          en: 'an earlier value needs the figure it belonged to',
          vi: 'Có giá trị trước khi sửa nhưng chưa chọn số liệu được sửa.',
        }),
      );
  }
}

function checkFigure(
  figure: Figure,
  file: string,
  at: string,
  refs: ContentRefs,
  draft: boolean,
  problems: Problem[],
): void {
  if (!refs.indicatorIds.has(figure.indicator))
    problems.push(
      problem(file, `${at}/indicator`, {
        en: `unknown indicator "${figure.indicator}" (see ${INDICATORS_FILE})`,
        vi: `Không có chỉ tiêu "${figure.indicator}" trong danh mục chỉ tiêu.`,
      }),
    );
  if (figure.model !== undefined)
    checkReference(
      'model',
      figure.model,
      refs,
      draft,
      { file, field: `${at}/model` },
      {
        en: `no model with slug "${figure.model}" in content/models/`,
        vi: `Không có mô hình "${figure.model}".`,
      },
      problems,
    );
  if (figure.outOf !== undefined && figure.value > figure.outOf)
    problems.push(
      problem(file, `${at}/value`, {
        en: `value ${figure.value} is larger than outOf ${figure.outOf}`,
        vi: `Con số ${figure.value} lớn hơn tổng số ${figure.outOf}.`,
      }),
    );
  if (figure.unit === '%' && figure.value > 100)
    problems.push(
      problem(file, `${at}/value`, {
        en: `a percentage of ${figure.value} is over 100`,
        vi: `Tỷ lệ ${figure.value}% lớn hơn 100%.`,
      }),
    );
  checkPeriod(figure.period, file, `${at}/period`, problems);
}

/**
 * Parts name figures of the same report that add up to this one: exactly when every number
 * is exact, at most the total when some are hedged (unless the total itself is "over" or
 * "about", which may be smaller than what its parts print).
 */
/** What the sum of parts needs of a figure. */
type Summed = Pick<Figure, 'id' | 'value' | 'qualifier' | 'parts'>;

/**
 * The parts rule on figures that may be incomplete (the web editor, while other fields of the
 * report are still empty): every figure with an id and a number takes part.
 */
export function checkPartsOf(figures: unknown, file: string, problems: Problem[]): void {
  if (!Array.isArray(figures)) return;
  const usable = (f: unknown): f is Summed =>
    typeof f === 'object' &&
    f !== null &&
    typeof (f as Summed).id === 'string' &&
    typeof (f as Summed).value === 'number';
  const own = new Map(figures.filter(usable).map((f) => [f.id, f]));
  figures.forEach((f, i) => {
    if (usable(f) && Array.isArray(f.parts)) checkParts(f, own, file, `/figures/${i}`, problems);
  });
  if (figures.every((f) => usable(f) && (f.parts === undefined || Array.isArray(f.parts))))
    checkPartCycles(figures as Summed[], file, problems);
}

function checkParts(figure: Summed, own: ReadonlyMap<string, Summed>, file: string, at: string, problems: Problem[]) {
  if (!figure.parts) return;
  figure.parts.forEach((id, j) => {
    if (!own.has(id))
      problems.push(
        problem(file, `${at}/parts/${j}`, {
          en: `no figure "${id}" in this report`,
          vi: `Không có số liệu "${id}" trong báo cáo này.`,
        }),
      );
    if (id === figure.id)
      problems.push(
        problem(file, `${at}/parts/${j}`, {
          en: 'a figure cannot be its own part',
          vi: 'Một số liệu không thể là phần của chính nó.',
        }),
      );
  });
  const parts = figure.parts.map((id) => own.get(id));
  const found = parts.filter((p) => p !== undefined);
  if (found.length !== parts.length) return;
  const sum = found.reduce((total, p) => total + p.value, 0);
  const allExact = figure.qualifier === 'exact' && found.every((p) => p.qualifier === 'exact');
  if (allExact && sum !== figure.value)
    problems.push(
      problem(file, `${at}/parts`, {
        en: `parts add up to ${sum}, not ${figure.value}`,
        vi: `Các phần cộng lại được ${sum}, không phải ${figure.value}: đối chiếu từng số với bài nguồn.`,
      }),
    );
  if (!allExact && sum > figure.value && figure.qualifier !== 'over' && figure.qualifier !== 'about')
    problems.push(
      problem(file, `${at}/parts`, {
        en: `parts add up to ${sum}, more than the total ${figure.value}`,
        vi: `Các phần cộng lại được ${sum}, nhiều hơn tổng ${figure.value}.`,
      }),
    );
}
