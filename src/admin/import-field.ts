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
import { formatExcluded, reviewRows, type ReviewRow } from '../lib/figure-extract/review.ts';
import { assistantData } from './checks.ts';
import { createClass, h, plain, type ImmutableMap } from './react.ts';
import { saveSource } from './source-store.ts';

interface Props {
  value: unknown;
  forID: string;
  classNameWrapper: string;
  entry: ImmutableMap | undefined;
  onChange(value: unknown): void;
}

interface State {
  text: string;
  rows: ReviewRow[];
  message: string;
  /** Numbers left out, grouped by why ("ngày tháng: “Ngày 16/10”"), as `npm run import` prints them. */
  excluded: string[];
  /** Names the text puts in quotes after "mô hình", and whether the catalogue has each. */
  models: Array<{ name: string; known: boolean }>;
}

const COLUMNS: Array<[keyof ReviewRow, string]> = [
  ['n', '#'],
  ['value', 'Con số'],
  ['qualifierWord', 'Từ định lượng'],
  ['unit', 'Đơn vị'],
  ['label', 'Tên (gợi ý)'],
  ['sentence', 'Câu trong bài'],
];

const importControl = () =>
  createClass<Props, State>({
    getInitialState() {
      return { text: '', rows: [], message: '', excluded: [], models: [] };
    },
    isValid(value: unknown) {
      const draft = plain(value) as { figures?: unknown[] } | null;
      return draft && Array.isArray(draft.figures) && draft.figures.length > 0
        ? true
        : { error: { message: 'Dán văn bản báo cáo rồi bấm “Đề xuất số liệu”.' } };
    },
    propose() {
      const data = assistantData();
      const code = plain(this.props.entry?.getIn(['data', 'province'])) as string | undefined;
      const province = code ? data?.provinces[code] : undefined;
      if (!data) return this.setState({ rows: [], message: 'Chưa tải xong danh mục: chờ một chút rồi bấm lại.' });
      if (!code || !province) return this.setState({ rows: [], message: 'Chọn tỉnh trước, rồi bấm lại.' });
      const extraction = extractFigures(this.state.text, {
        indicators: data.indicators,
        glossary: data.glossary,
        names: data.modelNames,
      });
      const rows = reviewRows(extraction);
      if (rows.length === 0) return this.setState({ rows, message: 'Không tìm thấy số liệu nào trong văn bản này.' });
      const typedId = plain(this.props.entry?.getIn(['data', 'id']));
      const id = typeof typedId === 'string' && typedId !== '' ? typedId : draftReportId(province.slug, extraction);
      const draft = draftReport(extraction, {
        id,
        province: { code, name: province.name },
        sourceFile: `${TO_FILL} tên tệp nguồn trong kho nguồn`,
        indicators: data.indicators,
      });
      this.props.onChange(draft);
      // The sentences stay in this browser for the review, never in the draft (source-store.ts).
      void saveSource({
        id,
        text: this.state.text,
        sentences: Object.fromEntries(draft.figures.map((f, i) => [f.id, rows[i]?.sentence ?? ''])),
        readAt: new Date().toISOString(),
      });
      // Matched as `npm run import` matches them: case, marks and spacing aside.
      const known = new Set(data.modelNames.map(nameKey));
      this.setState({
        rows,
        excluded: formatExcluded(extraction),
        models: extraction.models.map((m) => ({ name: m.name, known: known.has(nameKey(m.name)) })),
        message: `Đề xuất ${rows.length} số liệu. Bấm “Lưu” để ghi báo cáo nháp ${id}, rồi mở nó trong “Báo cáo nguồn” để xác nhận từng số liệu.`,
      });
    },
    render() {
      const { forID, classNameWrapper } = this.props;
      const { text, rows, message, excluded, models } = this.state;
      return h(
        'div',
        { className: 'antq-import' },
        h('textarea', {
          id: forID,
          className: classNameWrapper,
          rows: 10,
          value: text,
          'aria-labelledby': `${forID}-label`,
          onChange: (event: { target: { value: string } }) => this.setState({ text: event.target.value }),
        }),
        h(
          'button',
          {
            type: 'button',
            className: 'antq-button',
            onClick: () => (this as unknown as { propose(): void }).propose(),
          },
          'Đề xuất số liệu',
        ),
        message ? h('p', { role: 'status' }, message) : null,
        rows.length > 0
          ? h(
              'table',
              { className: 'antq-review' },
              h('caption', null, 'Số liệu đề xuất: đối chiếu với bài trước khi xác nhận'),
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  COLUMNS.map(([key, title]) => h('th', { key, scope: 'col' }, title)),
                ),
              ),
              h(
                'tbody',
                null,
                rows.map((row) =>
                  h(
                    'tr',
                    { key: row.n },
                    COLUMNS.map(([key]) => h('td', { key }, String(row[key]))),
                  ),
                ),
              ),
            )
          : null,
        excluded.length > 0
          ? reviewList(
              'Số không được đề xuất, và vì sao',
              excluded,
              'Xem lướt: nếu có số liệu thật bị bỏ sót, thêm nó vào “Số liệu” của báo cáo nháp.',
            )
          : null,
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

/** A titled list under the review table: what the assistant left out, the model names it found. */
function reviewList(title: string, lines: readonly string[], intro?: string) {
  return h(
    'section',
    { className: 'antq-review-extra' },
    h('h3', null, title),
    intro ? h('p', null, intro) : null,
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
