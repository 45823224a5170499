/**
 * The review view of the import assistant: each proposed figure beside its source sentence, the
 * number marked, with its value, qualifier, unit, label, indicator, kind, period and scope
 * editable in place, and one action to accept it as it stands or to drop it. Accepting moves
 * the focus to the next open figure's "Nhận" button, so Enter, Enter, Enter reviews a report
 * from the keyboard. The state and its rules are src/lib/figure-extract/review-state.ts.
 */
import { QUALIFIER_LABELS } from '../schemas/common.ts';
import { formatFigure, kindPrefix } from '../lib/format.ts';
import type { IndicatorConfidence } from '../lib/figure-extract/indicators.ts';
import { sentenceParts } from '../lib/figure-extract/review.ts';
import {
  counts,
  hasProblem,
  type FigureProblems,
  type Review,
  type ReviewField,
  type ReviewItem,
} from '../lib/figure-extract/review-state.ts';
import { showTypedNumber } from '../lib/typed-number.ts';
import { h } from './react.ts';

export interface ReviewActions {
  edit(index: number, field: ReviewField, value: string | string[]): void;
  accept(index: number): void;
  drop(index: number): void;
  reopen(index: number): void;
  acceptRemaining(): void;
}

export interface ReviewView {
  /** The form field's id: every box's id starts with it. */
  forID: string;
  review: Review;
  problems: readonly FigureProblems[];
  /** Each figure's source sentence, the number marked «…». */
  sentences: readonly string[];
  indicators: ReadonlyArray<{ id: string; name: string }>;
  /** What the last "accept the remaining" did, said to the editor. */
  notice: string;
  actions: ReviewActions;
}

const CONFIDENCE: Record<IndicatorConfidence, string> = {
  high: 'máy khá chắc: chỉ tiêu này đếm đúng đơn vị của số',
  medium: 'máy phân vân: có chỉ tiêu khác cũng gần',
  low: 'máy đoán yếu: hãy chọn lại nếu không đúng',
};

const STATUS: Record<ReviewItem['status'], string> = {
  open: 'Chờ duyệt',
  accepted: 'Đã nhận',
  dropped: 'Đã bỏ',
};

/** The id of figure n's "Nhận" button, for the focus to move to. */
export const acceptButtonId = (forID: string, index: number): string => `${forID}-nhan-${index + 1}`;

function printed(item: ReviewItem): string {
  const f = item.figure;
  return (
    kindPrefix(f.kind) +
    formatFigure({
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      qualifierWord: f.qualifierWord,
      outOf: f.outOf,
    })
  );
}

/** A labelled box with its message below, tied to it for screen readers. */
function box(
  id: string,
  label: string,
  control: (attrs: Record<string, unknown>) => unknown,
  message: string | undefined,
  wide = false,
  hint?: string,
) {
  const messageId = `${id}-loi`;
  const hintId = `${id}-goi-y`;
  const described = [message ? messageId : '', hint ? hintId : ''].filter(Boolean).join(' ');
  return h(
    'div',
    { className: wide ? 'antq-box antq-box--wide' : 'antq-box' },
    h('label', { htmlFor: id }, label),
    control({
      id,
      'aria-invalid': message ? 'true' : undefined,
      'aria-describedby': described || undefined,
    }),
    message ? h('p', { id: messageId, className: 'antq-field-error' }, message) : null,
    hint ? h('p', { id: hintId, className: 'antq-note' }, hint) : null,
  );
}

function textBox(view: ReviewView, index: number, field: ReviewField, label: string, value: string, wide = false) {
  const id = `${view.forID}-${field}-${index + 1}`;
  return box(
    id,
    label,
    (attrs) =>
      h('input', {
        ...attrs,
        type: 'text',
        value,
        autoComplete: 'off',
        inputMode: ['value', 'outOf', 'from', 'to'].includes(field) ? 'decimal' : undefined,
        onChange: (event: { target: { value: string } }) => view.actions.edit(index, field, event.target.value),
      }),
    view.problems[index]?.[field],
    wide,
  );
}

function selectBox(
  view: ReviewView,
  index: number,
  field: ReviewField,
  label: string,
  value: string,
  options: ReadonlyArray<[string, string]>,
  hint?: string,
) {
  const id = `${view.forID}-${field}-${index + 1}`;
  return box(
    id,
    label,
    (attrs) =>
      h(
        'select',
        {
          ...attrs,
          value,
          onChange: (event: { target: { value: string } }) => view.actions.edit(index, field, event.target.value),
        },
        options.map(([v, text]) => h('option', { key: v, value: v }, text)),
      ),
    view.problems[index]?.[field],
    field === 'indicator',
    hint,
  );
}

const typedOr = (item: ReviewItem, field: 'value' | 'outOf' | 'from' | 'to', value: number | undefined) =>
  item.typed[field] ?? (value === undefined ? '' : showTypedNumber(value, field === 'from' || field === 'to'));

function periodBoxes(view: ReviewView, index: number, item: ReviewItem) {
  const period = item.figure.period;
  if (period.kind === 'range')
    return [
      textBox(view, index, 'from', 'Từ năm', typedOr(item, 'from', period.from)),
      textBox(view, index, 'to', 'Đến năm', typedOr(item, 'to', period.to)),
    ];
  return [h('p', { key: 'asof', className: 'antq-box antq-note' }, `Thời kỳ: tại thời điểm “${period.date.text}”.`)];
}

