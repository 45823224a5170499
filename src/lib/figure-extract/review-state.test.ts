import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../validation/entry.ts';
import type { Problem } from '../../validation/problems.ts';
import { draftReport } from './draft.ts';
import { extractFigures } from './extract.ts';
import {
  accept,
  acceptRemaining,
  addLeftOut,
  counts,
  draftOf,
  editFigure,
  nextOpen,
  reviewProblems,
  setStatus,
  startReview,
  type Review,
} from './review-state.ts';

const indicators = [
  { id: 'teams', name: 'Tổ tự quản', definition: 'Số tổ, đội tự quản đang hoạt động.' },
  { id: 'people', name: 'Người tham gia', definition: 'Số người, lượt người tham gia.' },
];
const TEXT = `Ngày 12/05/2023, Công an tỉnh Hà Giang sơ kết giai đoạn 2020-2023.

Toàn tỉnh duy trì 15 đội gồm 05 đội nam, 10 đội nữ, thu hút hơn 3 nghìn người tham gia. Năm 2022, huyện Mèo Vạc lập 7 tổ.`;
const extraction = extractFigures(TEXT, { indicators });
const report = draftReport(extraction, {
  id: 'ha-giang-2023-05-12',
  province: { code: '02', name: 'Hà Giang' },
  sourceFile: 'x.txt',
  indicators,
});
const start = () =>
  startReview(
    report,
    extraction.figures.map((f) => f.indicator?.confidence ?? null),
  );

/** The schema and placeholder checks, as the editor runs them on the draft. */
function validation(review: Review): Problem[] {
  const problems: Problem[] = [];
  parseEntry('report', 'content/reports/x.json', draftOf(review), undefined, problems);
  return problems;
}
const problemsOf = (review: Review) => reviewProblems(review, validation(review));

