import { readFileSync, readdirSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { indexContent } from '../lib/content-index.ts';
import { chartSchema, type Chart } from '../schemas/chart.ts';
import { readContentFiles } from '../validation/read-content.ts';
import { validateContent } from '../validation/validate.ts';
import { readExportSvg } from '../lib/export-metadata.ts';
import { chartSvgFile } from './chart-export.ts';

const { content, problems } = validateContent(readContentFiles('content'));
if (!content) throw new Error(`content does not validate: ${problems.map((p) => p.message).join('; ')}`);
const site = indexContent(content);
const chart = (id: string) => chartSchema.parse(JSON.parse(readFileSync(`content/charts/${id}.json`, 'utf8'))) as Chart;
const ORIGIN = 'https://antq.example.vn/';

/** The SVG's visible text (what a viewer draws), one line per <text>, and its metadata elements. */
async function exported(id: string) {
  const svg = await chartSvgFile(chart(id), site, ORIGIN);
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const texts = [...doc.querySelectorAll('text')].map((t) =>
    [...t.querySelectorAll('tspan')].map((s) => s.textContent ?? '').join(' '),
  );
  const dc = (name: string) => doc.getElementsByTagName(`dc:${name}`)[0]?.textContent ?? null;
  const root = doc.documentElement;
  return {
    svg,
    visible: texts.join('\n'),
    title: root.querySelector('title')?.textContent ?? '',
    desc: root.querySelector('desc')?.textContent ?? '',
    dc,
  };
}

const ids = readdirSync('content/charts').map((f) => f.replace(/\.json$/, ''));
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the downloadable SVG of a chart', () => {
  it.each(ids)('%s prints title, period, sources, licence and URL as text in the image', async (id) => {
    const file = await exported(id);
    const lines = file.visible.split('\n');
    const definition = chart(id);
    const { title, note } = definition;
    // The title is the first text drawn, above the chart.
    expect(lines[0]).toBe(oneLine(title));
    expect(lines.find((l) => l.startsWith('Thời kỳ: '))?.length).toBeGreaterThan('Thời kỳ: '.length + 3);
    if (note) expect(lines).toContain(oneLine(note));
    const source = lines.find((l) => l.startsWith('Nguồn: ')) ?? '';
    const reports =
      'items' in definition ? new Set(definition.items.map((item) => site.figure(item.figure).report)) : null;
    if (reports && reports.size <= 3)
      for (const report of reports) expect(source).toContain(report.publisher.name ?? 'không rõ cơ quan đăng');
    else expect(source).toContain(`${ORIGIN}nguon/`);
    expect(file.visible).toContain('Giấy phép CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(lines.at(-1)).toBe(`${ORIGIN}bieu-do/${id}/`);
  });

  it('states the period of the figures drawn, as the pages format it', async () => {
    expect((await exported('bac-kan-to-chuc-quan-chung')).visible).toContain(
      'Thời kỳ: tính đến 16/10/2024 (năm suy luận)',
    );
    const tips = chart('tin-bao-cua-nhan-dan');
    if (!('items' in tips)) throw new Error('tin-bao-cua-nhan-dan draws figures');
    const [nd, bk, th] = tips.items.map((item) => site.figure(item.figure).period);
    expect([nd, bk]).toMatchObject([
      { kind: 'range', from: 2007, to: 2022 },
      { kind: 'range', from: 2019, to: 2024 },
    ]);
    expect(th?.kind).toBe('asOf');
    expect((await exported('tin-bao-cua-nhan-dan')).visible).toMatch(/^Thời kỳ: 2007–2022; 2019–2024; \S/mu);
  });

  it('writes the same facts into its title, description and Dublin Core metadata', async () => {
    const file = await exported('tin-bao-cua-nhan-dan');
    const { title } = chart('tin-bao-cua-nhan-dan');
    const url = `${ORIGIN}bieu-do/tin-bao-cua-nhan-dan/`;
    expect(file.title).toBe(title);
    expect(file.desc).toContain('Thời kỳ: 2007–2022');
    expect(file.desc).toContain(url);
    expect(file.dc('title')).toBe(title);
    expect(file.dc('coverage')).toMatch(/^2007–2022; 2019–2024; /u);
    expect(file.dc('source')).toContain('Công an');
    expect(file.dc('rights')).toBe('CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
    expect(file.dc('identifier')).toBe(url);
    expect(file.svg).toContain('<dcterms:license rdf:resource="https://creativecommons.org/licenses/by/4.0/"/>');
  });

  it('gives the PNG export its size and texts', async () => {
    const { svg } = await exported('ban-do-mo-hinh');
    const { width, height, texts } = readExportSvg(svg);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    const text = Object.fromEntries(texts.map((t) => [t.keyword, t.text]));
    expect(text['Title']).toBe(chart('ban-do-mo-hinh').title);
    expect(text['URL']).toBe(`${ORIGIN}bieu-do/ban-do-mo-hinh/`);
    expect(text['Source']).toBe(`${site.data.reports.length} báo cáo nguồn, liệt kê tại ${ORIGIN}nguon/`);
    expect(text['Description']).toContain('giấy phép CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)');
  });

  it('links its marks to the site by absolute URLs, which work in a downloaded file', async () => {
    const { svg } = await exported('mo-hinh-theo-nam');
    const hrefs = [...svg.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/antq\.example\.vn\/mo-hinh\/[a-z0-9-]+\/$/);
  });

  it('is the same file on every build: no dates, no random ids', async () => {
    const first = await chartSvgFile(chart('ban-do-mo-hinh'), site, ORIGIN);
    expect(await chartSvgFile(chart('ban-do-mo-hinh'), site, ORIGIN)).toBe(first);
    expect(first).not.toContain(String(new Date().getFullYear() + 1));
    expect(first).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});