function partsLine(view: ReviewView, index: number, item: ReviewItem) {
  const parts = item.figure.parts;
  if (!parts || parts.length === 0) return null;
  const number = (id: string) => view.review.items.findIndex((i) => i.figure.id === id) + 1;
  const message = view.problems[index]?.parts;
  return h(
    'div',
    { className: 'antq-box antq-box--wide' },
    h('p', null, `Là tổng của: ${parts.map((id) => `#${number(id)}`).join(' + ')}.`),
    message ? h('p', { className: 'antq-field-error', role: 'alert' }, message) : null,
    h(
      'button',
      { type: 'button', className: 'antq-button', onClick: () => view.actions.edit(index, 'parts', []) },
      'Bỏ liên kết các phần',
    ),
  );
}

function figureFields(view: ReviewView, index: number, item: ReviewItem) {
  const f = item.figure;
  const indicatorHint = item.confidence ? `Gợi ý: ${CONFIDENCE[item.confidence]}.` : undefined;
  return h(
    'div',
    { className: 'antq-fig-fields' },
    textBox(view, index, 'value', 'Con số', typedOr(item, 'value', f.value)),
    f.outOf !== undefined || item.typed.outOf !== undefined
      ? textBox(view, index, 'outOf', 'Trên tổng số', typedOr(item, 'outOf', f.outOf))
      : null,
    selectBox(view, index, 'qualifier', 'Từ định lượng', f.qualifier, Object.entries(QUALIFIER_LABELS)),
    textBox(view, index, 'unit', 'Đơn vị', f.unit),
    textBox(view, index, 'label', 'Tên thứ được đếm', f.label, true),
    selectBox(
      view,
      index,
      'indicator',
      'Chỉ tiêu',
      f.indicator,
      view.indicators.map((i) => [i.id, `${i.name} (${i.id})`]),
      indicatorHint,
    ),
    selectBox(view, index, 'kind', 'Kết quả hay mục tiêu', f.kind ?? 'result', [
      ['result', 'Kết quả đã đạt'],
      ['target', 'Mục tiêu, chỉ tiêu đề ra'],
    ]),
    ...periodBoxes(view, index, item),
    textBox(view, index, 'scope', 'Phạm vi', f.scope, true),
    partsLine(view, index, item),
    view.problems[index]?.figure ? h('p', { className: 'antq-field-error' }, view.problems[index]?.figure) : null,
  );
}

function figureActions(view: ReviewView, index: number, item: ReviewItem) {
  const n = index + 1;
  const button = (id: string | undefined, label: string, onClick: () => void, primary = false) =>
    h(
      'button',
      { id, type: 'button', className: primary ? 'antq-button antq-button--primary' : 'antq-button', onClick },
      label,
    );
  if (item.status === 'open')
    return h(
      'div',
      { className: 'antq-fig-actions' },
      button(acceptButtonId(view.forID, index), `Nhận #${n}`, () => view.actions.accept(index), true),
      button(undefined, `Bỏ #${n}`, () => view.actions.drop(index)),
      hasProblem(view.problems[index]) ? h('span', { className: 'antq-note' }, 'Sửa chỗ báo đỏ rồi nhận.') : null,
    );
  return h(
    'div',
    { className: 'antq-fig-actions' },
    button(undefined, item.status === 'dropped' ? `Lấy lại #${n}` : `Duyệt lại #${n}`, () =>
      view.actions.reopen(index),
    ),
  );
}

function figureCard(view: ReviewView, index: number) {
  const item = view.review.items[index]!;
  const sentence = view.sentences[index] ?? '';
  return h(
    'li',
    { key: item.figure.id, className: `antq-fig antq-fig--${item.status}` },
    h(
      'fieldset',
      null,
      h('legend', null, `#${index + 1} · ${STATUS[item.status]} · ${printed(item)}`),
      sentence
        ? h(
            'blockquote',
            { className: 'antq-sentence' },
            sentenceParts(sentence).map((part, i) => (part.mark ? h('mark', { key: i }, part.text) : part.text)),
          )
        : null,
      item.status === 'dropped' ? null : figureFields(view, index, item),
      figureActions(view, index, item),
    ),
  );
}

/** The whole review: a count, "accept the remaining", then one card per figure. */
export function renderReview(view: ReviewView) {
  const tally = counts(view.review);
  return h(
    'section',
    { className: 'antq-review-figures', 'aria-labelledby': `${view.forID}-duyet` },
    h('h3', { id: `${view.forID}-duyet` }, 'Duyệt số liệu'),
    h(
      'p',
      null,
      'Đối chiếu từng số với câu trong bài. Đúng thì bấm “Nhận” (Enter khi nút đang được chọn: nhận rồi chuyển sang số kế tiếp); sửa ngay trong ô nếu cần; không phải số liệu thì “Bỏ”.',
    ),
    h(
      'div',
      { className: 'antq-review-bar' },
      h(
        'p',
        { role: 'status' },
        `Đã nhận ${tally.accepted} · Đã bỏ ${tally.dropped} · Còn ${tally.open} chờ duyệt`,
        view.notice ? ` · ${view.notice}` : '',
      ),
      tally.open > 0
        ? h(
            'button',
            { type: 'button', className: 'antq-button', onClick: () => view.actions.acceptRemaining() },
            `Nhận tất cả ${tally.open} số liệu còn lại`,
          )
        : null,
    ),
    h(
      'ol',
      { className: 'antq-figs' },
      view.review.items.map((_, i) => figureCard(view, i)),
    ),
  );
}
