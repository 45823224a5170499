/**
 * Numbers that are not figures: times, dates, years, periods, document numbers, ages,
 * section or version codes, and digits that are part of a name. Each rule says why, so
 * the review can list every number it leaves out.
 */
import {
  DOCUMENT_NOUNS,
  DURATION_BEFORE_WORDS,
  DURATION_HEDGES,
  NAMED_BY_NUMBER,
  RECENT_WORDS,
  TIME_UNITS,
} from './lexicon.ts';
import type { NumberToken } from './numbers.ts';
import { phrasePattern, WORD_END, WORD_START, within, type Quote, type Span } from './prepare.ts';
import { escapeRegExp } from '../text.ts';
import { countNounAfter } from './units.ts';

export type ExclusionReason =
  'time' | 'date' | 'year' | 'period' | 'duration' | 'document' | 'age' | 'code' | 'ordinal' | 'name';

export interface ExclusionContext {
  text: string;
  quotes: readonly Quote[];
  /** Where known names that contain digits occur ("BCĐ 138", a model's name). */
  names: readonly Span[];
}

/** A quotation this short is a name or a slogan, not reported speech. */
const NAME_MAX_WORDS = 16;

const DATE_WORD_BEFORE = /(?:^|[^\p{L}\p{M}])(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|hạn) *$/iu;
const YEAR_WORD_BEFORE = /(?:^|[^\p{L}\p{M}])(?:năm|từ|đến|tới|giai đoạn|niên khóa|khóa|nhiệm kỳ|thời kỳ) *\(?$/iu;
const MONTH_OR_DAY_BEFORE = /(?:^|[^\p{L}\p{M}])(?:tháng|ngày|mùng|mồng|quý) *$/iu;
const ORDINAL_BEFORE = /(?:^|[^\p{L}\p{M}])thứ *$/iu;
const YEAR_RANGE_AFTER = /^ *[-–—] *\d{4}(?!\d)/u;
const YEAR_RANGE_BEFORE = /\d{4} *[-–—] *$/u;
const YEAR_SPAN_AFTER = /^ +(?:đến|tới) +(?:năm +)?\d{4}(?!\d)/iu;
const YEAR_SPAN_BEFORE = /(?:^|[^\p{L}\p{M}])từ +(?:năm +)?\d{4} +(?:đến|tới) +(?:năm +)?$/iu;
/** "123/QĐ-UBND", "09-CT/TW": a document's number and the code of who issued it. */
const DOCUMENT_CODE_AFTER = /^(?:\/\p{L}|-\p{Lu}+\/)/u;
const DOCUMENT_BEFORE = new RegExp(
  `${WORD_START}(?:${phrasePattern(DOCUMENT_NOUNS)})(?: +số| +[\\p{L}\\p{M}]+(?: +[\\p{L}\\p{M}]+){0,2} +số)? *$`,
  'iu',
);
const NAMED_BEFORE = new RegExp(
  `${WORD_START}(?<!(?:mỗi|từng|một|bình quân|trung bình) )(?:${phrasePattern(NAMED_BY_NUMBER)}) +(?:số +)?$`,
  'iu',
);
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}\p{M}])\p{Lu}{2,}\)? *$/u;
const AGE_AFTER = /^(?: *(?:[-–]|đến|tới) *\d+)? +tuổi(?![\p{L}\p{M}])/iu;
const AGE_BEFORE = /(?:^|[^\p{L}\p{M}])(?:độ tuổi|lứa tuổi|tuổi)(?: +từ)? *$/iu;
const DURATION_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{M}])(?:${DURATION_BEFORE_WORDS.join('|')}) +(?:(?:${DURATION_HEDGES.join('|')}) +)?$`,
  'iu',
);
const TIME_UNIT_AFTER = new RegExp(`^ +(?:${TIME_UNITS.join('|')})${WORD_END}`, 'iu');
const RECENT_AFTER = new RegExp(`^ +(?:${TIME_UNITS.join('|')}) +(?:${RECENT_WORDS.join('|')})${WORD_END}`, 'iu');
const MEASURE_SUFFIX = /^(?:km|m|ha|kg|g|l|t|%)(?![\p{L}])/iu;

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

/** Occurrences of the digit-bearing names in `text` (glossary abbreviations, model names…). */
export function findNames(text: string, names: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const name of new Set(names.filter((n) => /\d/.test(n)))) {
    const pattern = new RegExp(`${WORD_START}${escapeRegExp(name).replace(/ /g, ' +')}${WORD_END}`, 'giu');
    for (const match of text.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Why `token` is not a figure, or null when it may be one. */
export function exclusionReason(token: NumberToken, context: ExclusionContext): ExclusionReason | null {
  const { text } = context;
  const before = text.slice(Math.max(0, token.start - 60), token.start);
  const after = text.slice(token.end, token.end + 60);

  if (context.names.some((span) => token.start >= span.start && token.end <= span.end)) return 'name';
  const quote = context.quotes.find((q) => within(q, token.start));
  if (quote && quote.inner.split(/\s+/).length <= NAME_MAX_WORDS) return 'name';
  if (AGE_AFTER.test(after) || AGE_BEFORE.test(before)) return 'age';
  if (DURATION_BEFORE.test(before) && TIME_UNIT_AFTER.test(after)) return 'duration';
  if (RECENT_AFTER.test(after)) return 'duration';
  if (token.form === 'words') return null;

  if (/^:\d{2}/.test(after) || /\d:$/.test(before) || /^h\d{2}/i.test(after)) return 'time';
  if (DOCUMENT_CODE_AFTER.test(after)) return 'document';
  if (token.pieces.length >= 3) return 'date';
  if (token.pieces.length === 2) {
    const [a = NaN, b = NaN] = token.pieces;
    if (isYear(b) && a >= 1 && a <= 12) return 'date';
    const dayMonth = Number.isInteger(a) && Number.isInteger(b) && a >= 1 && a <= 31 && b >= 1 && b <= 12;
    if (dayMonth && (DATE_WORD_BEFORE.test(before) || !countNounAfter(text, token.end))) return 'date';
    if (!(a <= b)) return 'code';
    return null;
  }
  if (token.codeLike) return 'code';
  if (/^\d{4}$/.test(token.printed) && isYear(token.value)) {
    if (YEAR_RANGE_AFTER.test(after) || YEAR_RANGE_BEFORE.test(before)) return 'period';
    if (YEAR_SPAN_AFTER.test(after) && /(?:^|[^\p{L}\p{M}])từ +(?:năm +)?$/iu.test(before)) return 'period';
    if (YEAR_SPAN_BEFORE.test(before)) return 'period';
    if (YEAR_WORD_BEFORE.test(before) || !countNounAfter(text, token.end)) return 'year';
  }
  if (MONTH_OR_DAY_BEFORE.test(before) && token.value <= 31) return 'date';
  if (ORDINAL_BEFORE.test(before)) return 'ordinal';
  if (DOCUMENT_BEFORE.test(before) && !countNounAfter(text, token.end)) return 'document';
  if (/[\p{L}\p{M}]$/u.test(before) || (/^[\p{L}]/u.test(after) && !MEASURE_SUFFIX.test(after))) return 'name';
  if (ABBREVIATION_BEFORE.test(before) || NAMED_BEFORE.test(before)) return 'name';
  return null;
}

/** Vietnamese words for the review: why a number was left out. */
export const EXCLUSION_LABELS: Readonly<Record<ExclusionReason, string>> = {
  time: 'giờ',
  date: 'ngày tháng',
  year: 'năm',
  period: 'giai đoạn',
  duration: 'mốc thời gian',
  document: 'số hiệu văn bản',
  age: 'tuổi',
  code: 'mã số, tiêu chí',
  ordinal: 'số thứ tự',
  name: 'một phần của tên',
};
