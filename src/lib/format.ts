/**
 * Vietnamese formatting of numbers, dates, periods and figures (vi-VN conventions:
 * "1.224", "7,39%", "1,2 triệu", "16/10/2024"). Pure; the locale is a parameter so the
 * English page can reuse the same functions.
 */
import type { PartialDate, Period, Qualifier } from '../schemas/common.ts';

export type Locale = 'vi-VN' | 'en-GB';

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits, useGrouping: 'always' });
    numberFormats.set(key, format);
  }
  return format;
}

const LARGE_UNITS: Record<Locale, ReadonlyArray<readonly [number, string]>> = {
  'vi-VN': [
    [1e9, 'tỷ'],
    [1e6, 'triệu'],
  ],
  'en-GB': [
    [1e9, 'billion'],
    [1e6, 'million'],
  ],
};

/**
 * A number as readers write it: "1.224", "872.128", "7,39". Millions and billions that
 * have at most one decimal when scaled read as words ("1,2 triệu"), as the sources print them.
 */
export function formatNumber(value: number, locale: Locale = 'vi-VN'): string {
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
  const large = LARGE_UNITS[locale].find(([size]) => Math.abs(value) >= size);
  if (large) {
    const [size, word] = large;
    const scaled = value / size;
    const oneDecimal = Math.round(scaled * 10) / 10;
    if (Math.abs(scaled - oneDecimal) < 1e-9) return `${numberFormat(locale, 1).format(oneDecimal)} ${word}`;
  }
  return numberFormat(locale, 2).format(value);
}

/** The full number without words, for tables and downloads: "1.200.000". */
export function formatFullNumber(value: number, locale: Locale = 'vi-VN'): string {
  return numberFormat(locale, 2).format(value);
}

/** "7,39%": Vietnamese writes the percent sign without a space. */
export function formatPercent(value: number, locale: Locale = 'vi-VN'): string {
  return `${numberFormat(locale, 2).format(value)}%`;
}

const QUALIFIER_WORDS: Record<Locale, Record<Qualifier, string>> = {
  'vi-VN': { exact: '', over: 'trên', about: 'khoảng', nearly: 'gần', under: 'dưới' },
  'en-GB': { exact: '', over: 'over', about: 'about', nearly: 'nearly', under: 'under' },
};

/** The word placed before a number: "", "trên" (or the source's "hơn"), "khoảng", "gần", "dưới". */
export function qualifierWord(qualifier: Qualifier, sourceWord?: 'trên' | 'hơn', locale: Locale = 'vi-VN'): string {
  if (qualifier === 'over' && sourceWord && locale === 'vi-VN') return sourceWord;
  return QUALIFIER_WORDS[locale][qualifier];
}

/** "%" and "% mỗi năm" attach to the number without a space: "trên 4% mỗi năm". */
export function isPercent(unit: string): boolean {
  return unit.startsWith('%');
}

/** What a figure needs to be written out. */
export interface FigureLike {
  value: number;
  unit: string;
  qualifier: Qualifier;
  qualifierWord?: 'trên' | 'hơn' | undefined;
  outOf?: number | undefined;
}

/**
 * The value with its qualifier, without the unit: "trên 1,2 triệu", "gần 80%", "123/131".
 */
export function formatFigureValue(figure: FigureLike, locale: Locale = 'vi-VN'): string {
  const word = qualifierWord(figure.qualifier, figure.qualifierWord, locale);
  const number =
    figure.outOf !== undefined
      ? `${formatFullNumber(figure.value, locale)}/${formatFullNumber(figure.outOf, locale)}`
      : isPercent(figure.unit)
        ? formatPercent(figure.value, locale) + figure.unit.slice(1)
        : formatNumber(figure.value, locale);
  return word ? `${word} ${number}` : number;
}

/** The word a target carries wherever its value is named: a plan must never read as a result. */
export const TARGET_WORD = 'mục tiêu';

/** "mục tiêu " before a target's value, nothing before a result's. */
export function kindPrefix(kind: 'result' | 'target' | undefined): string {
  return kind === 'target' ? `${TARGET_WORD} ` : '';
}

/** The whole figure as a sentence fragment: "trên 1,2 triệu lượt người", "7,39%". */
export function formatFigure(figure: FigureLike, locale: Locale = 'vi-VN'): string {
  const value = formatFigureValue(figure, locale);
  return isPercent(figure.unit) ? value : `${value} ${figure.unit}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

const UNKNOWN_YEAR: Record<Locale, string> = { 'vi-VN': 'không rõ năm', 'en-GB': 'year unknown' };
const INFERRED_YEAR: Record<Locale, string> = { 'vi-VN': 'năm suy luận', 'en-GB': 'year inferred' };

/**
 * A date with its precision: "16/10/2024", "10/2024", "năm 2024", "14/09 (không rõ năm)".
 * An inferred year says so: "16/10/2024 (năm suy luận)".
 */
export function formatPartialDate(date: PartialDate, locale: Locale = 'vi-VN'): string {
  const { day, month, year } = date;
  let text: string;
  if (year === null) {
    const known = day !== null && month !== null ? `${pad(day)}/${pad(month)}` : month !== null ? `tháng ${month}` : '';
    return known ? `${known} (${UNKNOWN_YEAR[locale]})` : UNKNOWN_YEAR[locale];
  }
  if (day !== null && month !== null) text = `${pad(day)}/${pad(month)}/${year}`;
  else if (month !== null) text = `${pad(month)}/${year}`;
  else text = locale === 'vi-VN' ? `năm ${year}` : String(year);
  return date.yearInferred ? `${text} (${INFERRED_YEAR[locale]})` : text;
}

/** ISO form of the known part ("2024-10-16", "2024-10", "2024"), or null without a year. */
export function isoPartialDate(date: PartialDate): string | null {
  if (date.year === null) return null;
  if (date.month === null) return String(date.year);
  if (date.day === null) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** "2019–2024", "năm 2021", "tính đến 16/10/2024". */
export function formatPeriod(period: Period, locale: Locale = 'vi-VN'): string {
  if (period.kind === 'range') {
    if (period.from === period.to) return locale === 'vi-VN' ? `năm ${period.from}` : String(period.from);
    return `${period.from}–${period.to}`;
  }
  const date = formatPartialDate(period.date, locale);
  // A year-only point in time reads "năm 2021", not "tính đến năm 2021".
  if (period.date.month === null && period.date.year !== null) return date;
  return locale === 'vi-VN' ? `tính đến ${date}` : `as of ${date}`;
}

/** A sortable key for a period: its last year, or null when no year is known. */
export function periodEndYear(period: Period): number | null {
  return period.kind === 'range' ? period.to : period.date.year;
}
