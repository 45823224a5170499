/**
 * The change history pages show: a report's "last updated" day, the corrections of one
 * figure, and every correction of the site newest first (for /dinh-chinh/ and its feed).
 * Pure: reports in, notes out.
 */
import type { Correction } from '../schemas/correction.ts';
import type { PartialDate } from '../schemas/common.ts';
import type { Figure } from '../schemas/figure.ts';
import type { Report } from '../schemas/report.ts';
import { formatFigure } from './format.ts';

/**
 * When the portal last changed what a report page says: the newest correction's day; with
 * none, the report's own publication date, because the figures still read as the report
 * printed them on that day (the portal keeps no day of entry, and inventing one would be a
 * fact no source gives).
 */
export type LastUpdated = { kind: 'corrected'; day: string } | { kind: 'as-published'; date: PartialDate };

export function lastUpdated(report: Pick<Report, 'corrections' | 'published'>): LastUpdated {
  const newest = report.corrections.reduce<string | null>(
    (max, c) => (max === null || c.date > max ? c.date : max),
    null,
  );
  return newest === null ? { kind: 'as-published', date: report.published } : { kind: 'corrected', day: newest };
}

/** "2026-12-06" → "06/12/2026". */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}

/** The corrections that name this figure, oldest first as recorded. */
export function figureCorrections(report: Pick<Report, 'corrections'>, figureId: string): Correction[] {
  return report.corrections.filter((c) => c.figure === figureId);
}

/** "112 mô hình": the figure as the page printed it before the correction, when the earlier value is recorded. */
export function earlierFigure(figure: Figure, correction: Correction): string | null {
  if (correction.previousValue === undefined) return null;
  return formatFigure({ ...figure, value: correction.previousValue });
}

export interface SiteCorrection {
  correction: Correction;
  report: Report;
  figure: Figure | undefined;
  /** Position in its report's list: with the report id, a stable anchor. */
  index: number;
}

/** Every correction of every report, newest first; ties keep report and list order, so output is stable. */
export function siteCorrections(reports: readonly Report[]): SiteCorrection[] {
  const all = reports.flatMap((report) =>
    report.corrections.map((correction, index) => ({
      correction,
      report,
      figure: correction.figure === undefined ? undefined : report.figures.find((f) => f.id === correction.figure),
      index,
    })),
  );
  return all
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) =>
      a.entry.correction.date < b.entry.correction.date
        ? 1
        : a.entry.correction.date > b.entry.correction.date
          ? -1
          : a.order - b.order,
    )
    .map(({ entry }) => entry);
}

/** The anchor of one correction on /dinh-chinh/. */
export const correctionAnchor = (entry: Pick<SiteCorrection, 'report' | 'index'>): string =>
  `${entry.report.id}-${entry.index + 1}`;
