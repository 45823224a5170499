/**
 * What the editor reviews before confirming a draft: each candidate as the page will print it,
 * with its qualifier word, unit, label and the source sentence (for their eyes only: it is
 * never written into content/), then the numbers left out and the model names found.
 */
import { formatFigureValue, kindPrefix } from '../format.ts';
import { EXCLUSION_LABELS, type ExclusionReason } from './exclusions.ts';
import type { Extraction } from './extract.ts';
import type { Sentence } from './prepare.ts';
import type { LeftOut } from './review-state.ts';

export interface ReviewRow {
  /** 1-based, as figures[n - 1] in the draft. */
  n: number;
  /** The value as the page prints it: "hơn 3.000", "123/131", "7,39%". */
  value: string;
  qualifierWord: string;
  unit: string;
  label: string;
  indicator: string;
  /** The source sentence with the figure marked «…». */
  sentence: string;
  /** "= #10 + #12" when parts add up to it. */
  parts: string;
}

const NONE = '–';

/** A sentence with the span [from, to) marked «…». */
function marked(sentence: Sentence, start: number, end: number): string {
  const from = start - sentence.start;
  const to = end - sentence.start;
  return `${sentence.text.slice(0, from)}«${sentence.text.slice(from, to)}»${sentence.text.slice(to)}`;
}

export function reviewRows(extraction: Extraction): ReviewRow[] {
  return extraction.figures.map((figure, i) => {
    const sentence = extraction.sentences[figure.sentence]!;
    const more = figure.sentences.length > 1 ? ` (in ${figure.sentences.length} lần)` : '';
    return {
      n: i + 1,
      value:
        kindPrefix(figure.target ? 'target' : 'result') +
        formatFigureValue({
          value: figure.value,
          unit: figure.unit ?? '',
          qualifier: figure.qualifier,
          qualifierWord: figure.qualifierWord === 'hơn' ? 'hơn' : undefined,
          outOf: figure.outOf,
        }),
      qualifierWord: figure.qualifierWord ?? NONE,
      unit: figure.unit ?? '(chưa rõ)',
      label: figure.label || NONE,
      indicator: figure.indicator?.id ?? NONE,
      sentence: marked(sentence, figure.start, figure.end) + more,
      parts: figure.parts.length > 0 ? `= ${figure.parts.map((p) => `#${p + 1}`).join(' + ')}` : '',
    };
  });
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));

/** A plain-text table: one row per candidate, its sentence on the line below. */
export function formatReviewTable(rows: readonly ReviewRow[]): string {
  const header = {
    n: '#',
    value: 'giá trị',
    qualifierWord: 'từ định lượng',
    unit: 'đơn vị',
    label: 'nhãn (gợi ý)',
    indicator: 'chỉ tiêu (gợi ý)',
  };
  const columns = ['n', 'value', 'qualifierWord', 'unit', 'label', 'indicator'] as const;
  const cell = (row: ReviewRow | typeof header, column: (typeof columns)[number]) =>
    column === 'label' && 'parts' in row && row.parts ? `${row.label} ${row.parts}` : String(row[column]);
  const widths = columns.map((c) => Math.max(...[header, ...rows].map((r) => [...cell(r, c)].length)));
  const line = (row: ReviewRow | typeof header) =>
    columns
      .map((c, i) => pad(cell(row, c), widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.flatMap((row) => [line(row), `    câu: ${row.sentence}`])].join('\n');
}

/** "ngày tháng: “Ngày 16/10”": every number left out, with the words before it, grouped by why. */
export function formatExcluded(extraction: Extraction): string[] {
  const groups = new Map<ExclusionReason, string[]>();
  for (const e of extraction.excluded) groups.set(e.reason, [...(groups.get(e.reason) ?? []), `“${e.context}”`]);
  return [...groups].map(([reason, printed]) => `${EXCLUSION_LABELS[reason]}: ${printed.join(', ')}`);
}

/** Every number left out, with its reason and its sentence, the number marked: the web review lists them. */
export function leftOutNumbers(extraction: Extraction): LeftOut[] {
  return extraction.excluded.map((e) => {
    const sentence = extraction.sentences[e.sentence];
    return {
      printed: e.printed,
      reason: EXCLUSION_LABELS[e.reason],
      context: e.context,
      sentence: sentence && e.start >= sentence.start ? marked(sentence, e.start, e.start + e.printed.length) : '',
    };
  });
}

/** A review sentence cut at its «…» marks, for a page to draw the marked number. */
export function sentenceParts(sentence: string): Array<{ text: string; mark: boolean }> {
  const parts: Array<{ text: string; mark: boolean }> = [];
  let rest = sentence;
  for (let open = rest.indexOf('«'); open >= 0; open = rest.indexOf('«')) {
    const close = rest.indexOf('»', open + 1);
    if (close < 0) break;
    if (open > 0) parts.push({ text: rest.slice(0, open), mark: false });
    parts.push({ text: rest.slice(open + 1, close), mark: true });
    rest = rest.slice(close + 1);
  }
  if (rest !== '') parts.push({ text: rest, mark: false });
  return parts;
}
