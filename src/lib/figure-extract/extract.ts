/**
 * From a report's text to candidate figures: every number with its qualifier, unit, label,
 * period and suggested indicator, the breakdowns of totals and the quoted model names, for an
 * editor to confirm. Pure: the text and the reference lists come in as data.
 */
import type { Qualifier } from '../../schemas/common.ts';
import { exclusionReason, findNames, type ExclusionReason } from './exclusions.ts';
import { indexIndicators, type IndicatorLike, type IndicatorSuggestion } from './indicators.ts';
import { findModelNames, nameKey, type ModelName } from './model-names.ts';
import { scanNumbers, type NumberToken } from './numbers.ts';
import { findBreakdowns } from './parts.ts';
import {
  findReportDate,
  findReportPeriod,
  periodHints,
  suggestPeriod,
  type PeriodHint,
  type PeriodSuggestion,
  type ReportTime,
} from './periods.ts';
import { prepareText, sentenceIndexAt, type Quote, type Sentence } from './prepare.ts';
import { isTarget } from './targets.ts';
import { qualifierBefore } from './qualifiers.ts';
import { TIME_UNITS } from './lexicon.ts';
import { countNounAfter, unitAfter, unitBefore } from './units.ts';

export interface FigureCandidate {
  value: number;
  /** For a share printed "123/131": the whole (131). */
  outOf?: number;
  /** The number as printed ("05", "1,2 triệu", "123/131"). */
  printed: string;
  qualifier: Qualifier;
  /** The hedge word as printed, lower case ("hơn", "chưa đến"), or null. */
  qualifierWord: string | null;
  /** The noun after the number ("tổ", "lượt người", "%"), or null when the text gives none. */
  unit: string | null;
  /** The thing counted, in the source's words: a guess for the editor. */
  label: string;
  /** Index of the first sentence that prints it. */
  sentence: number;
  /** Indexes of every sentence that prints it (the same figure repeated). */
  sentences: number[];
  /** From the qualifier to the end of the unit, in the prepared text. */
  start: number;
  end: number;
  periodHints: PeriodHint[];
  period: PeriodSuggestion;
  indicator: IndicatorSuggestion | null;
  /** The words before it say it is aimed for, not achieved (targets.ts). */
  target: boolean;
  /** Indexes (into the figures) of the parts that add up to this figure. */
  parts: number[];
}

export interface ExcludedNumber {
  printed: string;
  /** The number with the words just before it ("BCĐ 138", "Đề án 375", "Cục V05"). */
  context: string;
  reason: ExclusionReason;
  sentence: number;
  start: number;
}

export interface Extraction {
  /** The text as read: NFC, paragraphs joined; every offset refers to it. */
  text: string;
  sentences: Sentence[];
  figures: FigureCandidate[];
  /** Numbers that are not figures, with why: the review lists them so nothing is dropped unseen. */
  excluded: ExcludedNumber[];
  models: ModelName[];
  /** The report's date and period as the text gives them. */
  time: ReportTime;
}

export interface GlossaryLike {
  abbr: string;
  expansion: string;
  variants?: readonly string[];
}

export interface ExtractOptions {
  indicators: readonly IndicatorLike[];
  /** Abbreviations: digits inside them ("BCĐ 138") are names, not figures. */
  glossary?: readonly GlossaryLike[];
  /** Other names that may contain digits (known models, organisations). */
  names?: readonly string[];
}

/**
 * Words after which a number word is not a count ("mỗi năm", "các năm", "một số"), and a
 * number just before it ("3 năm mô hình": "năm" is the unit of 3, not five).
 */
const NOT_A_COUNT_BEFORE =
  /(?:^|[^\p{L}\p{M}])(?:mỗi|hằng|hàng|từng|cả|các|những|trong|của|một|nhiều|cuối|đầu|giữa|sang|tới|qua|năm|ngày|tháng) $|\d $/iu;

/** A number written in words is a figure only when a count noun follows it. */
function isCountWord(text: string, token: NumberToken): boolean {
  if (token.form !== 'words') return true;
  // "một" alone is mostly an article ("một mô hình hiệu quả"), not a count.
  if (token.printed.toLowerCase() === 'một') return false;
  const noun = countNounAfter(text, token.end);
  if (!noun) return false;
  if (token.printed.toLowerCase() === 'năm' && TIME_UNITS.includes(noun.noun)) return false;
  return !NOT_A_COUNT_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start));
}

/**
 * The words around a figure that say what it is: its clause (between commas, semicolons or
 * colons), cut short where a neighbouring number begins or ends.
 */
function clauseAround(text: string, sentence: Sentence, start: number, end: number, from: number, to: number): string {
  const head = text.slice(Math.max(sentence.start, from), start);
  const tail = text.slice(end, Math.min(sentence.end, to));
  const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
  const stop = tail.search(/[,;:]/u);
  return `${head.slice(cut)}${text.slice(start, end)}${stop === -1 ? tail : tail.slice(0, stop)}`;
}

const CONTEXT_AFTER = new RegExp(`^\\S*(?: (?:${[...TIME_UNITS, 'tuổi'].join('|')})(?![\\p{L}\\p{M}]))?`, 'u');

/**
 * Up to two words before the number, the rest of its word and a time unit or "tuổi" after it,
 * trimmed of punctuation: "Đề án 375", "Cục V05", "Trong 5 năm".
 */
