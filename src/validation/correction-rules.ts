/**
 * A published figure may not change silently. Compared with an earlier version of the
 * content (a git commit: `npm run validate -- --since <ref>`, or CONTENT_BASE_REF for the
 * build), a figure of a published report whose printed form changed (value, share, unit,
 * qualifier) needs a new correction naming it, with the earlier value when the value
 * changed; a figure removed from a published report needs a new correction on the report.
 * Pure: both versions come in as parsed reports.
 */
import type { Correction } from '../schemas/correction.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Report } from '../schemas/report.ts';
import { formatFigure } from '../lib/format.ts';
import { problem, type Problem } from './problems.ts';

/** What a reader sees of a figure: if any of these changed, the page prints something else. */
const printed = (f: Figure) => [f.value, f.outOf, f.unit, f.qualifier, f.qualifierWord ?? null];

function samePrinted(a: Figure, b: Figure): boolean {
  const [x, y] = [printed(a), printed(b)];
  return x.every((v, i) => v === y[i]);
}

/** Corrections of `after` that `before` did not have (compared as written). */
function newCorrections(before: Report, after: Report): Correction[] {
  const old = new Set(before.corrections.map((c) => JSON.stringify(c)));
  return after.corrections.filter((c) => !old.has(JSON.stringify(c)));
}

/**
 * Problems for published figures that changed between the two versions without a note.
 * `fileOf` names a report's file for the messages.
 */
export function checkCorrectionsSince(
  before: readonly Report[],
  after: readonly Report[],
  fileOf: (report: Report) => string,
): Problem[] {
  const problems: Problem[] = [];
  const earlier = new Map(before.filter((r) => r.draft !== true).map((r) => [r.id, r]));
  for (const report of after) {
    const was = earlier.get(report.id);
    if (!was || report.draft === true) continue;
    const file = fileOf(report);
    const added = newCorrections(was, report);
    const now = new Map(report.figures.map((f, i) => [f.id, { figure: f, index: i }]));
    for (const old of was.figures) {
      const current = now.get(old.id);
      if (!current) {
        if (added.length === 0)
          problems.push(
            problem(file, '/corrections', {
              en: `published figure "${old.id}" (${formatFigure(old)}) was removed: add a correction saying why`,
              vi: `Số liệu đã đăng "${old.id}" (${formatFigure(old)}) bị xóa: thêm một đính chính ghi ngày, điều đã thay đổi và lý do.`,
            }),
          );
        continue;
      }
      if (samePrinted(old, current.figure)) continue;
      const notes = added.filter((c) => c.figure === old.id);
      const at = `/figures/${current.index}`;
      if (notes.length === 0) {
        problems.push(
          problem(file, at, {
            en:
              `published figure "${old.id}" changed from ${formatFigure(old)} to ${formatFigure(current.figure)} ` +
              `without a correction: add one to /corrections naming the figure` +
              (old.value !== current.figure.value ? `, with previousValue ${old.value}` : ''),
            vi:
              `Số liệu đã đăng "${old.id}" đổi từ ${formatFigure(old)} thành ${formatFigure(current.figure)} mà chưa có đính chính: ` +
              `thêm một đính chính chọn số liệu này` +
              (old.value !== current.figure.value ? `, ghi giá trị trước khi sửa là ${old.value}` : '') +
              ', điều đã thay đổi và lý do.',
          }),
        );
        continue;
      }
      if (old.value !== current.figure.value && !notes.some((c) => c.previousValue === old.value))
        problems.push(
          problem(file, `/corrections/${report.corrections.indexOf(notes[0]!)}/previousValue`, {
            en: `the correction of "${old.id}" must give the earlier value ${old.value}`,
            vi: `Đính chính của số liệu "${old.id}" phải ghi giá trị trước khi sửa là ${old.value}.`,
          }),
        );
    }
  }
  return problems;
}
