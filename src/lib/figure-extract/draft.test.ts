import { describe, expect, it } from 'vitest';
import { draftReport, draftReportId } from './draft.ts';
import { extractFigures } from './extract.ts';
import { parseEntry } from '../../validation/entry.ts';
import type { Problem } from '../../validation/problems.ts';
import { PLACEHOLDER } from '../../validation/text-rules.ts';
import { TO_CONFIRM, TO_FILL } from './placeholders.ts';

const indicators = [
  { id: 'teams', name: 'Tổ tự quản', definition: 'Số tổ, đội tự quản đang hoạt động.' },
  { id: 'people', name: 'Người tham gia', definition: 'Số người, lượt người tham gia.' },
];
const TEXT = `Chiều ngày 03/12/2019, Công an huyện Yên Thành (tỉnh Nghệ An) tổng kết giai đoạn 2014-2019 tại hội nghị.

Trong 5 năm qua, toàn huyện duy trì 15 đội gồm 05 đội nam, 10 đội nữ, thu hút hơn 3 nghìn người tham gia. Hiện nay có 45/50 xã đạt chuẩn.`;

const extraction = extractFigures(TEXT, { indicators });
const draft = draftReport(extraction, {
  id: 'nghe-an-2019-12-03',
  province: { code: '40', name: 'Nghệ An' },
  sourceFile: 'bai-thu.txt',
  indicators,
});

/** A draft of a short example text, for a province. */
const draftOf = (text: string, province: { code: string; name: string }) =>
  draftReport(extractFigures(text, { indicators }), { id: 'x', province, sourceFile: 'x.txt', indicators });

describe('draftReport', () => {
  it('is a valid report entry, flagged as a draft right after its id', () => {
    expect(Object.keys(draft).slice(0, 2)).toEqual(['id', 'draft']);
    const problems: Problem[] = [];
    expect(parseEntry('report', 'content/reports/x.json', draft, undefined, problems)).toBeDefined();
    expect(problems).toEqual([]);
  });

  it('cannot be published as it is: without the flag, its placeholders are errors', () => {
    const problems: Problem[] = [];
    parseEntry('report', 'content/reports/x.json', { ...draft, draft: false }, undefined, problems);
    expect(problems.length).toBeGreaterThan(draft.figures.length);
  });

  it('writes marks that validation recognises as placeholders', () => {
    expect(TO_FILL).toMatch(PLACEHOLDER);
    expect(TO_CONFIRM).toMatch(PLACEHOLDER);
  });

  it('carries every candidate with its value, qualifier, unit and parts', () => {
    expect(draft.figures.map((f) => [f.value, f.outOf, f.unit, f.qualifier, f.qualifierWord])).toEqual([
      [15, undefined, 'đội', 'exact', undefined],
      [5, undefined, 'đội', 'exact', undefined],
      [10, undefined, 'đội', 'exact', undefined],
      [3000, undefined, 'người', 'over', 'hơn'],
      [45, 50, 'xã', 'exact', undefined],
    ]);
    const [total, male, female] = draft.figures;
    expect(total!.parts).toEqual([male!.id, female!.id]);
    expect(new Set(draft.figures.map((f) => f.id)).size).toBe(draft.figures.length);
    for (const figure of draft.figures) expect(figure.id.startsWith('nghe-an-2019-12-03-')).toBe(true);
  });

  it('proposes each figure as review state, its guesses as plain values, and marks what the editor must fill', () => {
    for (const figure of draft.figures) {
      // Nothing to retype when a guess is right: no marks inside the fields, no machine notes.
      expect(figure.proposed).toBe(true);
      expect(figure.label).not.toMatch(PLACEHOLDER);
      expect(figure.note).toBeUndefined();
      expect(figure.period.note).toBeUndefined();
    }
    // A provincial report's figure is province-wide unless its sentence names a place.
    expect(draft.figures.map((f) => f.scope)).toContain('toàn tỉnh');
    // What the text prints is filled in as printed: no mark to erase when it is right.
    expect(draft.published).toEqual({
      text: 'Chiều ngày 03/12/2019',
      year: 2019,
      month: 12,
      day: 3,
      yearInferred: null,
    });
    expect(draft.period).toEqual({ kind: 'range', from: 2014, to: 2019 });
    expect(JSON.stringify(draft)).not.toContain(TO_CONFIRM);
    expect(draft.title).toMatch(PLACEHOLDER);
    expect(draft.summary).toMatch(PLACEHOLDER);
    expect(draft.event?.name).toMatch(PLACEHOLDER);
  });

  it('proposes a figure the text sets as an aim as a target, not a result', () => {
    const text = 'Ngày 12/05/2023, tỉnh sơ kết. Năm qua có 40 xã đạt chuẩn. Phấn đấu đến năm 2030 có 95 xã đạt chuẩn.';
    const planned = draftOf(text, { code: '17', name: 'Hòa Bình' });
    expect(planned.figures.map((f) => [f.value, f.kind])).toEqual([
      [40, undefined],
      [95, 'target'],
    ]);
  });

  it('takes the title line and a closing source line as printed, and marks them to fill when the text has none', () => {
    const text = 'Hòa Bình nhân rộng tổ tự quản\n\nNăm 2023, tỉnh có 40 tổ tự quản.\n\nNguồn: Báo Hòa Bình';
    const guessed = draftOf(text, { code: '17', name: 'Hòa Bình' });
    expect(guessed.title).toBe('Hòa Bình nhân rộng tổ tự quản');
    expect(guessed.publisher).toEqual({ name: 'Báo Hòa Bình', asPrinted: 'Báo Hòa Bình', inferred: null });
    expect(draft.publisher.name).toMatch(PLACEHOLDER);
  });

  it('leaves the scope to the editor when the sentence names a district or commune', () => {
    const local = draftOf('Năm 2023, huyện Cao Phong lập 12 tổ hòa giải.', { code: '17', name: 'Hòa Bình' });
    expect(local.figures[0]?.scope).toMatch(PLACEHOLDER);
  });

  it('says where the province is not named, and where the year is not printed', () => {
    const elsewhere = draftOf('Ngày 7/4, xã lập 12 tổ.', { code: '40', name: 'Nghệ An' });
    expect(elsewhere.provinceInferred).toMatch(PLACEHOLDER);
    expect(elsewhere.unknowns.join(' ')).toContain('không in năm');
    expect(elsewhere.unknowns.join(' ')).toContain('không nêu tên tỉnh Nghệ An');
    expect(draft.provinceInferred).toBeNull();
  });

  it('never writes a sentence of the source', () => {
    const json = JSON.stringify(draft);
    for (const sentence of extraction.sentences) expect(json).not.toContain(sentence.text.slice(0, 60));
  });
});

describe('draftReportId', () => {
  const time = (date: { year: number | null; month: number | null; day: number | null } | null) => ({
    time: { date: date && { text: 'x', yearInferred: null, ...date }, period: null },
  });
  it.each([
    [{ year: 2019, month: 12, day: 3 }, 'nghe-an-2019-12-03'],
    [{ year: 2019, month: null, day: null }, 'nghe-an-2019'],
    [{ year: null, month: 4, day: 7 }, 'nghe-an-ngay-07-04'],
    [null, 'nghe-an-ban-nhap'],
  ])('%j → %s', (date, id) => {
    expect(draftReportId('nghe-an', time(date))).toBe(id);
  });
});