function excludedContext(text: string, sentence: Sentence, token: NumberToken): string {
  const before = /(?:\S+ ){0,2}\S*$/u.exec(text.slice(sentence.start, token.start))![0];
  const after = CONTEXT_AFTER.exec(text.slice(token.end, sentence.end))![0];
  return `${before}${token.printed}${after}`.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Figures that print the same thing twice (a title repeated in the body) become one. */
function sameFigureKey(f: FigureCandidate): string {
  return [f.value, f.outOf ?? '', f.unit ?? '', f.qualifier, nameKey(f.label)].join('|');
}

export function extractFigures(rawText: string, options: ExtractOptions): Extraction {
  const { text, sentences, quotes } = prepareText(rawText);
  const glossaryNames = (options.glossary ?? []).flatMap((g) => [g.abbr, g.expansion, ...(g.variants ?? [])]);
  const context = { text, quotes, names: findNames(text, [...glossaryNames, ...(options.names ?? [])]) };
  const hintsBySentence = sentences.map((s) => periodHints(s.text));
  const time: ReportTime = { date: findReportDate(text), period: findReportPeriod(text) };
  const indicators = indexIndicators(options.indicators);

  const found: Array<FigureCandidate & { labelEnd: number; numberStart: number; clause: string }> = [];
  const counted = new Set<Quote>();
  const excluded: ExcludedNumber[] = [];
  const tokens = scanNumbers(text).filter((token) => isCountWord(text, token));
  for (const [t, token] of tokens.entries()) {
    const sentenceIndex = sentenceIndexAt(sentences, token.start);
    const sentence = sentences[sentenceIndex]!;
    const reason = exclusionReason(token, context);
    if (reason || Number.isNaN(token.value)) {
      excluded.push({
        printed: token.printed,
        context: excludedContext(text, sentence, token),
        reason: reason ?? 'code',
        sentence: sentenceIndex,
        start: token.start,
      });
      continue;
    }
    const qualifier = qualifierBefore(text, token.start);
    const after = unitAfter(text, token.end, sentence.end, quotes);
    if (after.quote) counted.add(after.quote);
    const guess = after.unit === null ? (unitBefore(text, token.start, sentence.start) ?? after) : after;
    const outOf = token.pieces.length === 2 ? token.pieces[1] : undefined;
    const hints = hintsBySentence[sentenceIndex]!;
    const end = Math.max(after.end, token.end);
    found.push({
      value: token.pieces.length === 2 ? token.pieces[0]! : token.value,
      ...(outOf !== undefined ? { outOf } : {}),
      printed: token.printed,
      qualifier: qualifier.qualifier,
      qualifierWord: qualifier.word,
      unit: guess.unit,
      label: guess.label || (guess.unit ?? ''),
      sentence: sentenceIndex,
      sentences: [sentenceIndex],
      start: qualifier.start,
      end,
      numberStart: token.start,
      labelEnd: Math.max(after.labelEnd, token.end),
      periodHints: hints,
      period: suggestPeriod(hints, token.start - sentence.start, time),
      clause: clauseAround(
        text,
        sentence,
        qualifier.start,
        Math.max(after.labelEnd, token.end),
        tokens[t - 1]?.end ?? 0,
        tokens[t + 1]?.start ?? text.length,
      ),
      indicator: null,
      target: isTarget(text.slice(sentence.start, qualifier.start), time),
      parts: [],
    });
  }

  // "5-7 thành viên", "từ 20 đến 30 hộ": the first number of a range counts what the second does.
  found.forEach((figure, i) => {
    const next = found[i + 1];
    if (figure.unit !== null || !next || next.sentence !== figure.sentence) return;
    if (!/^ *(?:[-–]|đến|tới) *$/u.test(text.slice(figure.end, next.numberStart))) return;
    figure.unit = next.unit;
    figure.label = next.label;
  });

  // "458, chiếm tỷ lệ 458/6195": a share restating the count just printed adds its whole to it.
  const merged = found.filter((figure, i) => {
    if (figure.outOf === undefined) return true;
    const previous = found[i - 1];
    if (!previous || previous.sentence !== figure.sentence || previous.outOf !== undefined) return true;
    if (previous.value !== figure.value || figure.numberStart - previous.end > 40) return true;
    previous.outOf = figure.outOf;
    return false;
  });

  const breakdowns = findBreakdowns(
    text,
    merged.map((f) => ({ ...f, sentence: sentences[f.sentence]! })),
    quotes,
  );

  const kept: FigureCandidate[] = [];
  const keptIndex = new Map<string, number>();
  const position: number[] = [];
  for (const { labelEnd: _labelEnd, numberStart: _numberStart, clause, ...figure } of merged) {
    const key = sameFigureKey(figure);
    const existing = keptIndex.get(key);
    if (existing !== undefined) {
      const first = kept[existing]!;
      if (!first.sentences.includes(figure.sentence)) first.sentences.push(figure.sentence);
      position.push(existing);
      continue;
    }
    keptIndex.set(key, kept.length);
    position.push(kept.length);
    kept.push({ ...figure, indicator: indicators.suggest({ unit: figure.unit, label: figure.label, clause }) });
  }
  for (const [total, parts] of breakdowns) kept[position[total]!]!.parts = parts.map((p) => position[p]!);

  return {
    text,
    sentences,
    figures: kept,
    excluded,
    models: findModelNames(text, quotes, sentences, counted),
    time,
  };
}
