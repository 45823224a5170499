/**
 * The editor's review of an imported draft, as data. Each proposed figure is open, accepted or
 * dropped, and can be changed in place. The draft a review makes is what the form saves:
 * accepted figures lose their "proposed" flag, dropped ones are left out, open ones stay
 * proposed (review state the draft carries, which publishing requires to be cleared).
 *
 * A figure's problems come from the project's own validation, run on that draft and passed in,
 * plus what only the review knows: a number box holding text that is not a number yet, a mark
 * left to fill, a part that points at a dropped figure. A figure with a problem is not
 * accepted. Pure: the import assistant (src/admin/import-review.ts) draws it and keeps it.
 */
import type { Figure } from '../../schemas/figure.ts';
import type { Problem } from '../../validation/problems.ts';
import { PLACEHOLDER } from '../../validation/text-rules.ts';
import { readTypedNumber } from '../typed-number.ts';
import type { DraftReport } from './draft.ts';
import type { IndicatorConfidence } from './indicators.ts';

export type ReviewStatus = 'open' | 'accepted' | 'dropped';

/** What the review lets the editor change on a figure, each with its own box. */
const REVIEW_FIELDS = [
  'value',
  'outOf',
  'qualifier',
  'unit',
  'label',
  'indicator',
  'kind',
  'from',
  'to',
  'scope',
  'parts',
] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];

/** Boxes that hold typed numbers: what is typed stays as typed until it reads as a number. */
type NumberField = 'value' | 'outOf' | 'from' | 'to';
const NUMBER_FIELDS: readonly ReviewField[] = ['value', 'outOf', 'from', 'to'];

export interface ReviewItem {
  /** The figure as it will be saved, the editor's changes applied; `proposed` follows the status. */
  figure: Figure;
  status: ReviewStatus;
  /** Text typed in a number box; used in place of the number only while it does not read as one. */
  typed: Partial<Record<NumberField, string>>;
  /** How sure the assistant was of the indicator; null once the editor chose one. */
  confidence: IndicatorConfidence | null;
}

export interface Review {
  /** The draft as the assistant made it; its figures are the items'. */
  report: DraftReport;
  items: ReviewItem[];
}

export type FigureProblems = Partial<Record<ReviewField | 'figure', string>>;

export function startReview(report: DraftReport, confidence: ReadonlyArray<IndicatorConfidence | null>): Review {
  return {
    report,
    items: report.figures.map((figure, i) => ({
      figure,
      status: figure.proposed === true ? 'open' : 'accepted',
      typed: {},
      confidence: confidence[i] ?? null,
    })),
  };
}

const replaceItem = (review: Review, index: number, item: ReviewItem): Review => ({
  ...review,
  items: review.items.map((old, i) => (i === index ? item : old)),
});

/** A period's years, for the "from" and "to" boxes; an "as of" period has none. */
function withYear(figure: Figure, field: 'from' | 'to', year: number): Figure {
  if (figure.period.kind !== 'range') return figure;
  return { ...figure, period: { ...figure.period, [field]: year } };
}

/** One change the editor makes in a box. Number boxes take the text as typed. */
export function editFigure(review: Review, index: number, field: ReviewField, input: string | string[]): Review {
  const item = review.items[index];
  if (!item) return review;
  if (field === 'parts') {
    const parts = Array.isArray(input) ? input : [];
    const { parts: _old, ...rest } = item.figure;
    return replaceItem(review, index, { ...item, figure: parts.length > 0 ? { ...rest, parts } : rest });
  }
  const text = Array.isArray(input) ? input.join(' ') : input;
  if (NUMBER_FIELDS.includes(field)) {
    const numberField = field as NumberField;
    const read = readTypedNumber(text);
    // The box keeps showing what was typed ("7,3" on the way to "7,39"), read or not.
    const typed = { ...item.typed, [numberField]: text };
    if (field === 'outOf' && text.trim() === '') {
      const { outOf: _gone, ...figure } = item.figure;
      const { outOf: _text, ...rest } = typed;
      return replaceItem(review, index, { ...item, figure, typed: rest });
    }
    if (!read.ok) return replaceItem(review, index, { ...item, typed });
    const figure =
      field === 'from' || field === 'to'
        ? withYear(item.figure, field, read.value)
        : { ...item.figure, [field]: read.value };
    return replaceItem(review, index, { ...item, figure, typed });
  }
  if (field === 'indicator')
    return replaceItem(review, index, { ...item, figure: { ...item.figure, indicator: text }, confidence: null });
  if (field === 'kind') {
    const { kind: _old, ...rest } = item.figure;
    return replaceItem(review, index, { ...item, figure: text === 'target' ? { ...rest, kind: 'target' } : rest });
  }
  if (field === 'qualifier') {
    const { qualifierWord: _word, ...rest } = item.figure;
    return replaceItem(review, index, { ...item, figure: { ...rest, qualifier: text as Figure['qualifier'] } });
  }
  return replaceItem(review, index, { ...item, figure: { ...item.figure, [field]: text } });
}

