/**
 * Previews beside the form, drawn with the site's own stylesheet: an article as its page
 * shows it (title, lead, body with figures, model cards and charts resolved), a model as its
 * card, a report with its figures as the page prints them.
 */
import type CMS from '@sveltia/cms';
import { formatFigure } from '../lib/format.ts';
import { createClass, h, plain, type ImmutableMap } from './react.ts';

interface PreviewProps {
  entry: ImmutableMap;
  widgetFor(name: string): unknown;
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
    createClass<PreviewProps>({
      render() {
        const figures = (data(this.props, 'figures') as Array<Record<string, unknown>> | undefined) ?? [];
        return h(
          'main',
          null,
          h('h1', null, text(data(this.props, 'title')) || text(data(this.props, 'name')) || 'Báo cáo mới'),
          h('p', { className: 'lede' }, text(data(this.props, 'summary'))),
          h(
            'ul',
            null,
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
              return h('li', { key: i }, `${text(f['label'])}: ${shown}`);
            }),
          ),
        );
      },
    }),
  );
}
