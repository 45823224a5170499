/**
 * The import assistant in the web editor: the editor pastes a report's text, the assistant
 * proposes every figure (src/lib/figure-extract, as `npm run import` does), and the field's
 * value becomes the draft report those figures make. The text and its sentences stay in the
 * editor's browser (source-store.ts), for their eyes: the value holds no sentence of the source.
 */
import type CMS from '@sveltia/cms';
import { draftReport, draftReportId } from '../lib/figure-extract/draft.ts';
import { extractFigures } from '../lib/figure-extract/extract.ts';
import { nameKey } from '../lib/figure-extract/model-names.ts';
import { TO_FILL } from '../lib/figure-extract/placeholders.ts';
import { leftOutNumbers, reviewRows } from '../lib/figure-extract/review.ts';
import {
  accept,
  acceptRemaining,
  addLeftOut,
  draftOf,
  editFigure,
  nextOpen,
  reviewProblems,
  setStatus,
  startReview,
  type FigureProblems,
  type LeftOut,
  type Review,
  type ReviewField,
} from '../lib/figure-extract/review-state.ts';
import { assistantData, checkEntry, references } from './checks.ts';
import { acceptButtonId, renderReview } from './import-review.ts';
import { createClass, h, plain, type ImmutableMap } from './react.ts';
import { latestPending, saveSource, type SourceRecord } from './source-store.ts';

interface Props {
  value: unknown;
  forID: string;
  classNameWrapper: string;
  entry: ImmutableMap | undefined;
  onChange(value: unknown): void;
}

interface State {
  text: string;
  review: Review | undefined;
  /** Each figure's sentence, by figure id, the number marked «…». */
  sentences: Record<string, string>;
  message: string;
  notice: string;
  /** Numbers left out, with why, as `npm run import` lists them: each can be taken back in one action. */
  excluded: LeftOut[];
  /** Names the text puts in quotes after "mô hình", and whether the catalogue has each. */
  models: Array<{ name: string; known: boolean }>;
  /** A review this browser kept from before a reload, offered to go on with. */
  pending: SourceRecord | undefined;
  readAt: string;
}

// One check per state of the review (reviews are replaced, never changed): the form draws
// again on every keystroke in the paste box, which changes no figure.
const checked = new WeakMap<Review, { refs: ReturnType<typeof references>; problems: FigureProblems[] }>();

/** The problems of every figure: the review's own, and the project's validation of the draft. */
function problemsOf(review: Review): FigureProblems[] {
  const refs = references();
  const known = checked.get(review);
  if (known && known.refs === refs) return known.problems;
  const draft = draftOf(review);
  const validation = refs
    ? checkEntry(
        { kind: 'report', data: draft as unknown as Record<string, unknown>, path: undefined, isNew: true },
        refs,
      )
    : [];
  const problems = reviewProblems(review, validation);
  checked.set(review, { refs, problems });
  return problems;
}

type Self = {
  props: Props;
  state: State;
  setState(s: Partial<State>, then?: () => void): void;
  update(review: Review, notice?: string, then?: () => void): void;
  propose(): void;
  takeBack(number: LeftOut): void;
};