describe('reviewing an imported draft', () => {
  it('starts with every proposed figure open, and saves them as proposed', () => {
    const review = start();
    expect(review.items.map((i) => i.figure.value)).toEqual([15, 5, 10, 3000, 7]);
    expect(counts(review)).toEqual({ open: 5, accepted: 0, dropped: 0 });
    expect(draftOf(review).figures.every((f) => f.proposed === true)).toBe(true);
    expect(review.items[0]!.confidence).toMatch(/^(?:high|medium|low)$/u);
  });

  it('accepts a right figure in one action: no flag, nothing retyped', () => {
    const review = accept(start(), 0, problemsOf(start()));
    const saved = draftOf(review).figures[0]!;
    expect(saved.proposed).toBeUndefined();
    expect(saved).toEqual({ ...report.figures[0], proposed: undefined } as unknown as typeof saved);
  });

  it('leaves a dropped figure out, and says so on a total that counted it', () => {
    const review = setStatus(start(), 1, 'dropped');
    expect(draftOf(review).figures.map((f) => f.value)).toEqual([15, 10, 3000, 7]);
    const problems = problemsOf(review);
    expect(problems[0]!.parts).toMatch(/Phần #2 đã bị bỏ/u);
    // A total with a problem is not accepted, and "accept the rest" leaves it open.
    expect(accept(review, 0, problems).items[0]!.status).toBe('open');
    const rest = acceptRemaining(review, problems);
    expect(rest.left).toEqual([1, 5]);
    expect(rest.accepted).toBe(2);
    // Unlinking the parts clears it.
    const unlinked = editFigure(review, 0, 'parts', []);
    expect(problemsOf(unlinked)[0]!.parts).toBeUndefined();
  });

  it('refuses “7.39” on the field and saves nothing half-way', () => {
    const review = editFigure(start(), 3, 'value', '7.39');
    const problems = problemsOf(review);
    expect(problems[3]!.value).toMatch(/dấu chấm chỉ dùng để tách hàng nghìn/u);
    // The draft holds the text, which saving refuses, not the old number.
    expect(draftOf(review).figures[3]!.value).toBe('7.39');
    expect(validation(review).some((p) => p.field === '/figures/3/value')).toBe(true);
    // A part that holds no number yet is named on its total for what it is, not as missing.
    const part = problemsOf(editFigure(start(), 1, 'value', '7.39'));
    expect(part[0]!.parts).toMatch(/^Phần #2 còn chỗ cần sửa/u);
    const fixed = editFigure(review, 3, 'value', '7,39');
    expect(draftOf(fixed).figures[3]!.value).toBe(7.39);
    expect(problemsOf(fixed)[3]!.value).toBeUndefined();
  });

  it('asks for a unit and a scope where they are empty or left to fill', () => {
    const review = editFigure(start(), 0, 'unit', '');
    expect(problemsOf(review)[0]!.unit).toMatch(/Điền đơn vị/u);
    // "huyện Mèo Vạc" names a place: the scope is the editor's to say.
    expect(problemsOf(start())[4]!.scope).toMatch(/Điền phạm vi/u);
    const scoped = editFigure(start(), 4, 'scope', 'huyện Mèo Vạc');
    expect(problemsOf(scoped)[4]!.scope).toBeUndefined();
  });

  it('edits qualifier, kind, period years and indicator in place', () => {
    let review = editFigure(start(), 3, 'qualifier', 'about');
    review = editFigure(review, 3, 'kind', 'target');
    review = editFigure(review, 3, 'indicator', 'people');
    const figure = draftOf(review).figures[3]!;
    expect([figure.qualifier, figure.qualifierWord, figure.kind, figure.indicator]).toEqual([
      'about',
      undefined,
      'target',
      'people',
    ]);
    expect(review.items[3]!.confidence).toBeNull();
    const ranged = start().items.findIndex((i) => i.figure.period.kind === 'range');
    expect(ranged).toBeGreaterThanOrEqual(0);
    const years = editFigure(editFigure(start(), ranged, 'from', '2021'), ranged, 'to', '20x');
    expect(draftOf(years).figures[ranged]!.period).toMatchObject({ kind: 'range', from: 2021, to: '20x' });
    expect(problemsOf(years)[ranged]!.to).toMatch(/không phải một con số/u);
  });

  it('accepts the remaining figures at once and moves to the next open one', () => {
    let review = accept(start(), 0, problemsOf(start()));
    expect(nextOpen(review, 0)).toBe(1);
    const { review: done, accepted, left } = acceptRemaining(review, problemsOf(review));
    expect([accepted, left]).toEqual([3, [5]]);
    review = editFigure(done, 4, 'scope', 'huyện Mèo Vạc');
    review = acceptRemaining(review, problemsOf(review)).review;
    expect(counts(review)).toEqual({ open: 0, accepted: 5, dropped: 0 });
    expect(nextOpen(review, 0)).toBe(-1);
    // Accepted and published, the draft validates with no figure problem.
    const published = { ...draftOf(review), draft: false };
    const problems: Problem[] = [];
    parseEntry('report', 'content/reports/x.json', published, undefined, problems);
    expect(problems.filter((p) => p.field.startsWith('/figures/'))).toEqual([]);
  });
});

describe('a number the assistant left out', () => {
  it('comes back as an open figure in one action, asking for what it lacks', () => {
    const before = start();
    const added = addLeftOut(
      before,
      { printed: '2020-2023', reason: 'giai đoạn', context: 'giai đoạn 2020-2023', sentence: 'x «2020-2023» y' },
      'teams',
    );
    expect(added.items).toHaveLength(before.items.length + 1);
    const n = added.items.length - 1;
    expect(added.items[n]!.figure.id).toBe('ha-giang-2023-05-12-them-1');
    const problems = problemsOf(added)[n]!;
    // Not a number as printed: refused on the box until the editor types the figure.
    expect(problems.value).toMatch(/không phải một con số/u);
    expect(problems.unit).toMatch(/Điền đơn vị/u);
    expect(problems.label).toMatch(/Điền tên/u);
    const fixed = editFigure(
      editFigure(editFigure(added, n, 'value', '4'), n, 'unit', 'năm'),
      n,
      'label',
      'năm sơ kết',
    );
    expect(problemsOf(fixed)[n]).toEqual({});
    expect(draftOf(fixed).figures[n]).toMatchObject({ value: 4, unit: 'năm', proposed: true, scope: 'toàn tỉnh' });
    const again = addLeftOut(
      fixed,
      { printed: '246', reason: 'số hiệu văn bản', context: 'Đề án 246', sentence: '' },
      'teams',
    );
    expect(again.items.at(-1)!.figure).toMatchObject({ id: 'ha-giang-2023-05-12-them-2', value: 246 });
  });
});
