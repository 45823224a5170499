/**
 * A report's text made ready for reading: one normalised string, its sentences and its
 * quoted spans, all addressed by offsets into that string.
 */
import { escapeRegExp, normalizeVietnamese } from '../text.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

/** A pair of quotation marks and what they enclose. */
export interface Quote extends Span {
  /** The text between the marks, trimmed. */
  inner: string;
  /** Offsets of the inner text. */
  innerStart: number;
  innerEnd: number;
}

export interface PreparedText {
  text: string;
  sentences: Sentence[];
  quotes: Quote[];
}

/** Any mark a report uses to open or close a quotation; reports mix them ("Cụm…” ). */
export const QUOTE_MARKS = '"“”„«»';
const QUOTE_CHAR = new RegExp(`[${QUOTE_MARKS}]`, 'gu');

/** Short words after which a full stop does not end the sentence ("TP. Hà Nội", "Th.S"). */
const ABBREVIATION_BEFORE_STOP = /(?:^|[\s(])(?:TP|Tp|TX|ThS|TS|PGS|GS|ông|bà|St|Q|P)\.$/u;

/**
 * NFC with the project's tone placement; paragraphs are separated by one blank line and the
 * lines of a paragraph joined (reports copied from web pages wrap mid-sentence).
 */
export function normalizeReportText(raw: string): string {
  return normalizeVietnamese(raw)
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\u00A0\t\f\v]/g, ' ')
    .split(/\n[ ]*\n+/)
    .map((paragraph) =>
      paragraph
        .replace(/\s*\n\s*/g, ' ')
        .replace(/ {2,}/g, ' ')
        .trim(),
    )
    .filter((paragraph) => paragraph.length > 0)
    .join('\n\n');
}

function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(/\n\n/g)) {
    spans.push({ start, end: match.index });
    start = match.index + 2;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/**
 * Sentences end at ".", "!", "?" or "…" followed by a space and a capital, a digit or an
 * opening quote, and at every paragraph end.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const trimmed = slice.trim();
    if (trimmed) sentences.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
  };
  for (const paragraph of paragraphs(text)) {
    const body = text.slice(paragraph.start, paragraph.end);
    let start = 0;
    for (const match of body.matchAll(/[.!?…]+(?=\s+[\p{Lu}\d"“(])/gu)) {
      const end = match.index + match[0].length;
      if (match[0] === '.' && ABBREVIATION_BEFORE_STOP.test(body.slice(Math.max(0, match.index - 5), end))) continue;
      push(paragraph.start + start, paragraph.start + end);
      start = end;
    }
    push(paragraph.start + start, paragraph.end);
  }
  return sentences;
}

/** Quotation marks paired in order within each paragraph; an unpaired last mark is ignored. */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  for (const paragraph of paragraphs(text)) {
    const marks = [...text.slice(paragraph.start, paragraph.end).matchAll(QUOTE_CHAR)].map(
      (m) => paragraph.start + m.index,
    );
    for (let i = 0; i + 1 < marks.length; i += 2) {
      const open = marks[i]!;
      const close = marks[i + 1]!;
      const raw = text.slice(open + 1, close);
      const lead = raw.length - raw.trimStart().length;
      const inner = raw.trim();
      quotes.push({
        start: open,
        end: close + 1,
        inner,
        innerStart: open + 1 + lead,
        innerEnd: open + 1 + lead + inner.length,
      });
    }
  }
  return quotes;
}

export function prepareText(raw: string): PreparedText {
  const text = normalizeReportText(raw);
  return { text, sentences: splitSentences(text), quotes: findQuotes(text) };
}

/** Which sentence holds an offset (-1 when none does). */
export function sentenceIndexAt(sentences: readonly Sentence[], index: number): number {
  return sentences.findIndex((s) => within(s, index));
}

/** Whether `index` lies inside `span`. */
export function within(span: Span, index: number): boolean {
  return index >= span.start && index < span.end;
}

/**
 * A pattern matching any of `phrases` as whole words, longest first, case-insensitive,
 * with spaces matching any run of white space.
 */
export function phrasePattern(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|');
}

/** Letters or digits on either side make a match part of a longer word. */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';