const importControl = () =>
  createClass<Props, State>({
    getInitialState() {
      return {
        text: '',
        review: undefined,
        sentences: {},
        message: '',
        notice: '',
        excluded: [],
        models: [],
        pending: undefined,
        readAt: '',
      };
    },
    componentDidMount() {
      const self = this as unknown as Self;
      void latestPending().then((pending) => {
        if (pending && !self.state.review) self.setState({ pending });
      });
    },
    isValid(value: unknown) {
      const draft = plain(value) as { figures?: unknown[] } | null;
      return draft && Array.isArray(draft.figures) && draft.figures.length > 0
        ? true
        : { error: { message: 'Dán văn bản báo cáo, bấm “Đề xuất số liệu” và giữ lại ít nhất một số liệu.' } };
    },
    /**
     * A change to the review: the field's value becomes the draft it makes, and the browser keeps
     * it. `then` runs once the change is on screen.
     */
    update(review: Review, notice = '', then?: () => void) {
      const self = this as unknown as Self;
      self.setState({ review, notice }, then);
      self.props.onChange(draftOf(review));
      void saveSource({
        id: review.report.id,
        text: self.state.text,
        sentences: self.state.sentences,
        readAt: self.state.readAt,
        pending: true,
        review,
      });
    },
    /** A left-out number becomes one more figure to review, with its sentence. */
    takeBack(number: LeftOut) {
      const self = this as unknown as Self;
      const review = self.state.review;
      if (!review) return;
      const next = addLeftOut(review, number, assistantData()?.indicators[0]?.id ?? '');
      const added = next.items.at(-1)!.figure.id;
      self.setState({ sentences: { ...self.state.sentences, [added]: number.sentence } }, () => {
        self.update(next, `Đã thêm “${number.printed}” thành số liệu #${next.items.length}: điền đơn vị và tên`);
        setTimeout(() => document.getElementById(`${self.props.forID}-value-${next.items.length}`)?.focus(), 0);
      });
    },
    propose() {
      const self = this as unknown as Self;
      const data = assistantData();
      const code = plain(self.props.entry?.getIn(['data', 'province'])) as string | undefined;
      const province = code ? data?.provinces[code] : undefined;
      if (!data)
        return self.setState({ review: undefined, message: 'Chưa tải xong danh mục: chờ một chút rồi bấm lại.' });
      if (!code || !province) return self.setState({ review: undefined, message: 'Chọn tỉnh trước, rồi bấm lại.' });
      const extraction = extractFigures(self.state.text, {
        indicators: data.indicators,
        glossary: data.glossary,
        names: data.modelNames,
      });
      const rows = reviewRows(extraction);
      if (rows.length === 0)
        return self.setState({ review: undefined, message: 'Không tìm thấy số liệu nào trong văn bản này.' });
      const typedId = plain(self.props.entry?.getIn(['data', 'id']));
      const id = typeof typedId === 'string' && typedId !== '' ? typedId : draftReportId(province.slug, extraction);
      const draft = draftReport(extraction, {
        id,
        province: { code, name: province.name },
        sourceFile: `${TO_FILL} tên tệp nguồn trong kho nguồn`,
        indicators: data.indicators,
      });
      // Matched as `npm run import` matches them: case, marks and spacing aside.
      const known = new Set(data.modelNames.map(nameKey));
      const review = startReview(
        draft,
        extraction.figures.map((f) => f.indicator?.confidence ?? null),
      );
      // The sentences stay in this browser for the review, never in the draft (source-store.ts).
      self.setState(
        {
          sentences: Object.fromEntries(draft.figures.map((f, i) => [f.id, rows[i]?.sentence ?? ''])),
          readAt: new Date().toISOString(),
          pending: undefined,
          excluded: leftOutNumbers(extraction),
          models: extraction.models.map((m) => ({ name: m.name, known: known.has(nameKey(m.name)) })),
          message: `Đề xuất ${rows.length} số liệu cho báo cáo nháp ${id}. Duyệt từng số bên dưới, rồi bấm “Lưu”: số chưa duyệt được lưu là “chờ duyệt”, duyệt tiếp trong “Báo cáo nguồn”.`,
        },
        () => self.update(review),
      );
    },
    render() {
      const self = this as unknown as Self;
      const { forID, classNameWrapper } = self.props;
      const { text, review, message, excluded, models, pending, notice, sentences } = self.state;
      const problems = review ? problemsOf(review) : [];
      /**
       * After an accept or a drop, the focus goes to the next open figure's "Nhận", as soon as the
       * change is committed: within the key press, not on a timer. Until then the focused button
       * is the one just pressed, re-rendered as "Duyệt lại", which a quick second Enter would
       * press.
       */
      const moveOn = (next: Review, index: number) => {
        const following = nextOpen(next, index);
        self.update(next, '', () => {
          if (following >= 0) document.getElementById(acceptButtonId(forID, following))?.focus();
        });
      };
      const actions = {
        edit: (index: number, field: ReviewField, value: string | string[]) =>
          review && self.update(editFigure(review, index, field, value)),
        accept: (index: number) => {
          if (!review) return;
          const next = accept(review, index, problems);
          if (next === review) {
            // Refused: the figure has a problem; the focus goes to its first red box.
            document
              .querySelector<HTMLElement>(`#${CSS.escape(acceptButtonId(forID, index))}`)
              ?.closest('fieldset')
              ?.querySelector<HTMLElement>('[aria-invalid="true"]')
              ?.focus();
            return;
          }
          moveOn(next, index);
        },
        drop: (index: number) => review && moveOn(setStatus(review, index, 'dropped'), index),
        reopen: (index: number) => review && self.update(setStatus(review, index, 'open')),
        acceptRemaining: () => {
          if (!review) return;
          const done = acceptRemaining(review, problems);
          self.update(
            done.review,
            done.left.length > 0
              ? `Nhận thêm ${done.accepted}; còn ${done.left.map((n) => `#${n}`).join(', ')} có chỗ cần sửa`
              : `Nhận thêm ${done.accepted}`,
          );
        },
      };
      return h(
        'div',
        { className: 'antq-import' },
        pending
          ? h(
              'p',
              { className: 'antq-resume' },
              `Trình duyệt này còn giữ một lần duyệt chưa lưu: báo cáo nháp ${pending.id}, đọc lúc ${new Date(pending.readAt).toLocaleString('vi-VN')}. `,
              h(
                'button',
                {
                  type: 'button',
                  className: 'antq-button',
                  onClick: () =>
                    self.setState(
                      {
                        text: pending.text,
                        sentences: pending.sentences,
                        readAt: pending.readAt,
                        pending: undefined,
                        message: `Đã mở lại lần duyệt báo cáo ${pending.id}. Điền lại “Mã báo cáo” và “Tỉnh” ở trên như trước khi lưu.`,
                      },
                      () => self.update(pending.review as Review),
                    ),
                },
                'Duyệt tiếp',
              ),
            )
          : null,
        h('textarea', {
          id: forID,
          className: classNameWrapper,
          rows: 10,
          value: text,
          'aria-labelledby': `${forID}-label`,
          onChange: (event: { target: { value: string } }) => self.setState({ text: event.target.value }),
        }),
        h('button', { type: 'button', className: 'antq-button', onClick: () => self.propose() }, 'Đề xuất số liệu'),
        message ? h('p', { role: 'status' }, message) : null,
        review
          ? renderReview({
              forID,
              review,
              problems,
              sentences: review.items.map((item) => sentences[item.figure.id] ?? ''),
              indicators: assistantData()?.indicators ?? [],
              notice,
              actions,
            })
          : null,
        excluded.length > 0 ? leftOutList(excluded, review, (number) => review && self.takeBack(number)) : null,
        models.length > 0
          ? reviewList(
              'Tên mô hình bài nêu',
              models.map(
                (m) =>
                  `“${m.name}”: ${m.known ? 'đã có trong danh mục' : 'chưa có: tạo mô hình sau khi báo cáo được phát hành'}`,
              ),
            )
          : null,
      );
    },
  });

