import { describe, expect, it } from 'vitest';
import { articlePage, modelPage, plainMarkdown, reportPage } from './starlight-site.ts';

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
});
