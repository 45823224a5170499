import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/schemas/report.ts';
import { validReport } from '../../src/validation/fixtures.ts';
import { generateCorpus } from './generate-corpus.ts';
import { articlePage, figurePage, modelPage, plainMarkdown, reportPage, writeStarlightDocs } from './starlight-site.ts';

describe('the Starlight peer’s pages', () => {
  it('keep the text of a model and a report, with the figures as a table', () => {
    const model = modelPage({ slug: 'to-hoa-giai', name: 'Tổ hòa giải', summary: 'Hòa giải ở cơ sở.', province: '06' });
    expect(model).toMatch(/^---\ntitle: "Tổ hòa giải"\ndescription: "Hòa giải ở cơ sở\."\n---/u);
    const report = reportPage({
      id: 'r',
      name: 'Sơ kết',
      figures: [{ id: 'a', label: 'tổ | nhóm', value: 1095, unit: 'tổ' }],
    });
    expect(report).toContain('| tổ / nhóm | 1095 | tổ |');
  });

  it('reduce an article’s components to text and leave no markup that Markdown would run', () => {
    const page = articlePage(
      "---\ntitle: 'Bắc Kạn: năm năm'\ndescription: 'Mô tả'\n---\nĐoạn một {x} <b>.\n\n<Figure id=\"a\" />\nĐoạn hai.\n",
      'bk',
    );
    expect(page).toMatch(/^---\ntitle: "Bắc Kạn: năm năm"/u);
    expect(page).not.toMatch(/<Figure|\{x\}|<b>/u);
    expect(page).toContain('Đoạn hai.');
    expect(plainMarkdown('<script>{1}</script>')).toBe(' script  1  /script ');
  });

  it('give a figure the words of the portal’s figure page: value as printed, qualifier, period, province, source', () => {
    const report = reportSchema.parse(validReport());
    const [total, liênTỉnh, liênXã] = report.figures;
    const figure = { ...total!, value: 1224, qualifier: 'over' as const, qualifierWord: 'hơn' as const };
    const context = { province: 'Bắc Kạn', indicator: 'Cụm, tuyến an ninh liên kết', parts: [liênTỉnh!, liênXã!] };
    const page = figurePage(figure, report, { ...context, partOf: [] });
    expect(page).toMatch(/^---\ntitle: "Cụm an ninh liên hoàn"\ndescription: "Bắc Kạn, tính đến 16\/10\/2024: /u);
    expect(page).toContain('**hơn 1.224 cụm**');
    expect(page).toContain('- Số liệu như báo cáo in: hơn 1.224 (từ định lượng “hơn”: báo cáo không in số chính xác)');
    expect(page).toContain('- Thời kỳ: tính đến 16/10/2024\n- Phạm vi: toàn tỉnh\n- Tỉnh: Bắc Kạn\n');
    expect(page).toContain('- Gồm các phần: cụm liên tỉnh: 10 cụm; cụm liên xã: 12 cụm\n');
    expect(page).toContain('- Nguồn: Báo cáo mẫu — Báo Mẫu, Ngày 16/10/2024\n');
    expect(page).toContain('Trích dẫn: Bắc Kạn: Cụm an ninh liên hoàn: hơn 1.224 cụm');
    expect(page).toContain('/so-lieu/f/mau-cum/');

    const target = figurePage({ ...liênXã!, kind: 'target' }, report, {
      ...context,
      model: 'Mô hình mẫu',
      parts: [],
      partOf: [total!],
    });
    expect(target).toContain('**mục tiêu 12 cụm**');
    expect(target).toContain('- Loại số liệu: Mục tiêu, chỉ tiêu đề ra: chưa phải kết quả đã đạt\n');
    expect(target).toContain('- Mô hình: Mô hình mẫu\n- Là một phần của: Cụm an ninh liên hoàn: 22 cụm\n');
    expect(target).not.toContain('Gồm các phần');
  });
});

describe('the Starlight peer’s site', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'starlight-peer-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('has one page per model, report, article and figure, each figure at the portal’s /so-lieu/f/<id>/', () => {
    const corpus = join(tmp, '.bench', 'content');
    const summary = generateCorpus({ outDir: corpus, referenceDir: 'content/reference', scale: 0.02 });
    const docs = join(tmp, 'docs');
    const { pages } = writeStarlightDocs(docs, corpus);
    // The home page and four section pages, then one page each.
    expect(pages).toBe(5 + summary.models + summary.reports + summary.articles + summary.figures);
    const ids = readdirSync(join(corpus, 'reports')).flatMap(
      (file) => reportSchema.parse(JSON.parse(readFileSync(join(corpus, 'reports', file), 'utf8'))).figures,
    );
    expect(readdirSync(join(docs, 'so-lieu/f')).sort()).toEqual(ids.map((f) => `${f.id}.md`).sort());
    const first = ids[0]!;
    expect(readFileSync(join(docs, `so-lieu/f/${first.id}.md`), 'utf8')).toContain(
      `title: ${JSON.stringify(first.label)}`,
    );
  });
});
