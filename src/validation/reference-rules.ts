/** Rules for the reference files: provinces, unique ids in the controlled vocabularies, English units. */
import type { Provinces } from '../schemas/reference.ts';
import { problem, type Problem } from './problems.ts';
import { PROVINCES_FILE, UNITS_FILE } from './references.ts';

/**
 * Values that must be unique; a repeat is reported at its own place, `at(i)` (the field of the
 * i-th value: "/former/3/code"), with where the value was first seen.
 */
export function unique(values: string[], file: string, at: (i: number) => string, problems: Problem[]): Set<string> {
  const first = new Map<string, number>();
  values.forEach((v, i) => {
    const seen = first.get(v);
    if (seen === undefined) first.set(v, i);
    else
      problems.push(
        problem(file, at(i), {
          en: `duplicate "${v}" (also at ${at(seen)})`,
          vi: `Trùng "${v}" với ${at(seen)}.`,
        }),
      );
  });
  return new Set(first.keys());
}

export function checkProvinces(provinces: Provinces, problems: Problem[]): void {
  const file = PROVINCES_FILE;
  const current = new Map(provinces.current.map((c) => [c.code, c]));
  unique(
    provinces.former.map((p) => p.code),
    file,
    (i) => `/former/${i}/code`,
    problems,
  );
  unique(
    provinces.current.map((p) => p.code),
    file,
    (i) => `/current/${i}/code`,
    problems,
  );
  unique(
    provinces.current.map((p) => p.slug),
    file,
    (i) => `/current/${i}/slug`,
    problems,
  );
  unique(
    provinces.current.map((p) => `${p.tile.col},${p.tile.row}`),
    file,
    (i) => `/current/${i}/tile`,
    problems,
  );
  provinces.former.forEach((p, i) => {
    if (!current.has(p.mergedInto))
      problems.push(
        problem(file, `/former/${i}/mergedInto`, {
          en: `no current unit with code "${p.mergedInto}"`,
          vi: `Không có đơn vị hiện nay mã "${p.mergedInto}".`,
        }),
      );
    // A former province may share a slug only with the unit it became (same name, one page).
    const clash = provinces.current.find((c) => c.slug === p.slug && c.code !== p.mergedInto);
    if (clash)
      problems.push(
        problem(file, `/former/${i}/slug`, {
          en: `slug "${p.slug}" is also the slug of another current unit`,
          vi: `Địa chỉ "${p.slug}" trùng với một đơn vị hiện nay khác.`,
        }),
      );
  });
  provinces.current.forEach((c, i) => {
    if (!provinces.former.some((p) => p.mergedInto === c.code))
      problems.push(
        problem(file, `/current/${i}/code`, {
          en: `no former province is merged into "${c.code}"`,
          vi: `Không có tỉnh cũ nào hợp nhất vào "${c.code}".`,
        }),
      );
    if (c.seatFormer !== null && provinces.former.find((p) => p.code === c.seatFormer)?.mergedInto !== c.code)
      problems.push(
        problem(file, `/current/${i}/seatFormer`, {
          en: `"${c.seatFormer}" is not a former province of this unit`,
          vi: `"${c.seatFormer}" không phải tỉnh cũ của đơn vị này.`,
        }),
      );
  });
}

/**
 * A headline figure is shown on the home page and on /en/, which names its unit in English:
 * its unit needs an entry in units.json. A draft may wait; other figures are Vietnamese only.
 */
export function checkHeadlineUnits(
  reports: ReadonlyArray<{
    file: string;
    draft: boolean;
    figures: ReadonlyArray<{ unit: string; headline?: boolean | undefined }>;
  }>,
  englishUnits: ReadonlySet<string>,
  problems: Problem[],
): void {
  for (const report of reports) {
    if (report.draft) continue;
    report.figures.forEach((figure, i) => {
      if (figure.headline !== true || englishUnits.has(figure.unit)) return;
      problems.push(
        problem(report.file, `/figures/${i}/unit`, {
          en: `a headline figure's unit "${figure.unit}" has no English name: add {"vi": "${figure.unit}", "en": "…"} to ${UNITS_FILE}`,
          vi: `Số liệu nổi bật hiện cả ở trang tiếng Anh: đơn vị “${figure.unit}” cần tên tiếng Anh trong ${UNITS_FILE} (hoặc bỏ đánh dấu “Nổi bật”).`,
        }),
      );
    });
  }
}
