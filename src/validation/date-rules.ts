/** Dates that exist and periods in order. */
import type { PartialDate, Period } from '../schemas/common.ts';
import { problem, type Problem } from './problems.ts';

function daysInMonth(year: number | null, month: number): number {
  // February of an unknown year may have 29 days.
  return new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
}

export function checkDate(date: PartialDate, file: string, field: string, problems: Problem[]): void {
  if (date.day !== null && date.month === null)
    problems.push(
      problem(file, `${field}/month`, {
        en: 'a day is given without its month',
        vi: 'Có ngày mà không có tháng: điền tháng, hoặc bỏ ngày.',
      }),
    );
  if (date.day !== null && date.month !== null && date.day > daysInMonth(date.year, date.month))
    problems.push(
      problem(file, `${field}/day`, {
        en: `day ${date.day} does not exist in month ${date.month}`,
        vi: `Tháng ${date.month} không có ngày ${date.day}.`,
      }),
    );
  if (date.yearInferred !== null && date.year === null)
    problems.push(
      problem(file, `${field}/yearInferred`, {
        en: 'an inference reason is given but the year is null',
        vi: 'Có lý do suy ra năm nhưng chưa ghi năm: điền năm, hoặc bỏ lý do.',
      }),
    );
}

export function checkPeriod(period: Period, file: string, field: string, problems: Problem[]): void {
  if (period.kind === 'range' && period.from > period.to)
    problems.push(
      problem(file, `${field}/from`, {
        en: `period starts (${period.from}) after it ends (${period.to})`,
        vi: `Năm đầu (${period.from}) lớn hơn năm cuối (${period.to}).`,
      }),
    );
  if (period.kind === 'asOf') checkDate(period.date, file, `${field}/date`, problems);
}
