import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../validation/read-content.ts';
import { validateContent } from '../validation/validate.ts';
import { collator, currentUnitPage, groupByKeys, indexContent, unitsWith } from './content-index.ts';
import { formatFigure } from './format.ts';

// The real content, through the same validation the build runs.
const { content, problems } = validateContent(readContentFiles('content'));
if (!content) throw new Error(`content does not validate: ${problems.map((p) => p.message).join('; ')}`);
const site = indexContent(content);

describe('content index on the real content', () => {
  it('stores "trên 1,2 triệu lượt người" as 1200000, over, and writes it back the same way', () => {
    const figure = site.figure('hb20-nguoi-ngay-hoi-cap-xa');
    expect(figure.value).toBe(1_200_000);
    expect(figure.qualifier).toBe('over');
    expect(formatFigure(figure)).toBe('trên 1,2 triệu lượt người');
  });

  it('keeps every qualifier the Bắc Kạn report prints', () => {
    expect(formatFigure(site.figure('bk-tuan-tra-dem'))).toBe('hơn 3.000 lượt');
    expect(formatFigure(site.figure('bk-van-ban-cu-the-hoa'))).toBe('hơn 200 văn bản');
    expect(formatFigure(site.figure('bk-to-hoa-giai'))).toBe('1.127 tổ');
  });

  it('finds figures by report, province and indicator', () => {
    expect(site.figuresOfReport('nam-dinh-2022-tu-quan-tu-phong').every((f) => f.report.province === '36')).toBe(true);
    const hoaBinh = site.figuresOfProvinces(['17']);
    expect(new Set(hoaBinh.map((f) => f.report.id))).toEqual(
      new Set(['hoa-binh-2020-nhan-rong-mo-hinh', 'hoa-binh-2023-chuong-trinh-09']),
    );
    expect(site.figuresOfIndicator('tips-from-public').length).toBeGreaterThanOrEqual(3);
  });

  it('builds a page for each current unit with content and for each former province under another name', () => {
    const pages = site.provincePages.map((p) => `${p.kind}:${p.slug}`).sort();
    expect(pages).toEqual(
      [
        'current:ninh-binh',
        'current:phu-tho',
        'current:thai-nguyen',
        'current:thanh-hoa',
        'former:bac-kan',
        'former:hoa-binh',
        'former:nam-dinh',
      ].sort(),
    );
    // Thanh Hóa was not merged: its former province shares the current unit's page.
    expect(site.pageOfFormer('38')).toMatchObject({ kind: 'current', slug: 'thanh-hoa' });
    expect(site.pageOfFormer('06')).toMatchObject({ kind: 'former', slug: 'bac-kan' });
  });

  it('lists the models the Ministry recognised for nationwide replication as highlighted', () => {
    const highlighted = site.highlightedModels.map((m) => m.slug);
    expect(highlighted).toContain('ho-an-toan-thon-ban-to-dan-pho-binh-yen');
    expect(highlighted).toContain('phoi-hop-giup-do-nguoi-co-bieu-hien-tam-than');
    expect(highlighted).not.toContain('tieng-keng-vay-bat-toi-pham');
  });

  it('answers from its groups what a scan of all the content gives', () => {
    const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
    for (const report of content.reports)
      expect(site.modelsOfReport(report.id)).toEqual(
        content.models.filter((m) => m.reports.includes(report.id)).sort(byName),
      );
    const codeSets = [...site.provincePages.map((p) => p.formerCodes), ['17', '36'], ['36', '17'], [], ['99']];
    for (const codes of codeSets) {
      expect(site.figuresOfProvinces(codes)).toEqual(site.figures.filter((f) => codes.includes(f.report.province)));
      expect(site.reportsOfProvinces(codes)).toEqual(content.reports.filter((r) => codes.includes(r.province)));
      expect(site.modelsOfProvinces(codes)).toEqual(
        content.models.filter((m) => codes.includes(m.province)).sort(byName),
      );
    }
  });

  it('gives each caller its own copy of a kept answer', () => {
    const codes = site.provincePages[0]!.formerCodes;
    const first = site.modelsOfProvinces(codes);
    const count = first.length;
    first.length = 0;
    expect(site.modelsOfProvinces(codes)).toHaveLength(count);
    const report = content.reports.find((r) => site.modelsOfReport(r.id).length > 0)!;
    site.modelsOfReport(report.id).pop();
    expect(site.modelsOfReport(report.id).length).toBeGreaterThan(0);
  });

  it('throws on an id that does not exist instead of returning nothing', () => {
    expect(() => site.figure('khong-co')).toThrow('no figure "khong-co"');
  });
});

describe('per-unit lists', () => {
  it('counts each current unit once, and every figure and model exactly once across them', () => {
    const figures = unitsWith(site, 'figures');
    const models = unitsWith(site, 'models');
    expect(figures.every((u) => u.page.kind === 'current' && u.count > 0)).toBe(true);
    expect(figures.reduce((sum, u) => sum + u.count, 0)).toBe(site.figures.length);
    expect(models.reduce((sum, u) => sum + u.count, 0)).toBe(site.data.models.length);
  });

  it('finds a unit page by slug and refuses an unknown or former one', () => {
    expect(currentUnitPage(site, 'phu-tho')).toMatchObject({ kind: 'current', name: 'Phú Thọ' });
    expect(() => currentUnitPage(site, 'bac-kan')).toThrow('no current unit "bac-kan"');
    expect(() => currentUnitPage(site, undefined)).toThrow('no current unit ""');
  });
});

describe('groupByKeys', () => {
  it("puts an item under each key it names, once, in the items' order", () => {
    const items = [
      { id: 'a', keys: ['x', 'y'] },
      { id: 'b', keys: ['y', 'y'] },
      { id: 'c', keys: [] },
      { id: 'd', keys: ['x'] },
    ];
    const groups = groupByKeys(items, (i) => i.keys);
    expect([...groups].map(([k, list]) => [k, list.map((i) => i.id)])).toEqual([
      ['x', ['a', 'd']],
      ['y', ['a', 'b']],
    ]);
  });
});
