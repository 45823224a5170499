/**
 * Previews beside the form, drawn with the site's own stylesheet: an article as its page
 * shows it (title, lead, body with figures, model cards and charts resolved), a model as its
 * card, a report with its figures as the page prints them.
 */
import type CMS from '@sveltia/cms';
import { formatFigure } from '../lib/format.ts';
import { sentenceParts } from '../lib/figure-extract/review.ts';
import { createClass, h, plain, type ImmutableMap } from './react.ts';
import { loadSource, type SourceRecord } from './source-store.ts';

interface PreviewProps {
  entry: ImmutableMap;
  widgetFor(name: string): unknown;
}

interface SourceState {
  /** The draft whose source was asked for. */
  sourceFor: string;
  source: SourceRecord | undefined;
}

const data = (props: PreviewProps, key: string): unknown => plain(props.entry.getIn(['data', key]));
const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function registerPreviews(cms: typeof CMS, siteStylesheet: string): void {
  cms.registerPreviewStyle(siteStylesheet);
  const register = cms.registerPreviewTemplate as (name: string, component: unknown) => void;
  register(
    'articles',
    createClass<PreviewProps>({
      render() {
        return h(
          'main',
          { className: 'article-page' },
          h(
            'article',
            { className: 'prose' },
            h('h1', null, text(data(this.props, 'title')) || 'Chưa có tiêu đề'),
            h('p', { className: 'lede' }, text(data(this.props, 'description'))),
            this.props.widgetFor('body'),
          ),
        );
      },
    }),
  );
  register(
    'models',
    createClass<PreviewProps>({
      render() {
        return h(
          'main',
          null,
          h('h1', null, text(data(this.props, 'name')) || 'Chưa có tên'),
          h('p', { className: 'lede' }, text(data(this.props, 'summary'))),
        );
      },
    }),
  );
  register(
    'reports',
    createClass<PreviewProps, SourceState>({
      getInitialState() {
        return { sourceFor: '', source: undefined };
      },
      // The text the assistant read stays in this browser (source-store.ts): loaded once per
      // draft, it shows each figure beside its sentence.
      loadSourceOnce() {
        const id = text(data(this.props, 'id'));
        if (this.state.sourceFor === id) return;
        this.setState({ sourceFor: id, source: undefined });
        void loadSource(id).then((source) => {
          if (this.state.sourceFor === id) this.setState({ source });
        });
      },
      componentDidMount() {
        (this as unknown as { loadSourceOnce(): void }).loadSourceOnce();
      },
      componentDidUpdate() {
        (this as unknown as { loadSourceOnce(): void }).loadSourceOnce();
      },
      render() {
        const figures = (data(this.props, 'figures') as Array<Record<string, unknown>> | undefined) ?? [];
        const source = this.state.source;
        return h(
          'main',
          null,
          h('h1', null, text(data(this.props, 'title')) || text(data(this.props, 'name')) || 'Báo cáo mới'),
          h('p', { className: 'lede' }, text(data(this.props, 'summary'))),
          source
            ? h(
                'p',
                { className: 'muted small' },
                `Câu trong bài lấy từ văn bản đã dán vào trợ lý nhập lúc ${new Date(source.readAt).toLocaleString('vi-VN')}; chỉ trình duyệt này giữ, không lưu vào kho.`,
              )
            : null,
          h(
            'ul',
            { className: 'antq-figure-review' },
            figures.map((f, i) => {
              const value = typeof f['value'] === 'number' ? f['value'] : NaN;
              const shown = Number.isFinite(value)
                ? formatFigure({
                    value,
                    unit: text(f['unit']),
                    qualifier: (f['qualifier'] as 'exact') ?? 'exact',
                    qualifierWord: (f['qualifierWord'] as 'trên' | 'hơn' | undefined) || undefined,
                    outOf: typeof f['outOf'] === 'number' ? f['outOf'] : undefined,
                  })
                : '?';
              const sentence = source?.sentences[text(f['id'])];
              return h(
                'li',
                { key: i },
                f['proposed'] === true ? h('strong', null, 'Chờ duyệt · ') : null,
                `${text(f['label'])}: ${shown}`,
                sentence ? h('blockquote', null, ...markedParts(sentence)) : null,
              );
            }),
          ),
        );
      },
    }),
  );
}

/** A sentence with its figure marked «…», as text and a <mark>. */
function markedParts(sentence: string): unknown[] {
  return sentenceParts(sentence).map((part, i) => (part.mark ? h('mark', { key: i }, part.text) : part.text));
}
