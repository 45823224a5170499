/**
 * The citation text of one figure, as a journalist pastes it: the figure as printed (label,
 * qualifier, value, unit, period, scope), its source report (publisher, title, date), the
 * portal, the figure's own URL and the day it was read. Pure; the page renders it with a
 * placeholder for the day, and the browser script fills in today's date.
 */
import type { Figure } from '../schemas/figure.ts';
import type { Report } from '../schemas/report.ts';
import { formatFigure, formatPartialDate, formatPeriod, kindPrefix } from './format.ts';
import { SITE_NAME } from './site.ts';

/** What the citation says until a script knows the reader's date; readable as it stands. */
export const ACCESS_DATE_PLACEHOLDER = '[ngày bạn truy cập]';

/** "06/12/2026": the access date in the form the citation uses, from the reader's calendar. */
export function accessDateText(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** The figure as a sentence fragment: "mô hình đang duy trì: 45 mô hình (tính đến 09/06/2023; phạm vi: toàn tỉnh)". */
export function figureAsPrinted(figure: Figure): string {
  return `${figure.label}: ${kindPrefix(figure.kind)}${formatFigure(figure)} (${formatPeriod(figure.period)}; phạm vi: ${figure.scope})`;
}

/** The source report as a reference: publisher, title as printed (or the portal's name for it), date. */
export function reportReference(report: Report): string {
  const publisher = report.publisher.name ?? 'không rõ cơ quan đăng';
  const title = report.title !== null ? `“${report.title}”` : `${report.name} (bài không in tiêu đề)`;
  return `${publisher}, ${title}, ${formatPartialDate(report.published)}`;
}

export interface FigureCitationInput {
  figure: Figure;
  report: Report;
  /** The province as every page names it: "Bắc Kạn (nay thuộc tỉnh Thái Nguyên)". */
  province: string;
  /** The figure page's absolute URL. */
  url: string;
}

/** The whole citation; `accessDate` is the day as "dd/mm/yyyy", or the placeholder. */
export function figureCitation(input: FigureCitationInput, accessDate: string = ACCESS_DATE_PLACEHOLDER): string {
  return (
    `${input.province}: ${figureAsPrinted(input.figure)}. ` +
    `Nguồn: ${reportReference(input.report)}. ` +
    `Dẫn theo: ${SITE_NAME}, ${input.url}, truy cập ngày ${accessDate}.`
  );
}

/** Puts the reader's date where the placeholder stands (the text may have been built on the server). */
export function withAccessDate(citation: string, date: Date): string {
  return citation.replace(ACCESS_DATE_PLACEHOLDER, accessDateText(date));
}