export function setStatus(review: Review, index: number, status: ReviewStatus): Review {
  const item = review.items[index];
  return item ? replaceItem(review, index, { ...item, status }) : review;
}

/** The figure as saved: typed text that is not a number is kept as text, so saving refuses it. */
function savedFigure(item: ReviewItem): Figure {
  const { proposed: _flag, ...figure } = item.figure as Figure & Record<string, unknown>;
  const typed = Object.fromEntries(
    Object.entries(item.typed).filter(([, text]) => !readTypedNumber(text).ok),
  ) as ReviewItem['typed'];
  const out: Record<string, unknown> = { ...figure };
  if (typed.value !== undefined) out['value'] = typed.value;
  if (typed.outOf !== undefined) out['outOf'] = typed.outOf;
  if ((typed.from !== undefined || typed.to !== undefined) && figure.period.kind === 'range')
    out['period'] = {
      ...figure.period,
      ...(typed.from !== undefined ? { from: typed.from } : {}),
      ...(typed.to !== undefined ? { to: typed.to } : {}),
    };
  return (item.status === 'open' ? { ...out, proposed: true } : out) as Figure;
}

/** The draft report the review makes, as the form saves it. */
export function draftOf(review: Review): DraftReport {
  return { ...review.report, figures: review.items.filter((i) => i.status !== 'dropped').map(savedFigure) };
}

/** The box a validation problem at "/figures/3/period/from" belongs to. */
function boxOf(segments: readonly string[]): ReviewField | 'figure' {
  const [field, sub] = segments;
  if (field === 'period') return sub === 'from' || sub === 'to' ? sub : 'figure';
  if (field === 'qualifierWord') return 'qualifier';
  // "from" and "to" are a period's, handled above; a figure has no field of those names.
  return (REVIEW_FIELDS as readonly string[]).includes(field ?? '') ? (field as ReviewField) : 'figure';
}

const FILL: Partial<Record<ReviewField, string>> = {
  unit: 'Điền đơn vị như bài in (“tổ”, “lượt người”, “%”).',
  label: 'Điền tên thứ được đếm.',
  scope: 'Điền phạm vi: nơi số liệu áp dụng (“toàn tỉnh”, “huyện Cao Phong”).',
};

/**
 * Every figure's problems, by box: the typed text first, then what the review alone knows,
 * then the validation's own message for the figure's path in the draft.
 */
