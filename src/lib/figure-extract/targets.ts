/**
 * Whether a number is a target rather than a result: the words before it in its clause say
 * it is aimed for ("phấn đấu", "chỉ tiêu", "mục tiêu", "dự kiến") or due by a year after the
 * report ("đến năm 2030"). A report's plan printed as if achieved would overstate it; the
 * editor confirms either way. Only words before the number count: "đạt 100% chỉ tiêu" is a result.
 */
import type { ReportTime } from './periods.ts';

const TARGET_WORDS = /(?:^|[^\p{L}])(?:phấn đấu|chỉ tiêu|mục tiêu|dự kiến|phải đạt)(?![\p{L}\p{M}])/iu;
const BY_YEAR = /(?:^|[^\p{L}])(?:đến|tới|trước)(?: hết)?(?: năm)? (\d{4})(?!\d)/giu;

export function isTarget(before: string, time: ReportTime): boolean {
  // The clause the number stands in: after the last full stop, semicolon or line break.
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('\n')) + 1);
  if (TARGET_WORDS.test(clause)) return true;
  const year = time.date?.year ?? time.period?.to ?? null;
  if (year === null) return false;
  for (const match of clause.matchAll(BY_YEAR)) if (Number(match[1]) > year) return true;
  return false;
}
