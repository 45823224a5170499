/**
 * What an article's body may hold besides text: a figure, a model card and a chart, each
 * chosen from a list of what exists (nothing typed by hand), written as the MDX tags the
 * site renders (<Figure id="…" />, <ModelCard slug="…" />, <Chart id="…" />).
 */
import type CMS from '@sveltia/cms';
import { RELATIONS } from '../cms/config.ts';
import { escapeXml } from '../lib/xml.ts';
import { references } from './checks.ts';

const missing = (what: string, id: string) =>
  `<span class="antq-missing">[${escapeXml(what)} “${escapeXml(id)}” chưa có]</span>`;

export function registerComponents(cms: typeof CMS): void {
  cms.registerEditorComponent({
    id: 'figure',
    label: 'Số liệu',
    fields: [
      {
        name: 'id',
        label: 'Số liệu',
        hint: 'Chọn trong số liệu của các báo cáo: trang tự in con số, từ định lượng, đơn vị, thời kỳ và nguồn.',
        ...RELATIONS.figure,
      },
      { name: 'withLabel', label: 'Kèm tên thứ được đếm', widget: 'boolean', required: false, default: false },
    ],
    pattern: /^<Figure id="([^"]*)"( withLabel)? \/>$/mu,
    fromBlock: (match: RegExpMatchArray) => ({ id: match[1] ?? '', withLabel: Boolean(match[2]) }),
    toBlock: ({ id, withLabel }: { id?: string; withLabel?: boolean }) =>
      `<Figure id="${id ?? ''}"${withLabel ? ' withLabel' : ''} />`,
    toPreview: ({ id = '', withLabel }: { id?: string; withLabel?: boolean }) => {
      const figure = references()?.figures.get(id) as { label?: string; text?: string } | undefined;
      if (!figure?.text) return missing('Số liệu', id);
      return `<span class="figure-value">${withLabel ? `${escapeXml(figure.label ?? '')}: ` : ''}${escapeXml(figure.text)}</span>`;
    },
  } as never);
  cms.registerEditorComponent({
    id: 'model-card',
    label: 'Thẻ mô hình',
    fields: [
      {
        name: 'slug',
        label: 'Mô hình',
        ...RELATIONS.model,
      },
    ],
    pattern: /^<ModelCard slug="([^"]*)" \/>$/mu,
    fromBlock: (match: RegExpMatchArray) => ({ slug: match[1] ?? '' }),
    toBlock: ({ slug }: { slug?: string }) => `<ModelCard slug="${slug ?? ''}" />`,
    toPreview: ({ slug = '' }: { slug?: string }) => {
      const model = references()?.models.get(slug) as { name?: string; summary?: string } | undefined;
      if (!model?.name) return missing('Mô hình', slug);
      return `<aside class="model-card"><p class="model-card-name">${escapeXml(model.name)}</p><p>${escapeXml(model.summary ?? '')}</p></aside>`;
    },
  } as never);
  cms.registerEditorComponent({
    id: 'chart',
    label: 'Biểu đồ',
    fields: [
      {
        name: 'id',
        label: 'Biểu đồ',
        ...RELATIONS.chart,
      },
    ],
    pattern: /^<Chart id="([^"]*)" \/>$/mu,
    fromBlock: (match: RegExpMatchArray) => ({ id: match[1] ?? '' }),
    toBlock: ({ id }: { id?: string }) => `<Chart id="${id ?? ''}" />`,
    toPreview: ({ id = '' }: { id?: string }) => {
      const chart = references()?.charts.get(id) as { title?: string } | undefined;
      if (!chart?.title) return missing('Biểu đồ', id);
      return `<figure class="chart-placeholder"><figcaption>Biểu đồ: ${escapeXml(chart.title)}</figcaption></figure>`;
    },
  } as never);
}
