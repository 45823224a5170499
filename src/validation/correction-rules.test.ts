import { describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../schemas/report.ts';
import { checkCorrectionsSince } from './correction-rules.ts';
import { formatProblem } from './problems.ts';
import { validReport } from './fixtures.ts';

const before: Report = reportSchema.parse(validReport());
const fileOf = (r: Report) => `content/reports/${r.id}.json`;
const check = (after: Report, earlier: Report = before) =>
  checkCorrectionsSince([earlier], [after], fileOf).map(formatProblem);

/** The report with figure `index` changed. */
const changed = (
  index: number,
  change: Partial<Report['figures'][number]>,
  corrections: Report['corrections'] = [],
) => ({
  ...before,
  figures: before.figures.map((f, i) => (i === index ? { ...f, ...change } : f)),
  corrections,
});

describe('a published figure changes only with a correction', () => {
  it('accepts the same content, and changes that do not touch what a figure prints', () => {
    expect(check(before)).toEqual([]);
    expect(check(changed(1, { note: 'Ghi chú mới.', label: 'cụm liên tỉnh (sửa tên)' }))).toEqual([]);
  });

  it('refuses a new value without a correction, naming the file, the figure and the earlier value', () => {
    expect(check(changed(1, { value: 11 }))).toEqual([
      'content/reports/bao-cao-mau.json: /figures/1: published figure "mau-cum-a" changed from 10 cụm to 11 cụm ' +
        'without a correction: add one to /corrections naming the figure, with previousValue 10',
    ]);
  });

  it('refuses a new qualifier or unit without a correction, too', () => {
    expect(check(changed(1, { qualifier: 'over' }))).toHaveLength(1);
    expect(check(changed(1, { unit: 'tuyến' }))).toHaveLength(1);
  });

  it('accepts a new value with a new correction that gives the earlier value, and no other', () => {
    const note = { date: '2025-04-11', figure: 'mau-cum-a', what: 'Sửa số.', why: 'Nhập nhầm.' };
    expect(check(changed(1, { value: 11 }, [{ ...note, previousValue: 10 }]))).toEqual([]);
    expect(check(changed(1, { value: 11 }, [{ ...note, previousValue: 12 }]))).toEqual([
      'content/reports/bao-cao-mau.json: /corrections/0/previousValue: the correction of "mau-cum-a" must give the earlier value 10',
    ]);
    // A correction already there before the change does not cover it.
    const old = { ...before, corrections: [{ ...note, previousValue: 10 }] };
    expect(check({ ...changed(1, { value: 11 }), corrections: old.corrections }, old)).toHaveLength(1);
  });

  it('refuses a removed figure unless the report gains a correction', () => {
    const removed = { ...before, figures: before.figures.filter((f) => f.id !== 'mau-cum-b') };
    expect(check(removed)).toEqual([
      'content/reports/bao-cao-mau.json: /corrections: published figure "mau-cum-b" (12 cụm) was removed: add a correction saying why',
    ]);
    expect(
      check({ ...removed, corrections: [{ date: '2025-04-11', what: 'Bỏ một số liệu.', why: 'Trùng.' }] }),
    ).toEqual([]);
  });

  it('leaves drafts and new reports alone', () => {
    expect(check(changed(1, { value: 11 }), { ...before, draft: true })).toEqual([]);
    expect(checkCorrectionsSince([], [changed(1, { value: 11 })], fileOf)).toEqual([]);
  });
});