/** The numbers left out, each with a button that takes it into the review. */
function leftOutList(numbers: readonly LeftOut[], review: Review | undefined, takeBack: (n: LeftOut) => void) {
  return h(
    'section',
    { className: 'antq-review-extra' },
    h('h3', null, 'Số không được đề xuất, và vì sao'),
    h(
      'p',
      null,
      'Xem lướt: nếu một số ở đây thật ra là số liệu, bấm “Thêm làm số liệu” để đưa nó vào danh sách duyệt ở trên.',
    ),
    h(
      'ul',
      null,
      numbers.map((n, i) =>
        h(
          'li',
          { key: i },
          `${n.reason}: “${n.context}” `,
          review
            ? h(
                'button',
                { type: 'button', className: 'antq-button antq-button--small', onClick: () => takeBack(n) },
                `Thêm “${n.printed}” làm số liệu`,
              )
            : null,
        ),
      ),
    ),
  );
}

/** A titled list under the review: the model names the text quotes. */
function reviewList(title: string, lines: readonly string[]) {
  return h(
    'section',
    { className: 'antq-review-extra' },
    h('h3', null, title),
    h(
      'ul',
      null,
      lines.map((line, i) => h('li', { key: i }, line)),
    ),
  );
}

export function registerImportField(cms: typeof CMS): void {
  (cms.registerFieldType as (name: string, control: unknown) => void)('report-import', importControl());
}