export function reviewProblems(review: Review, validation: readonly Problem[]): FigureProblems[] {
  const kept = review.items.flatMap((item, i) => (item.status === 'dropped' ? [] : [i]));
  const dropped = new Map(
    review.items.flatMap((item, i) => (item.status === 'dropped' ? [[item.figure.id, i + 1] as const] : [])),
  );
  const problems: FigureProblems[] = review.items.map(() => ({}));
  const add = (i: number, box: ReviewField | 'figure', message: string) => {
    const own = problems[i]!;
    if (own[box] === undefined) own[box] = message;
  };
  review.items.forEach((item, i) => {
    if (item.status === 'dropped') return;
    for (const [box, text] of Object.entries(item.typed) as Array<[NumberField, string]>) {
      const read = readTypedNumber(text);
      if (!read.ok) add(i, box, read.message);
    }
    for (const box of ['unit', 'label', 'scope'] as const) {
      const value = item.figure[box];
      if (value.trim() === '' || PLACEHOLDER.test(value)) add(i, box, FILL[box]!);
    }
    const gone = (item.figure.parts ?? []).flatMap((id) => (dropped.has(id) ? [`#${dropped.get(id)}`] : []));
    if (gone.length > 0)
      add(i, 'parts', `Phần ${gone.join(', ')} đã bị bỏ: lấy lại số liệu đó, hoặc bỏ liên kết các phần của số này.`);
  });
  // A part whose number box holds no number yet is no figure to the validation, which would
  // call it missing: said here, on the total, as what it is.
  const byId = new Map(review.items.map((item, i) => [item.figure.id, i]));
  review.items.forEach((item, i) => {
    if (item.status === 'dropped') return;
    const waiting = (item.figure.parts ?? []).flatMap((id) => {
      const part = byId.get(id);
      return part !== undefined && hasProblem(problems[part]) ? [`#${part + 1}`] : [];
    });
    if (waiting.length > 0)
      add(i, 'parts', `Phần ${waiting.join(', ')} còn chỗ cần sửa: sửa phần đó trước, rồi tổng được kiểm tra.`);
  });
  for (const p of validation) {
    const match = /^\/figures\/(\d+)\/(.+)$/u.exec(p.field);
    const i = match ? kept[Number(match[1])] : undefined;
    if (i === undefined || !match) continue;
    const segments = match[2]!.split('/');
    // "Not accepted yet" is what the review is for, not a problem of the figure.
    if (segments[0] === 'proposed') continue;
    add(i, boxOf(segments), p.vi);
  }
  return problems;
}

export const hasProblem = (problems: FigureProblems | undefined): boolean =>
  problems !== undefined && Object.values(problems).some((m) => m !== undefined && m !== '');

/** Accepts one figure, unless it has a problem: then it stays open and the problem says why. */
export function accept(review: Review, index: number, problems: readonly FigureProblems[]): Review {
  return hasProblem(problems[index]) ? review : setStatus(review, index, 'accepted');
}

/** Accepts every open figure without a problem; those with one stay open, listed by number. */
export function acceptRemaining(
  review: Review,
  problems: readonly FigureProblems[],
): { review: Review; accepted: number; left: number[] } {
  let accepted = 0;
  const left: number[] = [];
  const items = review.items.map((item, i): ReviewItem => {
    if (item.status !== 'open') return item;
    if (hasProblem(problems[i])) {
      left.push(i + 1);
      return item;
    }
    accepted++;
    return { ...item, status: 'accepted' };
  });
  return { review: { ...review, items }, accepted, left };
}

/** The next open figure after `index`, wrapping round; -1 when none is open. */
export function nextOpen(review: Review, index: number): number {
  const n = review.items.length;
  for (let step = 1; step <= n; step++) {
    const i = (index + step) % n;
    if (review.items[i]?.status === 'open') return i;
  }
  return -1;
}

export function counts(review: Review): Record<ReviewStatus, number> {
  const tally: Record<ReviewStatus, number> = { open: 0, accepted: 0, dropped: 0 };
  for (const item of review.items) tally[item.status]++;
  return tally;
}

/** A number the assistant left out, as the review offers it back to the editor. */
export interface LeftOut {
  /** The number as printed ("2019-2024", "Đề án 246" gives "246"). */
  printed: string;
  /** Why it was left out, in the editor's words ("giai đoạn"). */
  reason: string;
  /** Its words in context, as the list shows them. */
  context: string;
  /** Its sentence with the number marked «…». */
  sentence: string;
}

/**
 * Takes a left-out number into the review as one more open figure, in one action: its value as
 * printed (in the number box, refused there until it reads as a number), the report's period,
 * and the unit and label left for the editor to write.
 */
export function addLeftOut(review: Review, number: LeftOut, indicator: string): Review {
  const taken = new Set(review.items.map((i) => i.figure.id));
  let n = 1;
  while (taken.has(`${review.report.id}-them-${n}`)) n++;
  const read = readTypedNumber(number.printed);
  const figure: Figure = {
    id: `${review.report.id}-them-${n}`,
    proposed: true,
    indicator,
    label: '',
    value: read.ok ? read.value : 0,
    unit: '',
    qualifier: 'exact',
    period: review.report.period,
    scope: 'toàn tỉnh',
  };
  const item: ReviewItem = {
    figure,
    status: 'open',
    typed: read.ok ? {} : { value: number.printed },
    confidence: null,
  };
  return { ...review, items: [...review.items, item] };
}
