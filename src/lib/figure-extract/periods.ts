/**
 * When a figure holds: hints in its sentence ("trong 5 năm qua", "đến nay", "năm 2022",
 * "giai đoạn 2019-2024"), the report's own date and period, and a suggested period built
 * from them for the editor to confirm.
 */
import type { PartialDate, Period } from '../../schemas/common.ts';
import { DURATION_BEFORE_WORDS, DURATION_HEDGES, RECENT_WORDS } from './lexicon.ts';
import { parseNumberWords } from './numbers.ts';
import { TO_FILL } from './placeholders.ts';

export type PeriodHint =
  | { kind: 'range'; text: string; at: number; from: number; to: number }
  | { kind: 'since'; text: string; at: number; from: number }
  | { kind: 'recent'; text: string; at: number; years: number | null }
  | { kind: 'year'; text: string; at: number; year: number }
  | { kind: 'now'; text: string; at: number };

const HINTS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => Omit<PeriodHint, 'text' | 'at'> | null]> = [
  [
    /(?:giai đoạn|thời kỳ|từ năm|từ) *\(?(\d{4}) *(?:[-–—]|đến|tới) *(?:năm *)?(\d{4})\)?|\((\d{4}) *[-–—] *(\d{4})\)|(\d{4}) *[-–—] *(\d{4})/giu,
    (m) => {
      const from = Number(m[1] ?? m[3] ?? m[5]);
      const to = Number(m[2] ?? m[4] ?? m[6]);
      return from <= to ? { kind: 'range', from, to } : null;
    },
  ],
  [/từ năm (\d{4}) (?:đến|tới) nay/giu, (m) => ({ kind: 'since', from: Number(m[1]) })],
  [
    new RegExp(
      `(?:${DURATION_BEFORE_WORDS.join('|')}) +(?:(?:${DURATION_HEDGES.join('|')}) +)?` +
        `(\\d+|[\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+)?) +năm(?: +(?:${RECENT_WORDS.join('|')}))?(?![\\p{L}\\p{M}])`,
      'giu',
    ),
    (m) => {
      const years = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseNumberWords(m[1]!);
      return years === null ? null : { kind: 'recent', years };
    },
  ],
  [/(?<![\p{L}\p{M}])năm (\d{4})(?!\d)/giu, (m) => ({ kind: 'year', year: Number(m[1]) })],
  [
    /(?<![\p{L}\p{M}])(?:tính đến nay|đến nay|tới nay|hiện nay|hiện tại|hiện có|hiện đang)(?![\p{L}\p{M}])|^Hiện(?= )|(?<=[,;:] )hiện(?= )/gu,
    () => ({ kind: 'now' }),
  ],
];

/** Every period hint in a sentence, in order; a range inside a "since" or "year" is kept once. */
export function periodHints(sentence: string): PeriodHint[] {
  const hints: PeriodHint[] = [];
  for (const [pattern, read] of HINTS) {
    for (const match of sentence.matchAll(pattern)) {
      const hint = read(match as RegExpExecArray);
      const at = match.index;
      const end = at + match[0].length;
      if (!hint || hints.some((h) => at < h.at + h.text.length && end > h.at)) continue;
      hints.push({ ...hint, text: match[0].trim(), at } as PeriodHint);
    }
  }
  return hints.sort((a, b) => a.at - b.at);
}

/** A date as printed near the start of a report ("Ngày 16/10", "17/11/2020 03:06"). */
export function findReportDate(text: string): PartialDate | null {
  const head = text.slice(0, 600);
  const match =
    /(?:(?:Sáng|Chiều|Tối|Trưa) +)?(?:[Nn]gày +)?(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?: +\d{1,2}:\d{2})?(?![\d/])/u.exec(
      head,
    );
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return {
    text: match[0].trim(),
    year: match[3] ? Number(match[3]) : null,
    month,
    day,
    yearInferred: null,
  };
}

/** The span the report reviews: its first year range ("giai đoạn 2019-2024", "(2013 - 2023)"). */
export function findReportPeriod(text: string): { from: number; to: number; text: string } | null {
  const range = periodHints(text).find((h) => h.kind === 'range');
  return range?.kind === 'range' ? { from: range.from, to: range.to, text: range.text } : null;
}

export interface ReportTime {
  date: PartialDate | null;
  period: { from: number; to: number; text: string } | null;
}

export interface PeriodSuggestion {
  period: Period;
  /** Why, in the project's words; the draft adds it to the period's note for the editor. */
  reason: string;
}

const UNKNOWN_DATE: PartialDate = { text: TO_FILL, year: null, month: null, day: null, yearInferred: null };

/** The report's own period: its range, else the moment it was published. */
export function reportPeriod(time: ReportTime): PeriodSuggestion {
  if (time.period)
    return {
      period: { kind: 'range', from: time.period.from, to: time.period.to },
      reason: `bài nêu “${time.period.text}”`,
    };
  return {
    period: { kind: 'asOf', date: time.date ?? UNKNOWN_DATE },
    reason: time.date ? 'bài không nêu giai đoạn; tạm lấy ngày đăng' : 'bài không nêu giai đoạn và ngày đăng',
  };
}

/**
 * A period for a figure from the hints of its sentence: the hint nearest before the number
 * wins, then any hint in the sentence; with none, the report's own period.
 */
export function suggestPeriod(hints: readonly PeriodHint[], offset: number, time: ReportTime): PeriodSuggestion {
  const ordered = [...hints.filter((h) => h.at < offset).reverse(), ...hints.filter((h) => h.at >= offset)];
  const hint = ordered[0];
  const year = time.date?.year ?? time.period?.to ?? null;
  if (!hint) {
    const own = reportPeriod(time);
    return { period: own.period, reason: `câu không nêu thời gian; tạm lấy thời kỳ của cả bài (${own.reason})` };
  }
  const said = `câu có “${hint.text}”`;
  switch (hint.kind) {
    case 'range':
      return { period: { kind: 'range', from: hint.from, to: hint.to }, reason: said };
    case 'year':
      return {
        period: {
          kind: 'asOf',
          date: { text: hint.text, year: hint.year, month: null, day: null, yearInferred: null },
        },
        reason: said,
      };
    case 'since':
      if (year !== null && year >= hint.from)
        return { period: { kind: 'range', from: hint.from, to: year }, reason: `${said}, đến năm của bài` };
      break;
    case 'recent':
      if (time.period && (hint.years === null || time.period.to - time.period.from === hint.years))
        return {
          period: { kind: 'range', from: time.period.from, to: time.period.to },
          reason: `${said}, tức giai đoạn của bài`,
        };
      if (year !== null && hint.years !== null)
        return {
          period: { kind: 'range', from: year - hint.years, to: year },
          reason: `${said}, tính ngược từ năm của bài`,
        };
      break;
    case 'now':
      break;
  }
  return { period: { kind: 'asOf', date: time.date ?? UNKNOWN_DATE }, reason: `${said}; tạm lấy ngày đăng bài` };
}
