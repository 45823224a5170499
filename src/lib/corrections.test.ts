import { describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../schemas/report.ts';
import { validReport } from '../validation/fixtures.ts';
import {
  correctionAnchor,
  earlierFigure,
  figureCorrections,
  formatDay,
  lastUpdated,
  siteCorrections,
} from './corrections.ts';

const base: Report = reportSchema.parse(validReport());
const withCorrections = (id: string, corrections: Report['corrections']): Report => ({ ...base, id, corrections });

describe('change history', () => {
  it('dates a report by its newest correction, or by its own publication when it has none', () => {
    expect(lastUpdated(base)).toEqual({ kind: 'as-published', date: base.published });
    const corrected = withCorrections('a', [
      { date: '2025-03-01', what: 'Sửa tên', why: 'Nhầm' },
      { date: '2025-04-11', figure: 'mau-cum-a', previousValue: 11, what: 'Sửa số', why: 'Nhầm' },
    ]);
    expect(lastUpdated(corrected)).toEqual({ kind: 'corrected', day: '2025-04-11' });
    expect(formatDay('2025-04-11')).toBe('11/04/2025');
  });

  it('finds a figure’s corrections and writes its earlier value with its unit and qualifier', () => {
    const report = withCorrections('a', [
      { date: '2025-03-01', what: 'Sửa tên', why: 'Nhầm' },
      { date: '2025-04-11', figure: 'mau-cum-a', previousValue: 1172, what: 'Sửa số', why: 'Nhầm' },
    ]);
    const figure = { ...report.figures[1]!, qualifier: 'nearly' as const };
    const [only, ...rest] = figureCorrections(report, 'mau-cum-a');
    expect(rest).toEqual([]);
    expect(earlierFigure(figure, only!)).toBe('gần 1.172 cụm');
    expect(earlierFigure(figure, report.corrections[0]!)).toBeNull();
    expect(figureCorrections(report, 'mau-cum-b')).toEqual([]);
  });

  it('lists every correction of the site newest first, with the figure it names and a stable anchor', () => {
    const a = withCorrections('a', [
      { date: '2025-03-01', what: 'A1', why: 'x' },
      { date: '2025-05-01', figure: 'mau-cum', what: 'A2', why: 'x' },
    ]);
    const b = withCorrections('b', [{ date: '2025-03-01', what: 'B1', why: 'x' }]);
    const all = siteCorrections([a, b, base]);
    expect(all.map((e) => e.correction.what)).toEqual(['A2', 'A1', 'B1']);
    expect(all[0]!.figure?.id).toBe('mau-cum');
    expect(all[1]!.figure).toBeUndefined();
    expect(all.map(correctionAnchor)).toEqual(['a-2', 'a-1', 'b-1']);
  });
});
